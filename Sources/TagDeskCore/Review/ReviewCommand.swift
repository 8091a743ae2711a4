import Foundation

/// One command of `tagdesk review`. The table `all` is the grammar: parsing, `help` and Tab completion read it.
public struct ReviewCommand: Sendable, Equatable {
    /// What an argument is, for checking and for Tab completion.
    public enum Argument: Sendable, Equatable {
        case article
        case classifier
        /// A label of the classifier named before it.
        case label
        /// One or more labels of the classifier named before it.
        case labels
        /// Line ranges of the current article: `3-5,7`.
        case lines
        /// `add` or `rm`.
        case boilerplateAction
        /// A boilerplate label.
        case boilerplateKind
        case command
        /// The rest of the line, as typed.
        case text
    }

    public let name: String
    public let short: String?
    /// Arguments after the name, as in `help`: `CLASSIFIER LABEL [LINES]`.
    public let usage: String
    public let summary: String
    public let arguments: [Argument]
    /// How many of `arguments` must be given.
    public let required: Int

    init(_ name: String, _ short: String? = nil, _ usage: String = "", _ arguments: [Argument] = [], required: Int? = nil, _ summary: String) {
        self.name = name
        self.short = short
        self.usage = usage
        self.summary = summary
        self.arguments = arguments
        self.required = required ?? arguments.count
    }

    init(_ name: String, _ short: String?, summary: String) {
        self.init(name, short, "", [], summary)
    }

    public static let all: [ReviewCommand] = [
        ReviewCommand("next", "n", summary: "Go to the next article of the queue."),
        ReviewCommand("prev", "p", summary: "Go back to the previous article of the queue."),
        ReviewCommand("goto", "g", "ID", [.article], "Go to an article by id (in the queue or not)."),
        ReviewCommand("list", "l", summary: "List the queue, with each article's state; '>' marks the current one."),
        ReviewCommand("accept", "a", summary: "Reviewed as it stands: record it, acknowledging the disagreements shown, and go to the next article."),
        ReviewCommand("add", nil, "CLASSIFIER LABEL [LINES]", [.classifier, .label, .lines], required: 2,
                      "Record that LABEL applies (on LINES, for line and paragraph classifiers)."),
        ReviewCommand("rm", nil, "CLASSIFIER LABEL [LINES]", [.classifier, .label, .lines], required: 2,
                      "Record that LABEL does not apply (on LINES, for line and paragraph classifiers)."),
        ReviewCommand("set", nil, "CLASSIFIER LABEL…", [.classifier, .labels], "Record the classifier's labels: exactly these."),
        ReviewCommand("boilerplate", "b", "add|rm LINES [KIND]", [.boilerplateAction, .lines, .boilerplateKind], required: 2,
                      "Mark LINES as boilerplate of KIND (default: the kind the rules gave, else template), or as content."),
        ReviewCommand("note", nil, "TEXT", [.text], "Record a note about the article."),
        ReviewCommand("why", "w", "CLASSIFIER LABEL", [.classifier, .label],
                      "Which rule terms or patterns gave LABEL, on which lines, with their weights and the threshold."),
        ReviewCommand("undo", "u", summary: "Take back the last change of this session (written as a new entry), on whatever article it was."),
        ReviewCommand("redo", "r", summary: "Make again the last change taken back by undo."),
        ReviewCommand("search", "/", "TEXT", [.text], "Articles whose text contains TEXT, folded as the rules match (case, accents, Arabic forms)."),
        ReviewCommand("filter", "f", "EXPR", [.text], required: 0,
                      "Show the filter, or walk the articles EXPR keeps (e.g. 'topic=health and not reviewed')."),
        ReviewCommand("stats", nil, summary: "Counts of the queue by review state and of this session's changes."),
        ReviewCommand("edit", "e", "CLASSIFIER [LABEL]", [.classifier, .label], required: 1,
                      "Open the rule file in $VISUAL or $EDITOR (at the label), then reload it and classify the article again."),
        ReviewCommand("impact", "i", summary: "What the rules as they are now would change across the corpus's tag files."),
        ReviewCommand("show", "s", summary: "Show the current article again."),
        ReviewCommand("help", "h", "[COMMAND]", [.command], required: 0, "List the commands, or explain one."),
        ReviewCommand("quit", "q", summary: "Leave, with a summary of the session."),
    ]

    /// The command called `word` or abbreviated so.
    public static func named(_ word: String) -> ReviewCommand? {
        all.first { $0.name == word || $0.short == word }
    }

    /// A line split into its command and arguments; `text` arguments keep the rest of the line as typed.
    public struct Parsed: Sendable, Equatable {
        public let command: ReviewCommand
        public let arguments: [String]
    }

    /// Why a line is not a command.
    public struct ParseError: Error, Sendable, Equatable, CustomStringConvertible {
        public let description: String

        public init(description: String) { self.description = description }
    }

    /// `nil` for a blank line.
    public static func parse(_ line: String) throws(ParseError) -> Parsed? {
        let words = line.split(whereSeparator: \.isWhitespace).map(String.init)
        guard let first = words.first else { return nil }
        guard let command = named(first) else {
            let names = all.map(\.name)
            let hint = nearestWord(to: first, in: names).map { "did you mean '\($0)'? " } ?? ""
            throw ParseError(description: "unknown command '\(first)'; \(hint)type 'help' for the list")
        }
        var arguments = Array(words.dropFirst())
        if command.arguments == [.text] {
            let rest = line.drop { $0.isWhitespace }.dropFirst(first.count).trimmingCharacters(in: .whitespaces)
            arguments = rest.isEmpty ? [] : [rest]
        }
        let takesMany = command.arguments.last == .labels
        if arguments.count < command.required || (!takesMany && arguments.count > command.arguments.count) {
            throw ParseError(description: "usage: \(command.name)\(command.usage.isEmpty ? "" : " " + command.usage)")
        }
        return Parsed(command: command, arguments: arguments)
    }

    /// `help`: every command, or the one named.
    public static func help(_ name: String? = nil) throws(ParseError) -> String {
        if let name {
            guard let command = named(name) else { _ = try parse(name); return "" }
            return "\(command.synopsis)\n  \(command.summary)\n"
        }
        let width = all.map(\.synopsis.count).max() ?? 0
        return all.map { $0.synopsis.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + $0.summary }
            .joined(separator: "\n") + "\n"
    }

    /// `add CLASSIFIER LABEL [LINES]` with the short form: `accept (a)`.
    public var synopsis: String {
        name + (short.map { " (\($0))" } ?? "") + (usage.isEmpty ? "" : " " + usage)
    }

    /// What Tab completion can offer.
    public struct Vocabulary: Sendable {
        public var labels: [String: [String]]
        public var articles: [String]
        public var boilerplateKinds: [String]

        public init(labels: [String: [String]], articles: [String], boilerplateKinds: [String]) {
            self.labels = labels
            self.articles = articles
            self.boilerplateKinds = boilerplateKinds
        }
    }

    /// Candidates for the word that ends at `cursor` (a `Character` offset) of `line`, sorted.
    public static func completions(_ line: String, cursor: Int, vocabulary: Vocabulary) -> [String] {
        let before = String(line.prefix(cursor))
        var words = before.split(whereSeparator: \.isWhitespace).map(String.init)
        let partial = before.last.map { $0.isWhitespace } ?? true ? "" : words.removeLast()
        let candidates: [String]
        if words.isEmpty {
            candidates = all.map(\.name)
        } else if let command = named(words[0]) {
            let position = words.count - 1
            let argument = position < command.arguments.count ? command.arguments[position]
                : command.arguments.last == .labels ? .labels : nil
            let classifier = words.count > 1 ? words[1] : ""
            switch argument {
            case .classifier?: candidates = vocabulary.labels.keys.sorted()
            case .label?, .labels?: candidates = vocabulary.labels[classifier] ?? []
            case .article?: candidates = vocabulary.articles
            case .boilerplateAction?: candidates = ["add", "rm"]
            case .boilerplateKind?: candidates = vocabulary.boilerplateKinds
            case .command?: candidates = all.map(\.name)
            case .lines?, .text?, nil: candidates = []
            }
        } else {
            candidates = []
        }
        return candidates.filter { $0.hasPrefix(partial) }.sorted()
    }
}
