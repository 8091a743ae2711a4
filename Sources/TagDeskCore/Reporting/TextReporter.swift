/// The human summary of a classify run: a line per article, its findings, and one closing line of totals.
public struct TextReporter: Sendable {
    public init() {}

    public func render(_ report: ClassifyReport) -> String {
        var out = ""
        for result in report.results {
            let tags = result.tags.sorted { $0.key < $1.key }.map { classifier, tags -> String in
                let labels = tags.map { tag in
                    let lines = tag.lines.map { " \($0.flatMap { Array($0.lines) }.count)L" } ?? ""
                    return tag.label + (tag.source == .human ? "*" : "") + lines
                }
                return "\(classifier): \(labels.isEmpty ? "-" : labels.joined(separator: ", "))"
            }.joined(separator: " | ")
            let write = report.writes[result.id].map { report.dryRun ? "would be \($0.rawValue)" : $0.rawValue } ?? "not written"
            out += "\(result.path) [\(result.language ?? "?")] \(tags) (\(write))\n"
            for finding in result.findings {
                let lines = finding.lines.isEmpty ? "" : " lines " + finding.lines.map(\.description).joined(separator: " ")
                out += "  \(finding.severity.rawValue): \(finding.kind)\(lines): \(finding.message)\n"
            }
        }
        out += totals(report) + "\n"
        return out
    }

    /// One line: articles, tag files written, findings by severity.
    public func totals(_ report: ClassifyReport) -> String {
        let count = { (outcome: TagFileStore.WriteOutcome) in report.writes.values.filter { $0 == outcome }.count }
        let findings = report.results.flatMap(\.findings)
        let errors = findings.filter { $0.severity == .error }.count
        let warnings = findings.filter { $0.severity == .warning }.count
        let verb = report.dryRun ? "dry run, would write" : "tag files"
        return "\(report.results.count) \(report.results.count == 1 ? "article" : "articles") classified; \(verb): \(count(.created)) created, \(count(.updated)) updated, "
            + "\(count(.unchanged)) unchanged; findings: \(errors) errors, \(warnings) warnings"
            + (report.tagFileProblems.isEmpty ? "" : "; \(report.tagFileProblems.count) tag files left unchanged after errors")
            + Self.count(report.decisionProblems.filter { $0.level == .error }.count, "decisions file error", "decisions file errors")
            + Self.count(report.unreadableArticles.count, "unreadable article", "unreadable articles")
            + Self.count(report.reread.count, "article re-read after a change during the pass", "articles re-read after a change during the pass")
            + Self.count(report.migrated.count, "tag file's decisions moved to a decisions file", "tag files' decisions moved to decisions files")
            + Self.count(report.sweptTemporaries.count, "stale temporary file removed", "stale temporary files removed")
            + Self.count(report.orphans.count, "file without an article", "files without an article")
    }

    private static func count(_ count: Int, _ one: String, _ many: String) -> String {
        count == 0 ? "" : "; \(count) \(count == 1 ? one : many)"
    }

    /// One line per event of a run that a person should know of, for standard error: moved decisions,
    /// re-read articles, removed temporary files, files without an article.
    public func notices(_ report: ClassifyReport) -> [String] {
        var lines: [String] = []
        for move in report.migrated {
            lines.append("\(move.from): note: moved \(move.count) \(move.count == 1 ? "decision" : "decisions") to \(move.to), byte for byte; "
                + "edit decisions there from now on")
        }
        for path in report.reread {
            lines.append("\(path): note: a file of this article changed during the pass; it was read and classified again before writing")
        }
        for path in report.sweptTemporaries {
            lines.append("\(path): note: removed a temporary file left by an interrupted write")
        }
        for path in report.orphans {
            let what = path.hasSuffix(".decisions.yaml") ? "decisions" : "tags"
            lines.append("\(path): \(what == "decisions" ? "error" : "warning"): \(what) for an article that does not exist "
                + "(renamed or deleted?); it was not used")
        }
        return lines
    }
}
