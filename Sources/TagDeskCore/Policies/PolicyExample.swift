/// An example in a policy file: a small article and the decision the policies must give it (and, when
/// listed, exactly the policies that must fire). Examples run as tests.
public struct PolicyExample: Sendable, Decodable, CustomStringConvertible {
    enum CodingKeys: String, CodingKey, CaseIterable { case text, decision, policies, note }

    public let text: String
    public let decision: PolicyDecision.Outcome
    /// The policies that must fire, sorted; `nil` when the example does not say.
    public let policies: [String]?
    public let note: String?
    /// Where the example is written: `Rules/policy.yaml`, line and column of its `text`.
    public internal(set) var location: SourceLocation
    /// Where each named policy is written in the example, for unknown names.
    let policyNames: [Located<String>]

    public init(from decoder: any Decoder) throws {
        let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
        let text = try container.decode(Located<String>.self, forKey: .text)
        self.text = text.value
        decision = try container.decode(PolicyDecision.Outcome.self, forKey: .decision)
        policyNames = try container.decodeIfPresent([Located<String>].self, forKey: .policies) ?? []
        policies = container.contains(.policies) ? policyNames.map(\.value).sorted() : nil
        note = try container.decodeIfPresent(String.self, forKey: .note)
        location = SourceLocation(file: "", line: text.line, column: text.column)
    }

    /// The decision the rule set's classifiers and policies give the example's text, as a pass would.
    public func actualDecision(in ruleSet: RuleSet) -> PolicyDecision {
        let result = ClassificationPass(ruleSet: ruleSet).classify(.init(article: Article(id: "example", text: text)))
        return result.decision ?? PolicyDecision()
    }

    /// Why the example fails in `ruleSet`, or `nil` when it passes.
    public func failure(in ruleSet: RuleSet) -> String? {
        let actual = actualDecision(in: ruleSet)
        let fired = actual.fired.map(\.policy).sorted()
        guard actual.policy != decision || (policies.map { $0 != fired } ?? false) else { return nil }
        let expected = decision.rawValue + (policies.map { " by [\($0.joined(separator: ", "))]" } ?? "")
        return "policies give \(actual.policy.rawValue) by [\(fired.joined(separator: ", "))] but the example expects \(expected)"
    }

    public var description: String {
        let short = text.count > 50 ? String(text.prefix(50)) + "…" : text
        return "\(location) policy: \(short)"
    }
}
