import Yams

/// One `review:` item of a decisions file, written by `tagdesk review`: the article was looked at (and, for
/// `accepted`, judged right as it stood), a note, or one of them taken back. With the article's `sha256` and a
/// digest of the rules it was reviewed under, the next review knows what changed since.
///
/// In YAML: `{review: accepted, by: alice, at: …, sha256: …, rules: …, acknowledged: ["topic: rules give …"]}`.
public struct ReviewRecord: Codable, Sendable, Hashable {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        /// Reviewed as it stands; `acknowledged` lists the disagreements the reviewer saw and kept.
        case accepted
        /// An earlier `accepted` taken back: the article needs review again.
        case reopened
        /// A remark about the article, in `note`.
        case note
        /// An earlier note (the same `note` text) taken back.
        case retracted

        public init(from decoder: any Decoder) throws {
            self = try decodeEnumCase(from: decoder, what: "review")
        }
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case review, by, at, note, sha256, rules, acknowledged }

    public var review: Kind
    public var by: String
    public var at: String?
    public var note: String?
    /// SHA-256 of the article's bytes when reviewed.
    public var sha256: String?
    /// `ReviewRecord.rulesDigest` of the rules the article was reviewed under.
    public var rules: String?
    /// The messages of the `human-disagreement` findings the reviewer accepted; a pass no longer reports them
    /// while the rules give the same answer (the message names it).
    public var acknowledged: [String]?

    public init(review: Kind, by: String, at: String? = nil, note: String? = nil, sha256: String? = nil,
                rules: String? = nil, acknowledged: [String]? = nil) {
        self.review = review
        self.by = by
        self.at = at
        self.note = note
        self.sha256 = sha256
        self.rules = rules
        self.acknowledged = acknowledged
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
        review = try container.decode(Kind.self, forKey: .review)
        by = try container.decode(String.self, forKey: .by)
        at = try container.decodeIfPresent(String.self, forKey: .at)
        note = try container.decodeIfPresent(String.self, forKey: .note)
        sha256 = try container.decodeIfPresent(String.self, forKey: .sha256)
        rules = try container.decodeIfPresent(String.self, forKey: .rules)
        acknowledged = try container.decodeIfPresent([String].self, forKey: .acknowledged)
    }

    /// 16 hex digits over every classifier's fingerprint: changes when any rule that tags the article does.
    public static func rulesDigest(_ fingerprints: [String: String]) -> String {
        let text = fingerprints.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "\n")
        return ContentDigest.sha256(text.utf8, hexDigits: 16)
    }

    var yamlNode: Node {
        func text(_ string: String) -> Node { Node(string, Yams.Tag(.str)) }
        var pairs: [(Node, Node)] = [(text("review"), text(review.rawValue)), (text("by"), text(by))]
        if let at { pairs.append((text("at"), text(at))) }
        if let note { pairs.append((text("note"), text(note))) }
        if let sha256 { pairs.append((text("sha256"), text(sha256))) }
        if let rules { pairs.append((text("rules"), Node(rules, Yams.Tag(.str), .doubleQuoted))) }
        if let acknowledged {
            pairs.append((text("acknowledged"), .sequence(Node.Sequence(acknowledged.map { Node($0, Yams.Tag(.str), .doubleQuoted) }, .implicit, .flow))))
        }
        return .mapping(Node.Mapping(pairs, .implicit, .flow))
    }
}
