/// One article of a run as reporters see it, in corpus order, as soon as its batch is done.
public struct ReportEntry: Sendable {
    public enum State: String, Sendable {
        /// Classified by every classifier.
        case classified
        /// Only the classifiers whose rules changed ran again; the others' tags were kept.
        case partly
        /// The tag file was up to date (article, rules, facts and decisions unchanged): nothing ran.
        case fresh
    }

    public let id: String
    public let path: String
    public let sha256: String
    public let state: State
    public let language: String?
    /// Tags by classifier: `nil` for a fresh article unless the reporter asked for them.
    public let tags: [String: [Tag]]?
    public let findings: [Finding]
    /// What happened to the tag file; `nil` when it was not written (a problem, or not selected).
    public let write: TagFileStore.WriteOutcome?
    /// The classifiers that ran again on a `partly` article.
    public let reclassified: [String]
    /// The whole result, with the boilerplate of every line, when the article was classified in this run.
    public let result: ArticleResult?
    /// What the reporter's `renderer` made of this entry, on the core that classified it.
    public var rendered: String?
    /// A document of a JSON Lines corpus: its tags go to a Dolma attribute file, not to a tag file.
    public var isDocument = false
    /// The moderation decision (`nil` when the rules have no policies and no person decided). A CI gate fails
    /// an article whose `decision?.holdsPublication` is true: held by the policies with no person's
    /// decision over it, or held by a person.
    public var decision: PolicyDecision?
}

/// Renders one entry to text; called on every core at once, so it may not touch shared state.
public typealias EntryRenderer = @Sendable (ReportEntry) -> String

/// An output of a run, in one format: a classify run streams every article to it in corpus order as batches
/// finish, then the run's totals; a check hands it the whole `CheckReport` to render.
public protocol Reporter {
    /// True when entries of fresh articles must carry their tags (read back from the tag file, which costs time).
    var needsFreshTags: Bool { get }
    /// Renders entries in parallel before `article(_:)` receives them in order (`entry.rendered`), so that
    /// the one thread that reports in order has little to do; `nil` renders nothing.
    var renderer: EntryRenderer? { get }
    mutating func article(_ entry: ReportEntry)
    mutating func finish(_ report: ClassifyReport)
    /// The whole document of a check, the same bytes for the same report.
    /// - Throws: `ReportError` when the format cannot hold a value of the report.
    func document(_ check: CheckReport) throws(ReportError) -> String
    /// Set when the streamed document could not be encoded; the command then exits 2.
    var failure: ReportError? { get }
}

extension Reporter {
    public var renderer: EntryRenderer? { nil }
    public var failure: ReportError? { nil }
    public func document(_ check: CheckReport) throws(ReportError) -> String { TextReporter.document(check) }
}

/// A reporter that keeps the entries, for a caller that wants them all at the end (`show`, tests).
public struct CollectingReporter: Reporter {
    public var entries: [ReportEntry] = []
    public let needsFreshTags: Bool

    public init(needsFreshTags: Bool = true) { self.needsFreshTags = needsFreshTags }

    public mutating func article(_ entry: ReportEntry) { entries.append(entry) }
    public mutating func finish(_ report: ClassifyReport) {}
}
