import TagDeskCore

/// The `page:` section of a boilerplate label: how to tell chrome from the article on one page of a site never
/// seen before. Every line gets a score, the sum of the weights of the features it shows; from `threshold` on
/// it is chrome. All numbers and word lists are the rule file's; the code only measures the features.
public struct PageSignals: Decodable, Sendable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case threshold, body, shortWords = "short_words", weights, phrases, functionWords = "function_words"
    }

    public let threshold: Double
    public let body: BodyBlock
    /// A line of fewer words than this (each CJK character a word) is short.
    public let shortWords: Int
    public let weights: Weights
    public let phrases: Phrases
    public let functionWords: FunctionWords?

    public init(from decoder: any Decoder) throws {
        let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
        threshold = try container.decodeIfPresent(Double.self, forKey: .threshold) ?? 1
        body = try container.decodeIfPresent(BodyBlock.self, forKey: .body) ?? BodyBlock()
        shortWords = try container.decodeIfPresent(Int.self, forKey: .shortWords) ?? 10
        weights = try container.decode(Weights.self, forKey: .weights)
        phrases = try container.decodeIfPresent(Phrases.self, forKey: .phrases) ?? Phrases()
        functionWords = try container.decodeIfPresent(FunctionWords.self, forKey: .functionWords)
    }

    /// The main text block: the run of lines where body lines (at least `min_words` words ending a sentence, or
    /// `long_words` words however they end; with no chrome phrase or separator unless twice `long_words` long)
    /// outweigh the others, each of which costs `gap_cost` words.
    public struct BodyBlock: Decodable, Sendable {
        enum CodingKeys: String, CodingKey, CaseIterable {
            case minWords = "min_words", longWords = "long_words", gapCost = "gap_cost", headlineLines = "headline_lines"
            case headlineWords = "headline_words", minBlockWords = "min_block_words"
        }

        public var minWords = 12
        public var longWords = 25
        public var gapCost = 8
        /// How many lines above the block a headline, its lead and byline may take.
        public var headlineLines = 4
        /// The fewest words a headline above the block has.
        public var headlineWords = 5
        /// The fewest words (body lines' words less the gaps) a second text block has: below it, a run of body
        /// lines away from the main block is chrome that happens to be long.
        public var minBlockWords = 60

        init() {}

        public init(from decoder: any Decoder) throws {
            let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
            minWords = try container.decodeIfPresent(Int.self, forKey: .minWords) ?? minWords
            longWords = try container.decodeIfPresent(Int.self, forKey: .longWords) ?? longWords
            gapCost = try container.decodeIfPresent(Int.self, forKey: .gapCost) ?? gapCost
            headlineLines = try container.decodeIfPresent(Int.self, forKey: .headlineLines) ?? headlineLines
            headlineWords = try container.decodeIfPresent(Int.self, forKey: .headlineWords) ?? headlineWords
            minBlockWords = try container.decodeIfPresent(Int.self, forKey: .minBlockWords) ?? minBlockWords
        }
    }

    /// The weight of each feature; a feature left out weighs nothing. Negative weights speak for content.
    public struct Weights: Decodable, Sendable {
        enum CodingKeys: String, CodingKey, CaseIterable {
            case beforeBody = "before_body", afterBody = "after_body", betweenBlocks = "between_blocks"
            case perLineAway = "per_line_away"
            case headline, sentence, short, noEndPunctuation = "no_end_punctuation", separators
            case allCaps = "all_caps", numbers, emailOrLink = "email_or_link", copyright
            case repeatedInPage = "repeated_in_page", phraseAtStart = "phrase_at_start", phraseAnywhere = "phrase_anywhere"
            case functionWords = "function_words"
        }

        public let beforeBody, afterBody, betweenBlocks, perLineAway, headline, sentence, short, noEndPunctuation, separators: Double
        public let allCaps, numbers, emailOrLink, copyright, repeatedInPage, phraseAtStart, phraseAnywhere: Double
        public let functionWords: Double

        public init(from decoder: any Decoder) throws {
            let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
            func weight(_ key: CodingKeys) throws -> Double { try container.decodeIfPresent(Double.self, forKey: key) ?? 0 }
            beforeBody = try weight(.beforeBody)
            afterBody = try weight(.afterBody)
            betweenBlocks = try weight(.betweenBlocks)
            perLineAway = try weight(.perLineAway)
            headline = try weight(.headline)
            sentence = try weight(.sentence)
            short = try weight(.short)
            noEndPunctuation = try weight(.noEndPunctuation)
            separators = try weight(.separators)
            allCaps = try weight(.allCaps)
            numbers = try weight(.numbers)
            emailOrLink = try weight(.emailOrLink)
            copyright = try weight(.copyright)
            repeatedInPage = try weight(.repeatedInPage)
            phraseAtStart = try weight(.phraseAtStart)
            phraseAnywhere = try weight(.phraseAnywhere)
            functionWords = try weight(.functionWords)
        }
    }

    /// Known chrome phrases, matched on folded text as whole words: `at_start` where a line begins with them
    /// (`Read more`, `Lire aussi`; only on lines shorter than `long_words`, so that a sentence opening with
    /// `Home` stays text), `anywhere` wherever they are (`cookies`, `newsletter`).
    public struct Phrases: Decodable, Sendable {
        enum CodingKeys: String, CodingKey, CaseIterable {
            case atStart = "at_start", anywhere
        }

        public var atStart: [String] = []
        public var anywhere: [String] = []

        init() {}

        public init(from decoder: any Decoder) throws {
            let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
            atStart = try container.decodeIfPresent([String].self, forKey: .atStart) ?? []
            anywhere = try container.decodeIfPresent([String].self, forKey: .anywhere) ?? []
        }
    }

    /// Words that carry grammar rather than meaning (`the`, `de`, `và`, `في`), per language; a line where at
    /// least `min_share` of the words are such is running text.
    public struct FunctionWords: Decodable, Sendable {
        enum CodingKeys: String, CodingKey, CaseIterable {
            case minShare = "min_share", words
        }

        public let minShare: Double
        public let words: [String: [String]]

        public init(from decoder: any Decoder) throws {
            let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
            minShare = try container.decodeIfPresent(Double.self, forKey: .minShare) ?? 0.2
            words = try container.decode([String: [String]].self, forKey: .words)
        }
    }
}
