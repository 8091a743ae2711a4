import TagDeskCore

/// The `boilerplate` plugin: tags page chrome line by line from four signals per label: the line matches
/// a pattern, the line comes after a marker (a comment widget ends the article body), the line is short and
/// repeated across articles of the corpus (a site template), or the page alone says so (`page:`, see
/// `PageSignals`: the main text block, line features and their weights, as jusText reads one page).
///
/// A line gets the first label, in rule-file order, whose pattern, marker or repetition fires; a line none of
/// these takes may then get the `page:` label.
public struct BoilerplateClassifier: ClassifierPlugin {
    public static let name = "boilerplate"
    public static let summary = "page chrome per line: patterns, tail after a marker, short lines repeated across articles"
    public static let version = 3
    /// Chrome is a matter of lines: a paragraph or an article is never page chrome as a whole.
    public static let scopes: Set<Scope> = [.line]

    /// A label with only `repeated` needs other articles of the corpus, which a rule example does not have.
    public static func isCorpusWide(_ label: Label) -> Bool {
        label.patterns.isEmpty && label.after.isEmpty && label.page == nil && label.repeated != nil
    }

    struct Signals: Sendable {
        let name: String
        let patterns: [LinePattern]
        let after: [LinePattern]
        let repeated: Repetition?
    }

    private let labels: [Signals]
    /// The one label read from the page alone, and its model.
    private let page: (name: String, model: PageChromeModel)?
    private let keepsEvidence: Bool

    public init(configuration: PluginConfiguration<Label, NoSettings>) throws {
        var diagnostics: [Diagnostic] = []
        func compile(_ patterns: [Located<String>]) -> [LinePattern] {
            patterns.compactMap { pattern in
                do throws(Diagnostic) { return try LinePattern(pattern, configuration: configuration) } catch {
                    diagnostics.append(error)
                    return nil
                }
            }
        }
        var labels: [Signals] = []
        var page: (name: String, model: PageChromeModel)?
        for label in configuration.labels {
            let body = label.body
            if let signals = body.page {
                if let page {
                    diagnostics.append(configuration.error(
                        "label '\(label.name)' has 'page' signals, and so has '\(page.name)'; expected one such label",
                        line: label.line, column: label.column))
                }
                if body.patterns.isEmpty && body.after.isEmpty && body.repeated == nil {
                    page = (label.name, PageChromeModel(signals))
                    continue
                }
                diagnostics.append(configuration.error(
                    "label '\(label.name)' has 'page' signals and others; expected 'page' alone",
                    line: label.line, column: label.column))
            }
            if body.patterns.isEmpty && body.after.isEmpty && body.repeated == nil {
                diagnostics.append(configuration.error(
                    "label '\(label.name)' has no signal; expected 'patterns', 'after', 'repeated' or 'page'",
                    line: label.line, column: label.column))
            }
            if let repeated = body.repeated {
                diagnostics += [
                    configuration.minimumProblem(repeated.writtenMinArticles, key: "min_articles", minimum: 2,
                                                 consequence: "every short line is found in at least one article, so all would be chrome"),
                    configuration.minimumProblem(repeated.writtenMaxWords, key: "max_words", minimum: 1,
                                                 consequence: "no line is that short, so the signal would never fire"),
                ].compactMap { $0 }
            }
            labels.append(Signals(name: label.name, patterns: compile(body.patterns), after: compile(body.after),
                                  repeated: body.repeated))
        }
        if !diagnostics.isEmpty { throw DiagnosticList(diagnostics) }
        self.labels = labels
        self.page = page
        keepsEvidence = configuration.evidence == .matches
    }

    public func collect(_ article: Article, context: ClassificationContext) -> LineFrequency {
        let limit = labels.compactMap(\.repeated?.maxWords).max() ?? 0
        var frequency = LineFrequency()
        guard limit > 0 else { return frequency }
        for line in article.lines {
            if let key = Self.repetitionKey(line, maxWords: limit) { frequency.articles[key] = 1 }
        }
        return frequency
    }

    public func classify(_ article: Article, context: ClassificationContext, facts: LineFrequency) -> [Tag] {
        var collector = TagCollector(scope: .line, multiLabel: false)
        let tails = labels.map { label in
            label.after.isEmpty ? nil
                : article.lines.first { line in label.after.contains { $0.firstMatch(in: line.text) != nil } }?.number
        }
        var taken: [(unit: TextUnit, label: String, signal: Signal)] = []
        var untaken: [TextUnit] = []
        for unit in context.units(of: article, scope: .line) {
            guard let line = unit.lines.first else { continue }
            let found = labels.indices.lazy.compactMap { index in
                self.signal(self.labels[index], tail: tails[index], line: line, facts: facts).map { (index, $0) }
            }.first
            if let (index, signal) = found { taken.append((unit, labels[index].name, signal)) } else { untaken.append(unit) }
        }
        if let page {
            let reading = page.model.read(article)
            if taken.contains(where: { $0.signal.isRepetition }) {
                let text = page.model.textLines(reading, known: Set(taken.filter { !$0.signal.isRepetition }.compactMap { $0.unit.lines.first?.number }))
                let story = taken.filter { item in
                    guard case .repetition(let articles, let inTextMinimum) = item.signal,
                          let number = item.unit.lines.first?.number else { return false }
                    return text.contains(number) && articles < inTextMinimum
                }
                let storyLines = Set(story.map(\.unit.range.start))
                taken.removeAll { storyLines.contains($0.unit.range.start) }
                untaken = (untaken + story.map(\.unit)).sorted { $0.range.start < $1.range.start }
            }
            let chrome = page.model.chromeLines(reading, known: Set(taken.compactMap { $0.unit.lines.first?.number }))
            for unit in untaken where unit.lines.first.map({ chrome.contains($0.number) }) == true {
                taken.append((unit, page.name, .wholeLine))
            }
        }
        for (unit, label, signal) in taken.sorted(by: { $0.unit.range.start < $1.unit.range.start }) {
            guard let line = unit.lines.first else { continue }
            collector.add(label, score: 1, evidence: keepsEvidence ? [signal.evidence(on: line)] : [], in: unit)
        }
        return collector.tags()
    }

    /// What fired on a line: a pattern, whose match is the evidence, or a marker above it or its repetition,
    /// for which the line itself is.
    private enum Signal {
        case match(String)
        case wholeLine
        /// Found in `articles` articles; chrome only outside the page's text unless in `inTextMinimum`.
        case repetition(articles: Int, inTextMinimum: Int)

        var isRepetition: Bool {
            if case .repetition = self { true } else { false }
        }

        func evidence(on line: ArticleLine) -> Evidence {
            switch self {
            case .match(let text): Evidence(line: line.number, text: text)
            case .wholeLine, .repetition: Evidence(line: line.number, text: BoilerplateClassifier.shortened(line.text))
            }
        }
    }

    private func signal(_ label: Signals, tail: Int?, line: ArticleLine, facts: LineFrequency) -> Signal? {
        for index in label.patterns.indices {
            if let match = label.patterns[index].firstMatch(in: line.text) { return .match(match) }
        }
        if let tail, line.number >= tail {
            return .wholeLine
        }
        if let repeated = label.repeated, let key = Self.repetitionKey(line, maxWords: repeated.maxWords) {
            let articles = facts.articles[key, default: 0]
            if articles >= repeated.minArticles { return .repetition(articles: articles, inTextMinimum: repeated.minArticlesInText) }
        }
        return nil
    }

    /// Only lines seen in enough articles to be a template somewhere can change a tag.
    public func significant(_ facts: LineFrequency) -> LineFrequency {
        let least = labels.compactMap(\.repeated?.minArticles).min() ?? Int.max
        var kept = LineFrequency()
        kept.articles = facts.articles.filter { $0.value >= least }
        return kept
    }

    /// The hash of the folded line, if it is short enough to count as a template line.
    static func repetitionKey(_ line: ArticleLine, maxWords: Int) -> UInt64? {
        line.normalized.withFoldedBytes { folded in
            guard !folded.isEmpty else { return nil }
            var words = 0
            var inWord = false
            for byte in folded {
                if byte == 0x20 { inWord = false } else if !inWord {
                    inWord = true
                    words += 1
                    if words > maxWords { return nil }
                }
            }
            return words == 0 ? nil : StableHash.of(folded)
        }
    }

    /// The line cut to 80 characters; counting characters is skipped when the line has no more bytes than that.
    static func shortened(_ text: String) -> String {
        text.utf8.count <= 80 || text.count <= 80 ? text : String(text.prefix(80)) + "…"
    }
}
