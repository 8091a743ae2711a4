/// The human summary of a classify run: a line per article, its findings, and one closing line of totals.
public struct TextReporter: Sendable {
    public init() {}

    public func render(_ report: ClassifyRun.Report) -> String {
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
    public func totals(_ report: ClassifyRun.Report) -> String {
        let count = { (outcome: TagFileStore.WriteOutcome) in report.writes.values.filter { $0 == outcome }.count }
        let findings = report.results.flatMap(\.findings)
        let errors = findings.filter { $0.severity == .error }.count
        let warnings = findings.filter { $0.severity == .warning }.count
        let verb = report.dryRun ? "dry run, would write" : "tag files"
        return "\(report.results.count) \(report.results.count == 1 ? "article" : "articles") classified; \(verb): \(count(.created)) created, \(count(.updated)) updated, "
            + "\(count(.unchanged)) unchanged; findings: \(errors) errors, \(warnings) warnings"
            + (report.tagFileProblems.isEmpty ? "" : "; \(report.tagFileProblems.count) tag files left unchanged after errors")
    }
}
