/// What a classify run did, in totals (articles themselves go to reporters as they are done); `status` is the
/// exit status the command should end with.
public struct ClassifyReport: Sendable {
    /// Articles reported (selected, and in this shard).
    public var articles = 0
    /// Articles whose tag files were up to date, and articles where only changed classifiers ran again.
    public var fresh = 0
    public var partly = 0
    public var writeCounts: [TagFileStore.WriteOutcome: Int] = [:]
    public var errors = 0
    /// Articles on which a classifier failed (`Finding.classifierFailureKinds`).
    public var classifierFailures = 0
    public var warnings = 0
    /// Ids of articles that could not be read (symlink, folder, FIFO, permission).
    public var unreadableArticles: [String] = []
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
    /// Where each collecting classifier's facts came from.
    public var factsSources: [String: FactsStage.Source] = [:]
    /// Lines of JSON Lines files that are not documents, and document or attribute files that could not be read or written.
    public var documentProblems: [Diagnostic] = []
    /// For a JSON Lines corpus, the Dolma attribute files written (or that a dry run would write); `nil` otherwise.
    public var attributeFiles: [String]?
    public var usageError: String?
    public var dryRun = false

    public init() {}

    /// Counts one reported article.
    mutating func count(_ entry: ReportEntry) {
        articles += 1
        if entry.state == .fresh { fresh += 1 }
        if entry.state == .partly { partly += 1 }
        if let write = entry.write { writeCounts[write, default: 0] += 1 }
        errors += entry.findings.filter { $0.severity == .error }.count
        warnings += entry.findings.filter { $0.severity == .warning }.count
        if entry.findings.contains(where: { Finding.classifierFailureKinds.contains($0.kind) }) { classifierFailures += 1 }
        if entry.findings.contains(where: { $0.kind == "unreadable-article" }) { unreadableArticles.append(entry.id) }
    }

    public var status: ExitStatus {
        if usageError != nil || !ruleProblems.isEmpty { return .usageError }
        let decisionErrors = decisionProblems.contains { $0.level == .error }
        let orphanDecisions = orphans.contains { $0.hasSuffix(".decisions.yaml") }
        return tagFileProblems.isEmpty && documentProblems.isEmpty && !decisionErrors && unreadableArticles.isEmpty && !orphanDecisions
            && classifierFailures == 0
            ? .success : .checkFailed
    }
}
