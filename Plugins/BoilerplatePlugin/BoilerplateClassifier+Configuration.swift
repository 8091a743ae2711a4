import TagDeskCore

extension BoilerplateClassifier {
    /// One label of a boilerplate rule and the signals that give it to a line.
    public struct Label: Decodable, Sendable {
        enum CodingKeys: String, CodingKey, CaseIterable {
            case description, patterns, after, repeated
        }

        public let description: String?
        /// Regular expressions a chrome line matches.
        public let patterns: [Located<String>]
        /// Markers: the first line matching one, and every line after it, get the label.
        public let after: [Located<String>]
        public let repeated: Repetition?

        public init(from decoder: any Decoder) throws {
            let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
            description = try container.decodeIfPresent(String.self, forKey: .description)
            patterns = try container.decodeIfPresent([Located<String>].self, forKey: .patterns) ?? []
            after = try container.decodeIfPresent([Located<String>].self, forKey: .after) ?? []
            repeated = try container.decodeIfPresent(Repetition.self, forKey: .repeated)
        }
    }

    /// A line of at most `max_words` words found in at least `min_articles` articles is template chrome.
    public struct Repetition: Decodable, Sendable {
        enum CodingKeys: String, CodingKey, CaseIterable {
            case minArticles = "min_articles"
            case maxWords = "max_words"
        }

        public let minArticles: Int
        public let maxWords: Int

        public init(from decoder: any Decoder) throws {
            let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
            minArticles = try container.decodeIfPresent(Int.self, forKey: .minArticles) ?? 3
            maxWords = try container.decodeIfPresent(Int.self, forKey: .maxWords) ?? 12
        }
    }
}

/// How many articles each short folded line appears in; merged by adding counts.
public struct LineFrequency: CorpusFacts {
    public var articles: [String: Int] = [:]

    public init() {}

    public mutating func merge(_ other: LineFrequency) {
        articles.merge(other.articles, uniquingKeysWith: +)
    }
}
