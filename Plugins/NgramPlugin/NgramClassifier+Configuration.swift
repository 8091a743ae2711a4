import TagDeskCore

extension NgramClassifier {
    /// One language (its code is the label): the scripts it is written in and, where it shares one, its profile.
    public struct Label: Decodable, Sendable {
        enum CodingKeys: String, CodingKey, CaseIterable {
            case script, profile, description
        }

        public let scripts: Located<[WritingScript]>?
        /// The language's most frequent character trigrams, most frequent first, separated by `|`; a space is a
        /// word boundary.
        public let profile: Located<String>?
        public let description: String?

        public init(from decoder: any Decoder) throws {
            let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
            scripts = try container.decodeIfPresent(Located<[WritingScript]>.self, forKey: .script)
            profile = try container.decodeIfPresent(Located<String>.self, forKey: .profile)
            description = try container.decodeIfPresent(String.self, forKey: .description)
        }
    }

    /// The `settings:` of an ngram rule.
    public struct Settings: Decodable, Sendable {
        enum CodingKeys: String, CodingKey, CaseIterable {
            case minLetters = "min_letters", maxTrigrams = "max_trigrams", otherBelow = "other_below"
        }

        /// Fewer letters than this (URLs and abbreviations left out): undetermined.
        public let minLetters: Located<Int>?
        /// Trigrams read per unit at most; long paragraphs are clear early.
        public let maxTrigrams: Located<Int>?
        /// Below this share of its trigrams found in the best profile, a line is in a language without a profile.
        public let otherBelow: Located<Double>?

        public init(from decoder: any Decoder) throws {
            let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
            minLetters = try container.decodeIfPresent(Located<Int>.self, forKey: .minLetters)
            maxTrigrams = try container.decodeIfPresent(Located<Int>.self, forKey: .maxTrigrams)
            otherBelow = try container.decodeIfPresent(Located<Double>.self, forKey: .otherBelow)
        }
    }
}
