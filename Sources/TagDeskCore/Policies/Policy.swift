/// One named moderation policy of a policy file: when its condition holds for an article, it asks for its
/// decision, with a severity and a message for whoever reads the report.
public struct Policy: Sendable {
    public let name: String
    public let decision: PolicyDecision.Outcome
    public let severity: Severity
    public let message: String
    public let summary: String?
    public let condition: PolicyCondition
    /// Where the policy's name is written.
    public let location: SourceLocation

    /// A policy's body as written under its name.
    struct Body: Decodable, Sendable {
        enum CodingKeys: String, CodingKey, CaseIterable {
            case decision, severity, message, description, when
        }

        let decision: PolicyDecision.Outcome
        let severity: Severity?
        let message: String
        let description: String?
        let when: PolicyCondition

        init(from decoder: any Decoder) throws {
            let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
            decision = try container.decode(PolicyDecision.Outcome.self, forKey: .decision)
            severity = try container.decodeIfPresent(Severity.self, forKey: .severity)
            message = try container.decode(String.self, forKey: .message)
            description = try container.decodeIfPresent(String.self, forKey: .description)
            when = try container.decode(PolicyCondition.self, forKey: .when)
        }
    }

    init(name: String, body: Body, location: SourceLocation) {
        self.name = name
        decision = body.decision
        severity = body.severity ?? Self.defaultSeverity(of: body.decision)
        message = body.message
        summary = body.description
        condition = body.when
        self.location = location
    }

    /// `hold` is an error, `review` a warning, `publish` information, unless the policy says otherwise.
    static func defaultSeverity(of decision: PolicyDecision.Outcome) -> Severity {
        switch decision {
        case .hold: .error
        case .review: .warning
        case .publish: .info
        }
    }
}
