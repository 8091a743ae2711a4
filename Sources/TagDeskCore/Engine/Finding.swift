/// How much a finding matters to the pass and to the CI gate.
public enum Severity: String, Sendable, Codable, Comparable, CaseIterable {
    case info
    case warning
    case error

    private var rank: Int {
        switch self {
        case .info: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }

    public init(from decoder: any Decoder) throws {
        self = try decodeEnumCase(from: decoder, what: "severity")
    }
}

/// Something a pass noticed about an article that is not a tag: bad input, a disagreement with a human decision.
public struct Finding: Sendable, Hashable, Codable {
    /// Every kind a pass reports, for policies that name one.
    public static let kinds = ["decision-conflict", "duplicate-line", "empty-article", "human-disagreement", "invalid-utf8",
                               "no-content", "reanchored-decision", "stale-decision", "too-large", "unanchored-decision",
                               "unreadable-article", "untranslated"]

    /// A stable, kebab-case identifier such as `empty-article` or `human-disagreement`.
    public var kind: String
    public var severity: Severity
    public var lines: [LineRange]
    public var message: String
    /// The classifier the finding is about, when it is about one (a disagreement with a decision).
    public var classifier: String?

    public init(kind: String, severity: Severity, lines: [LineRange] = [], message: String, classifier: String? = nil) {
        self.kind = kind
        self.severity = severity
        self.lines = lines
        self.message = message
        self.classifier = classifier
    }
}
