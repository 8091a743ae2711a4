/// What the moderation policies decided for one article, which policies led there, and a person's decision
/// that wins over theirs. A CI gate fails on `holdsPublication`.
public struct PolicyDecision: Sendable, Hashable {
    /// What may happen to the article, from the most lenient to the strictest.
    public enum Outcome: String, Sendable, Codable, CaseIterable, Comparable {
        case publish
        case review
        case hold

        private var rank: Int {
            switch self {
            case .publish: 0
            case .review: 1
            case .hold: 2
            }
        }

        public static func < (lhs: Outcome, rhs: Outcome) -> Bool { lhs.rank < rhs.rank }

        public init(from decoder: any Decoder) throws {
            self = try decodeEnumCase(from: decoder, what: "decision")
        }
    }

    /// One policy whose condition held for the article.
    public struct Fired: Sendable, Hashable {
        public var policy: String
        public var decision: Outcome
        public var severity: Severity
        public var message: String

        public init(policy: String, decision: Outcome, severity: Severity, message: String) {
            self.policy = policy
            self.decision = decision
            self.severity = severity
            self.message = message
        }
    }

    /// A person's decision about the article (`decision:` in its decisions file): `by` says who, when and why.
    public struct Human: Sendable, Hashable {
        public var decision: Outcome
        public var by: String

        public init(decision: Outcome, by: String) {
            self.decision = decision
            self.by = by
        }
    }

    /// The strictest decision of the policies that fired; `publish` when none did.
    public var policy: Outcome
    /// The highest severity of the policies that fired; `info` when none did.
    public var severity: Severity
    /// The policies that fired, in the order of the policy files.
    public var fired: [Fired]
    public var human: Human?

    public init(policy: Outcome = .publish, severity: Severity = .info, fired: [Fired] = [], human: Human? = nil) {
        self.policy = policy
        self.severity = severity
        self.fired = fired
        self.human = human
    }

    /// The policies' decision from the policies that fired.
    public init(fired: [Fired], human: Human?) {
        self.init(policy: fired.map(\.decision).max() ?? .publish, severity: fired.map(\.severity).max() ?? .info,
                  fired: fired, human: human)
    }

    /// The decision that applies: the person's when there is one, else the policies'.
    public var outcome: Outcome { human?.decision ?? policy }

    /// True when a person's decision replaces a different decision of the policies.
    public var overriddenByHuman: Bool { human.map { $0.decision != policy } ?? false }

    /// True when the article must not be published: the policies hold it and no person decided otherwise,
    /// or a person holds it.
    public var holdsPublication: Bool { outcome == .hold }
}
