import TagDeskCore

extension LexiconClassifier {
    /// One label of a lexicon rule: its terms and the score a unit needs to get it.
    public struct Label: Decodable, Sendable {
        enum CodingKeys: String, CodingKey, CaseIterable {
            case description, iptc, threshold, terms
        }

        public let description: String?
        /// An IPTC media topic code, for export.
        public let iptc: String?
        public let threshold: Double
        public let terms: [Term]

        public init(from decoder: any Decoder) throws {
            let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
            description = try container.decodeIfPresent(String.self, forKey: .description)
            iptc = try container.decodeIfPresent(String.self, forKey: .iptc)
            threshold = try container.decodeIfPresent(Double.self, forKey: .threshold) ?? 1
            terms = try container.decodeIfPresent([Term].self, forKey: .terms) ?? []
        }
    }

    /// A term or phrase: `- diplomatie` (weight 1) or `- {term: affaires étrangères, weight: 2}`.
    public struct Term: Decodable, Sendable {
        enum CodingKeys: String, CodingKey, CaseIterable {
            case term, weight
        }

        public let text: Located<String>
        public let weight: Double

        public init(from decoder: any Decoder) throws {
            if let text = try? decoder.singleValueContainer().decode(Located<String>.self) {
                self.text = text
                weight = 1
                return
            }
            let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
            text = try container.decode(Located<String>.self, forKey: .term)
            weight = try container.decodeIfPresent(Double.self, forKey: .weight) ?? 1
        }
    }

    /// The `settings:` of a lexicon rule.
    public struct Settings: Decodable, Sendable {
        enum CodingKeys: String, CodingKey, CaseIterable {
            case maxHitsPerTerm = "max_hits_per_term"
        }

        /// Occurrences of one term counted per unit; more add nothing, so one repeated name cannot carry a label.
        public let maxHitsPerTerm: Int

        public init(from decoder: any Decoder) throws {
            let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
            maxHitsPerTerm = try container.decodeIfPresent(Int.self, forKey: .maxHitsPerTerm) ?? 3
        }
    }
}
