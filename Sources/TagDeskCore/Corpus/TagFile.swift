/// The `ID.tags.yaml` file beside an article: what the last pass found, in a stable key order. Only a pass
/// writes it; the human decisions it applied live in `ID.decisions.yaml` and are named here by their digest.
public struct TagFile: Codable, Sendable, Equatable {
    /// Decisions an earlier TagDesk kept under `decisions:` in the tag file, and that section's exact text.
    public struct LegacyDecisions: Sendable, Equatable {
        public var decisions: [HumanDecision]
        public var text: String
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case article, sha256, fingerprints, policies, facts, decisionsDigest = "decisions_digest", language, decision, tags, decisions, findings
        /// The whole-rule-set hash of TagDesk before per-classifier fingerprints; read and ignored.
        case legacyRules = "rules"
        /// `TagFileHeader.checksum` of the lines above it; checked by the header reader, ignored here.
        case checksum
    }

    public var article: String
    /// SHA-256 of the article's bytes when it was classified.
    public var sha256: String
    /// The fingerprint of each classifier that produced the tags (`RuleSet.fingerprints`).
    public var fingerprints: [String: String]
    /// `PolicySet.fingerprint` of the policies the decision was made with; `nil` when the rules have none.
    public var policies: String?
    /// `sha256:` of the corpus-wide facts the tags were computed with; `nil` when no classifier collects any.
    public var facts: String?
    public var language: String?
    /// The moderation decision; `nil` when the rules have no policies and no person decided.
    public var decision: PolicyDecision?
    /// Tags by classifier, written in classifier-name order.
    public var tags: [String: [Tag]]
    /// `sha256:` of the decisions file the pass applied; `nil` when the article had none.
    public var decisionsDigest: String?
    public var findings: [Finding]
    /// Decisions that an earlier TagDesk kept in the tag file, to be moved to the decisions file once;
    /// never written back.
    public var legacyDecisions: LegacyDecisions?

    public init(article: String, sha256: String, fingerprints: [String: String], policies: String? = nil, facts: String? = nil,
                decisionsDigest: String? = nil, language: String?, decision: PolicyDecision? = nil,
                tags: [String: [Tag]], findings: [Finding]) {
        self.article = article
        self.sha256 = sha256
        self.fingerprints = fingerprints
        self.policies = policies
        self.decision = decision
        self.facts = facts
        self.decisionsDigest = decisionsDigest
        self.language = language
        self.tags = tags
        self.findings = findings
    }

    /// The tag file for a pass result.
    public init(result: ArticleResult, fingerprints: [String: String], policies: String?, facts: String?, decisionsDigest: String?) {
        self.init(article: result.id, sha256: result.sha256, fingerprints: fingerprints, policies: policies, facts: facts,
                  decisionsDigest: decisionsDigest, language: result.language, decision: result.decision,
                  tags: result.tags, findings: result.findings)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
        article = try container.decode(String.self, forKey: .article)
        sha256 = try container.decodeIfPresent(String.self, forKey: .sha256) ?? ""
        fingerprints = try container.decodeIfPresent([String: String].self, forKey: .fingerprints) ?? [:]
        policies = try container.decodeIfPresent(String.self, forKey: .policies)
        decision = try container.decodeIfPresent(PolicyDecision.self, forKey: .decision)
        facts = try container.decodeIfPresent(String.self, forKey: .facts)
        decisionsDigest = try container.decodeIfPresent(String.self, forKey: .decisionsDigest)
        language = try container.decodeIfPresent(String.self, forKey: .language)
        tags = try container.decodeIfPresent([String: [Tag]].self, forKey: .tags) ?? [:]
        if let decisions = try container.decodeIfPresent([HumanDecision].self, forKey: .decisions), !decisions.isEmpty {
            legacyDecisions = LegacyDecisions(decisions: decisions, text: "")
        }
        findings = try container.decodeIfPresent([Finding].self, forKey: .findings) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(article, forKey: .article)
        try container.encode(sha256, forKey: .sha256)
        try container.encode(fingerprints, forKey: .fingerprints)
        try container.encodeIfPresent(policies, forKey: .policies)
        try container.encodeIfPresent(facts, forKey: .facts)
        try container.encodeIfPresent(decisionsDigest, forKey: .decisionsDigest)
        try container.encodeIfPresent(language, forKey: .language)
        try container.encodeIfPresent(decision, forKey: .decision)
        try container.encode(SortedTags(tags: tags), forKey: .tags)
        try container.encode(findings, forKey: .findings)
    }
}

/// Tags by classifier, encoded with classifiers in name order so two runs write the same bytes.
private struct SortedTags: Encodable {
    let tags: [String: [Tag]]

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        for (classifier, tags) in tags.sorted(by: { $0.key < $1.key }) {
            try container.encode(tags, forKey: AnyCodingKey(stringValue: classifier))
        }
    }
}
