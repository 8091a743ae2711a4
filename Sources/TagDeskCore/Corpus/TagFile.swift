/// The `ID.tags.yaml` file beside an article: what the last pass found and the human decisions, in a stable key order.
public struct TagFile: Codable, Sendable, Equatable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case article, sha256, rules, language, tags, decisions, findings
    }

    public var article: String
    /// SHA-256 of the article's bytes when it was classified.
    public var sha256: String
    /// The hash of the rule set that produced the tags.
    public var rules: String
    public var language: String?
    /// Tags by classifier, written in classifier-name order.
    public var tags: [String: [Tag]]
    public var decisions: [HumanDecision]
    public var findings: [Finding]
    /// The `decisions:` section exactly as read from disk, written back unchanged so hand formatting survives;
    /// set it to `nil` after changing `decisions`.
    public var decisionsText: String?

    public static func == (lhs: TagFile, rhs: TagFile) -> Bool {
        (lhs.article, lhs.sha256, lhs.rules, lhs.language) == (rhs.article, rhs.sha256, rhs.rules, rhs.language)
            && lhs.tags == rhs.tags && lhs.decisions == rhs.decisions && lhs.findings == rhs.findings
    }

    public init(article: String, sha256: String, rules: String, language: String?,
                tags: [String: [Tag]], decisions: [HumanDecision], findings: [Finding]) {
        self.article = article
        self.sha256 = sha256
        self.rules = rules
        self.language = language
        self.tags = tags
        self.decisions = decisions
        self.findings = findings
    }

    /// The tag file for a pass result, keeping the decisions that were already there.
    public init(result: ArticleResult, rules: String, decisions: [HumanDecision]) {
        self.init(article: result.id, sha256: result.sha256, rules: rules, language: result.language,
                  tags: result.tags, decisions: decisions, findings: result.findings)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
        article = try container.decode(String.self, forKey: .article)
        sha256 = try container.decodeIfPresent(String.self, forKey: .sha256) ?? ""
        rules = try container.decodeIfPresent(String.self, forKey: .rules) ?? ""
        language = try container.decodeIfPresent(String.self, forKey: .language)
        tags = try container.decodeIfPresent([String: [Tag]].self, forKey: .tags) ?? [:]
        decisions = try container.decodeIfPresent([HumanDecision].self, forKey: .decisions) ?? []
        findings = try container.decodeIfPresent([Finding].self, forKey: .findings) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(article, forKey: .article)
        try container.encode(sha256, forKey: .sha256)
        try container.encode(rules, forKey: .rules)
        try container.encodeIfPresent(language, forKey: .language)
        try container.encode(SortedTags(tags: tags), forKey: .tags)
        try container.encode(decisions, forKey: .decisions)
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
