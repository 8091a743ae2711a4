/// What a classify run did; `status` is the exit status the command should end with.
public struct ClassifyReport: Sendable {
    public var results: [ArticleResult] = []
    public var writes: [String: TagFileStore.WriteOutcome] = [:]
    /// Problems in rule files; when there are any, nothing was classified or written.
    public var ruleProblems: [Diagnostic] = []
    /// Tag files that could not be read or written; those were left as they were.
    public var tagFileProblems: [Diagnostic] = []
    /// Errors and warnings in decisions files; an article with an error keeps its tag file as it was.
    public var decisionProblems: [Diagnostic] = []
    /// Articles whose files changed while the pass ran: read and classified again before writing.
    public var reread: [String] = []
    /// Decisions moved from old-style tag files: (tag file, decisions file, how many).
    public var migrated: [(from: String, to: String, count: Int)] = []
    /// Temporary files left by crashed writers, removed by this run.
    public var sweptTemporaries: [String] = []
    /// Tag and decisions files with no article beside them.
    public var orphans: [String] = []
    public var usageError: String?
    public var rulesHash: String = ""
    public var facts: [String: ClassifierFacts] = [:]
    public var dryRun = false

    public init() {}

    /// Articles that could not be read (symlink, folder, FIFO, permission).
    public var unreadableArticles: [ArticleResult] {
        results.filter { $0.findings.contains { $0.kind == "unreadable-article" } }
    }

    public var status: ExitStatus {
        if usageError != nil || !ruleProblems.isEmpty { return .usageError }
        let decisionErrors = decisionProblems.contains { $0.level == .error }
        let orphanDecisions = orphans.contains { $0.hasSuffix(".decisions.yaml") }
        return tagFileProblems.isEmpty && !decisionErrors && unreadableArticles.isEmpty && !orphanDecisions
            ? .success : .checkFailed
    }
}
