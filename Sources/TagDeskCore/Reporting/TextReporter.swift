/// The human summary of a classify run: a line per article classified (with its findings), and one closing
/// line of totals. Articles whose tag files were up to date are counted, not listed.
public struct TextReporter: Reporter {
    private let write: (String) -> Void
    private let dryRun: Bool
    public var needsFreshTags: Bool { false }

    public init(dryRun: Bool, write: @escaping (String) -> Void) {
        self.dryRun = dryRun
        self.write = write
    }

    public var renderer: EntryRenderer? {
        let dryRun = dryRun
        return { Self.render($0, dryRun: dryRun) }
    }

    public mutating func article(_ entry: ReportEntry) {
        guard entry.state != .fresh else { return }
        write(entry.rendered ?? Self.render(entry, dryRun: dryRun))
    }

    /// The entry's line and its warnings' and errors' lines (notes are in the tag file, `show` and the JSON);
    /// nothing for an article that was up to date.
    static func render(_ entry: ReportEntry, dryRun: Bool) -> String {
        guard entry.state != .fresh else { return "" }
        var out = ""
        let tags = (entry.tags ?? [:]).sorted { $0.key < $1.key }.map { classifier, tags -> String in
            let labels = tags.map { tag in
                let lines = tag.lines.map { " \($0.lineCount)L" } ?? ""
                return tag.label + (tag.source == .human ? "*" : "") + lines
            }
            return "\(classifier): \(labels.isEmpty ? "-" : labels.joined(separator: ", "))"
        }.joined(separator: " | ")
        let written = entry.write.map { dryRun ? "would be \($0.rawValue)" : $0.rawValue } ?? "not written"
        let partly = entry.state != .partly ? "" : entry.reclassified.isEmpty ? "; only the policies ran again"
            : "; ran again: \(entry.reclassified.joined(separator: ", "))"
        out += "\(entry.path) [\(entry.language ?? "?")] \(tags)" + (entry.isDocument ? "\n" : " (\(written)\(partly))\n")
        for finding in entry.findings where finding.severity != .info {
            let lines = finding.lines.isEmpty ? "" : " lines " + finding.lines.map(\.description).joined(separator: " ")
            out += "  \(finding.severity.rawValue): \(finding.kind)\(lines): \(finding.message)\n"
        }
        return out
    }

    /// Writes the totals, unless the run stopped before classifying (its problems go to standard error).
    public mutating func finish(_ report: ClassifyReport) {
        guard report.ruleProblems.isEmpty, report.usageError == nil else { return }
        write(Self.totals(report) + "\n")
    }

    /// One line: articles, tag files written, findings by severity, and whatever else happened.
    public static func totals(_ report: ClassifyReport) -> String {
        if let files = report.attributeFiles {
            let problems = report.documentProblems.count
            return "\(report.articles) \(report.articles == 1 ? "document" : "documents") classified; "
                + "\(report.dryRun ? "dry run, would write" : "attribute files written"): \(files.count); "
                + "findings: \(report.errors) errors, \(report.warnings) warnings"
                + Self.count(problems, "line or file skipped after an error", "lines or files skipped after errors")
        }
        let count = { (outcome: TagFileStore.WriteOutcome) in report.writeCounts[outcome, default: 0] }
        let verb = report.dryRun ? "dry run, would write" : "tag files"
        return "\(report.articles) \(report.articles == 1 ? "article" : "articles") classified; \(verb): \(count(.created)) created, "
            + "\(count(.updated)) updated, \(count(.unchanged)) unchanged; findings: \(report.errors) errors, \(report.warnings) warnings"
            + (report.tagFileProblems.isEmpty ? "" : "; \(report.tagFileProblems.count) tag files left unchanged after errors")
            + Self.count(report.fresh, "up to date, not classified again", "up to date, not classified again")
            + Self.count(report.partly, "partly classified again (changed rules only)", "partly classified again (changed rules only)")
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
    public static func notices(_ report: ClassifyReport) -> [String] {
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
            let decisions = path.hasSuffix(".decisions.yaml")
            lines.append("\(path): \(decisions ? "error" : "warning"): \(decisions ? "decisions" : "tags") for an article that does not exist "
                + "(renamed or deleted?); it was not used")
        }
        return lines
    }
}
