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
        /// `threshold:` as written, for the check that it is a finite number above 0.
        public let writtenThreshold: Located<Double>?
        public let terms: [Term]

        public var threshold: Double { writtenThreshold?.value ?? 1 }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
            description = try container.decodeIfPresent(String.self, forKey: .description)
            iptc = try container.decodeIfPresent(String.self, forKey: .iptc)
            writtenThreshold = try container.decodeIfPresent(Located<Double>.self, forKey: .threshold)
            terms = try container.decodeIfPresent([Term].self, forKey: .terms) ?? []
        }
    }

    /// A term or phrase: `- diplomatie` (weight 1) or `- {term: affaires étrangères, weight: 2}`.
    public struct Term: Decodable, Sendable {
        enum CodingKeys: String, CodingKey, CaseIterable {
            case term, weight
        }

        public let text: Located<String>
        /// `weight:` as written, for the check that it is a finite number above 0.
        public let writtenWeight: Located<Double>?

        public var weight: Double { writtenWeight?.value ?? 1 }

        public init(from decoder: any Decoder) throws {
            if let text = try? decoder.singleValueContainer().decode(Located<String>.self) {
                self.text = text
                writtenWeight = nil
                return
            }
            let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
            text = try container.decode(Located<String>.self, forKey: .term)
            writtenWeight = try container.decodeIfPresent(Located<Double>.self, forKey: .weight)
        }
    }

    /// The `settings:` of a lexicon rule.
    public struct Settings: Decodable, Sendable {
        enum CodingKeys: String, CodingKey, CaseIterable {
            case maxHitsPerTerm = "max_hits_per_term"
        }

        /// `max_hits_per_term:` as written, for the check that it is at least 1.
        public let writtenMaxHitsPerTerm: Located<Int>?

        /// Occurrences of one term counted per unit; more add nothing, so one repeated name cannot carry a label.
        public var maxHitsPerTerm: Int { writtenMaxHitsPerTerm?.value ?? 3 }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
            writtenMaxHitsPerTerm = try container.decodeIfPresent(Located<Int>.self, forKey: .maxHitsPerTerm)
        }
    }
}
