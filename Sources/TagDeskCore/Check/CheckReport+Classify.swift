import Foundation

extension CheckReport {
    /// Adds what a classify run reported besides articles: rule-file, tag-file, decisions and document problems,
    /// a usage error (at `corpus`, the corpus as displayed) and files without an article.
    /// - Parameter orphanedTagFile: the severity of a tag file without an article (a warning for classify, which
    ///   does not use it; an error for check, which holds the corpus to its files).
    public mutating func add(_ report: ClassifyReport, corpus: String, orphanedTagFile: Severity) {
        problems += report.ruleProblems.map { CheckProblem($0, kind: "rule-file-error") }
        problems += report.tagFileProblems.map { CheckProblem($0, kind: "tag-file-error") }
        problems += report.decisionProblems.map { CheckProblem($0, kind: "decisions-file-error") }
        problems += report.documentProblems.map { CheckProblem($0, kind: "document-error") }
        if let usage = report.usageError {
            // "error: …" or "path: error: …": the message alone, the file is the corpus.
            let parts = usage.components(separatedBy: "error: ")
            let message = parts.count > 1 ? parts.dropFirst().joined(separator: "error: ") : usage
            problems.append(CheckProblem(kind: "configuration-error", severity: .error, file: corpus, message: message))
        }
        for path in report.orphans {
            let decisions = path.hasSuffix(".decisions.yaml")
            problems.append(CheckProblem(
                kind: decisions ? "orphaned-decisions-file" : "orphaned-tag-file", severity: decisions ? .error : orphanedTagFile,
                file: path, message: "\(decisions ? "decisions" : "tags") for an article that does not exist (renamed or deleted?)"))
        }
        articles = report.articles
    }
}
