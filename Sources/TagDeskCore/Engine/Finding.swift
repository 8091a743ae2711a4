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
    public static let kinds = ["classifier-failed", "decision-conflict", "duplicate-line", "empty-article", "human-disagreement",
                               "invalid-utf8", "no-content", "reanchored-decision", "refused-tag", "stale-decision", "too-large",
                               "unanchored-decision", "unreadable-article", "untranslated"]

    /// Kinds that say a classifier failed on the article (an external command that crashed, hung or broke the
    /// protocol, or gave a label it may not give): `classify` ends with status 1 and the classifier runs again on
    /// the article next time.
    public static let classifierFailureKinds: Set<String> = ["classifier-failed", "refused-tag"]

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

extension Finding {
    /// A classifier gave no tags for the article because it failed on it; `message` says how.
    public static func classifierFailed(_ message: String) -> Finding {
        Finding(kind: "classifier-failed", severity: .error, message: message)
    }

    /// A tag a classifier gave was refused (a label outside its rule file, lines it was not shown).
    public static func refusedTag(_ message: String, lines: [LineRange] = []) -> Finding {
        Finding(kind: "refused-tag", severity: .error, lines: lines, message: message)
    }
}
