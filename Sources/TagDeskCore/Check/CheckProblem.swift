/// One thing `tagdesk check` (or a classify run) reports at a place in a file: a finding of an article, a stale or
/// missing tag file, a failing rule example, an orphaned file, a broken rule file.
public struct CheckProblem: Sendable, Hashable, Comparable {
    /// The kind, a stable kebab-case rule id (`stale-tag-file`, `empty-article`, …); see `CheckRule`.
    public var kind: String
    public var severity: Severity
    /// The file, as displayed (`seeds/ID.txt`, `Rules/topic.yaml`); line and column are 1-based, the column in
    /// Unicode scalars; `nil` line for a problem of a whole file.
    public var file: String
    public var line: Int?
    public var column: Int?
    public var message: String
    /// The article the problem is about, if any.
    public var article: String?
    public var classifier: String?
    /// The digest of the text at `line` (`LineDigest`), so a baseline recognizes the problem after unrelated edits.
    public var lineDigest: String?

    public init(kind: String, severity: Severity, file: String, line: Int? = nil, column: Int? = nil, message: String,
                article: String? = nil, classifier: String? = nil, lineDigest: String? = nil) {
        self.kind = kind
        self.severity = severity
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.article = article
        self.classifier = classifier
        self.lineDigest = lineDigest
    }

    /// A finding of a reported article, at the first line it names (line 1 when it names none); a finding of a
    /// JSON Lines document (path `file.jsonl:N`) is put at line N of its file.
    public init(_ finding: Finding, of entry: ReportEntry) {
        var file = entry.path
        var line = finding.lines.first?.start ?? 1
        if entry.isDocument, let colon = file.lastIndex(of: ":"), let number = Int(file[file.index(after: colon)...]) {
            file = String(file[..<colon])
            line = number
        }
        self.init(kind: finding.kind, severity: finding.severity, file: file, line: line, column: 1,
                  message: finding.message, article: entry.id, classifier: finding.classifier)
    }

    /// A diagnostic of a rule, tag or decisions file, of the given kind.
    public init(_ diagnostic: Diagnostic, kind: String) {
        self.init(kind: kind, severity: diagnostic.level == .error ? .error : .warning, file: diagnostic.file,
                  line: diagnostic.location?.line, column: diagnostic.location?.column, message: diagnostic.message)
    }

    /// What a baseline records: stable across edits elsewhere in the file (no line number).
    public var baselineKey: String {
        [article ?? file, classifier ?? "", kind, lineDigest ?? ""].joined(separator: "\u{1F}")
    }

    /// `path:line:col: severity: message [kind]`, as compilers print.
    public var headline: String {
        let place = [file, line.map(String.init), line == nil ? nil : column.map(String.init)].compactMap { $0 }.joined(separator: ":")
        return "\(place): \(severity.rawValue): \(message) [\(kind)]"
    }

    public static func < (lhs: CheckProblem, rhs: CheckProblem) -> Bool {
        (lhs.file, lhs.line ?? 0, lhs.column ?? 0, lhs.kind, lhs.classifier ?? "", lhs.message)
            < (rhs.file, rhs.line ?? 0, rhs.column ?? 0, rhs.kind, rhs.classifier ?? "", rhs.message)
    }
}
