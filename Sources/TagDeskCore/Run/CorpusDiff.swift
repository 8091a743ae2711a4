import Foundation

/// What a pass with the current rules would change in the corpus's tag files, label by label, without writing
/// anything (`tagdesk diff`): the dry run of `ClassifyRun`, each changed article compared with its tag file.
public struct CorpusDiff: Sendable {
    /// One way a pass would change articles: a label added or removed, a label's lines moved, or a decision.
    public struct Change: Sendable, Hashable, Comparable {
        public enum Kind: String, Sendable, Comparable {
            case added = "+"
            case removed = "-"
            case lines = "~"

            public static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rawValue < rhs.rawValue }
        }

        /// The classifier, or `decision` for a change of moderation decision.
        public let classifier: String
        /// The label, or `hold → review` for a decision.
        public let label: String
        public let kind: Kind

        public static func < (lhs: Change, rhs: Change) -> Bool {
            (lhs.classifier == "decision" ? 1 : 0, lhs.classifier, lhs.label, lhs.kind)
                < (rhs.classifier == "decision" ? 1 : 0, rhs.classifier, rhs.label, rhs.kind)
        }
    }

    /// The articles each change would touch, in corpus order.
    public var changes: [Change: [String]] = [:]
    /// Articles whose tag file would be written with no label or decision changed (new fingerprints, scores,
    /// evidence, findings).
    public var rewrittenOnly: [String] = []
    /// The dry run's totals and problems.
    public var report = ClassifyReport()

    /// True when a pass would change no label and no decision.
    public var isEmpty: Bool { changes.isEmpty }

    /// Articles that would change at least one label or decision, in corpus order.
    public var changedArticles: [String] {
        Array(Set(changes.values.joined())).sorted()
    }

    /// Runs a dry run of `options` (made a dry run whatever it says) and compares each article it would write
    /// with its tag file.
    public init(options: ClassifyRun.Options, registry: PluginRegistry) {
        var options = options
        options.dryRun = true
        // A corpus that cannot be opened is reported by the run.
        var reporter = Collector(corpus: try? Corpus(directory: options.corpus, displayPath: options.corpusDisplay))
        report = ClassifyRun(options: options, registry: registry).run(reporter: &reporter)
        changes = reporter.changes
        rewrittenOnly = reporter.rewrittenOnly
    }

    /// The changes of one article, compared with its tag file as it is (none when it has no tag file yet:
    /// every label is added).
    static func changes(from old: TagFile?, to entry: ReportEntry) -> [Change] {
        var changes: [Change] = []
        let new = entry.tags ?? [:]
        for classifier in Set(new.keys).union(old?.tags.keys ?? [:].keys).sorted() {
            let before = Dictionary((old?.tags[classifier] ?? []).map { ($0.label, $0) }) { first, _ in first }
            let after = Dictionary((new[classifier] ?? []).map { ($0.label, $0) }) { first, _ in first }
            for label in Set(before.keys).union(after.keys).sorted() {
                switch (before[label], after[label]) {
                case (nil, _?): changes.append(Change(classifier: classifier, label: label, kind: .added))
                case (_?, nil): changes.append(Change(classifier: classifier, label: label, kind: .removed))
                case let (was?, now?) where was.lines != now.lines:
                    changes.append(Change(classifier: classifier, label: label, kind: .lines))
                default: break
                }
            }
        }
        let was = old?.decision?.outcome, now = entry.decision?.outcome
        if was != now {
            changes.append(Change(classifier: "decision", label: "\(was?.rawValue ?? "none") → \(now?.rawValue ?? "none")", kind: .lines))
        }
        return changes
    }

    /// Keeps, for every article a pass would write, what it would change.
    private struct Collector: Reporter {
        let corpus: Corpus?
        var changes: [Change: [String]] = [:]
        var rewrittenOnly: [String] = []
        var needsFreshTags: Bool { false }

        mutating func article(_ entry: ReportEntry) {
            guard let corpus, entry.state != .fresh, entry.write == .created || entry.write == .updated else { return }
            let old = try? TagFileStore().read(corpus.tagFile(entry.id), displayPath: corpus.tagFilePath(entry.id), article: entry.id)
            let found = CorpusDiff.changes(from: old, to: entry)
            if found.isEmpty { rewrittenOnly.append(entry.id) }
            for change in found { changes[change, default: []].append(entry.id) }
        }

        mutating func finish(_ report: ClassifyReport) {}
    }

    /// Changes grouped by classifier, each with its count and up to `examples` article ids, then one line of totals.
    public func render(examples: Int = 5) -> String {
        var out = ""
        var classifier = ""
        for change in changes.keys.sorted() {
            if change.classifier != classifier {
                classifier = change.classifier
                out += classifier + "\n"
            }
            out += "  " + line(change, examples: examples) + "\n"
        }
        let articles = changedArticles.count
        if articles == 0 {
            out += "no label or decision would change"
        } else {
            out += "\(articles) \(articles == 1 ? "article" : "articles") would change; 'tagdesk classify' writes the tag files"
        }
        if !rewrittenOnly.isEmpty {
            out += "; \(rewrittenOnly.count) more tag \(rewrittenOnly.count == 1 ? "file" : "files") would be rewritten with the same labels"
        }
        return out + "\n"
    }

    /// `+ culture  2 articles: ID, ID` for one change.
    public func line(_ change: Change, examples: Int = 5) -> String {
        let ids = changes[change] ?? []
        let shown = ids.prefix(examples).joined(separator: ", ") + (ids.count > examples ? ", … \(ids.count - examples) more" : "")
        let what = change.classifier == "decision" ? change.label : change.kind.rawValue + " " + change.label
            + (change.kind == .lines ? " (lines)" : "")
        return "\(what)  \(ids.count) \(ids.count == 1 ? "article" : "articles"): \(shown)"
    }
}
