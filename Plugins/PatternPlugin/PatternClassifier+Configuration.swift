import TagDeskCore

extension PatternClassifier {
    /// One label of a pattern rule: its regular expressions, each match worth `weight`.
    public struct Label: Decodable, Sendable {
        enum CodingKeys: String, CodingKey, CaseIterable {
            case description, patterns, weight, threshold
        }

        public let description: String?
        public let patterns: [Located<String>]
        /// `weight:` and `threshold:` as written, for the check that they are finite numbers above 0.
        public let writtenWeight: Located<Double>?
        public let writtenThreshold: Located<Double>?

        public var weight: Double { writtenWeight?.value ?? 1 }
        public var threshold: Double { writtenThreshold?.value ?? 1 }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
            description = try container.decodeIfPresent(String.self, forKey: .description)
            patterns = try container.decodeIfPresent([Located<String>].self, forKey: .patterns) ?? []
            writtenWeight = try container.decodeIfPresent(Located<Double>.self, forKey: .weight)
            writtenThreshold = try container.decodeIfPresent(Located<Double>.self, forKey: .threshold)
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
