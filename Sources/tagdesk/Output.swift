import Foundation
import TagDeskCore

/// Where the commands write: standard output for results, standard error for problems and progress.
enum Output {
    /// Writes through C's buffered standard output (flushed at exit), so a report is not one system call per article.
    @Sendable static func print(_ text: String) {
        var text = text
        text.withUTF8 { bytes in _ = fwrite(bytes.baseAddress, 1, bytes.count, standardOutput) }
    }

    /// A stdio stream on file descriptor 1, opened once; stdio locks it on every call and `exit` flushes it.
    private nonisolated(unsafe) static let standardOutput = fdopen(STDOUT_FILENO, "w")

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    /// Progress on standard error, only when both outputs are a terminal and not in CI.
    static func progress() -> (@Sendable (Int, Int) -> Void)? {
        guard isatty(STDERR_FILENO) == 1, isatty(STDOUT_FILENO) == 1, ProcessInfo.processInfo.environment["CI"] == nil else { return nil }
        return { done, total in
            let line = done >= total ? "\r\u{1B}[K" : "\r\u{1B}[Kclassifying: \(done)/\(total) articles\r"
            FileHandle.standardError.write(Data(line.utf8))
        }
    }

    /// Prints rule and tag-file diagnostics, then a usage error if any.
    static func problems(_ report: ClassifyReport) {
        for diagnostic in report.ruleProblems + report.tagFileProblems + report.decisionProblems + report.documentProblems { error(diagnostic.description) }
        for notice in TextReporter.notices(report) { error(notice) }
        if let usage = report.usageError { error(usage) }
        let rules = report.ruleProblems.count
        if rules > 0 { error("\(rules) \(rules == 1 ? "problem" : "problems") in rule files; no tag file was changed") }
    }
}
