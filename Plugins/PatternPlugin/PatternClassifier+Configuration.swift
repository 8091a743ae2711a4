import TagDeskCore

extension PatternClassifier {
    /// One label of a pattern rule: its regular expressions, each match worth `weight`.
    public struct Label: Decodable, Sendable {
        enum CodingKeys: String, CodingKey, CaseIterable {
            case description, patterns, weight, threshold
        }

        public let description: String?
        public let patterns: [Located<String>]
        public let weight: Double
        public let threshold: Double

        public init(from decoder: any Decoder) throws {
            let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
            description = try container.decodeIfPresent(String.self, forKey: .description)
            patterns = try container.decodeIfPresent([Located<String>].self, forKey: .patterns) ?? []
            weight = try container.decodeIfPresent(Double.self, forKey: .weight) ?? 1
            threshold = try container.decodeIfPresent(Double.self, forKey: .threshold) ?? 1
        }
    }

    /// The `settings:` of a pattern rule.
    public struct Settings: Decodable, Sendable {
        enum CodingKeys: String, CodingKey, CaseIterable {
            case caseSensitive = "case_sensitive"
        }

        public let caseSensitive: Bool

        public init(from decoder: any Decoder) throws {
            let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
            caseSensitive = try container.decodeIfPresent(Bool.self, forKey: .caseSensitive) ?? false
        }
    }
}
