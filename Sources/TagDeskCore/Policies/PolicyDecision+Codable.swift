/// The `decision:` section of a tag file, as `PolicyDecision.appendYAML` writes it.
extension PolicyDecision: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case outcome, policy, severity, human, fired
        case humanBy = "human_by"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
        let human = try container.decodeIfPresent(Outcome.self, forKey: .human)
        let by = try container.decodeIfPresent(String.self, forKey: .humanBy) ?? ""
        self.init(policy: try container.decode(Outcome.self, forKey: .policy),
                  severity: try container.decode(Severity.self, forKey: .severity),
                  fired: try container.decodeIfPresent([Fired].self, forKey: .fired) ?? [],
                  human: human.map { Human(decision: $0, by: by) })
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(outcome, forKey: .outcome)
        try container.encode(policy, forKey: .policy)
        try container.encode(severity, forKey: .severity)
        try container.encodeIfPresent(human?.decision, forKey: .human)
        try container.encodeIfPresent(human?.by, forKey: .humanBy)
        try container.encode(fired, forKey: .fired)
    }
}

extension PolicyDecision.Fired: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable { case policy, decision, severity, message }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
        self.init(policy: try container.decode(String.self, forKey: .policy),
                  decision: try container.decode(PolicyDecision.Outcome.self, forKey: .decision),
                  severity: try container.decode(Severity.self, forKey: .severity),
                  message: try container.decode(String.self, forKey: .message))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(policy, forKey: .policy)
        try container.encode(decision, forKey: .decision)
        try container.encode(severity, forKey: .severity)
        try container.encode(message, forKey: .message)
    }
}
