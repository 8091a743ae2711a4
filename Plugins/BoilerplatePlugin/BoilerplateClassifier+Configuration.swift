import TagDeskCore

extension BoilerplateClassifier {
    /// One label of a boilerplate rule and the signals that give it to a line.
    public struct Label: Decodable, Sendable {
        enum CodingKeys: String, CodingKey, CaseIterable {
            case description, patterns, after, repeated, page
        }

        public let description: String?
        /// Regular expressions a chrome line matches.
        public let patterns: [Located<String>]
        /// Markers: the first line matching one, and every line after it, get the label.
        public let after: [Located<String>]
        public let repeated: Repetition?
        /// Chrome read from the one page: the main text block, line features and their weights.
        public let page: PageSignals?

        public init(from decoder: any Decoder) throws {
            let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
            description = try container.decodeIfPresent(String.self, forKey: .description)
            patterns = try container.decodeIfPresent([Located<String>].self, forKey: .patterns) ?? []
            after = try container.decodeIfPresent([Located<String>].self, forKey: .after) ?? []
            repeated = try container.decodeIfPresent(Repetition.self, forKey: .repeated)
            page = try container.decodeIfPresent(PageSignals.self, forKey: .page)
        }
    }

    /// A line of at most `max_words` words found in at least `min_articles` articles is template chrome; in at
    /// least `min_articles_in_text` when the page's own `page:` model reads it as part of the text (a headline, a
    /// line of a body block): a story's lines recur in the copies of that story and in digests that quote it.
    public struct Repetition: Decodable, Sendable {
        enum CodingKeys: String, CodingKey, CaseIterable {
            case minArticles = "min_articles"
            case maxWords = "max_words"
            case minArticlesInText = "min_articles_in_text"
        }

        /// `min_articles:` and `max_words:` as written, for the checks that they can ever fire.
        public let writtenMinArticles: Located<Int>?
        public let writtenMaxWords: Located<Int>?

        public var minArticles: Int { writtenMinArticles?.value ?? 3 }
        public var maxWords: Int { writtenMaxWords?.value ?? 12 }
        public var minArticlesInText: Int { max(writtenMinArticlesInText?.value ?? 10, minArticles) }
        public let writtenMinArticlesInText: Located<Int>?

        public init(from decoder: any Decoder) throws {
            let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
            writtenMinArticles = try container.decodeIfPresent(Located<Int>.self, forKey: .minArticles)
            writtenMaxWords = try container.decodeIfPresent(Located<Int>.self, forKey: .maxWords)
            writtenMinArticlesInText = try container.decodeIfPresent(Located<Int>.self, forKey: .minArticlesInText)
        }
    }
}

/// How many articles each short folded line appears in, keyed by the line's `StableHash`; merged by adding
/// counts. Eight bytes of key per distinct line, so a million articles' facts stay in tens of MB.
public struct LineFrequency: CorpusFacts {
    public var articles: [UInt64: Int] = [:]

    public init() {}

    public mutating func merge(_ other: LineFrequency) {
        articles.merge(other.articles, uniquingKeysWith: +)
    }

    private enum CodingKeys: String, CodingKey { case lines, counts }

    /// Encoded as two arrays in key order, so the same facts give the same bytes in any process.
    public func encode(to encoder: any Encoder) throws {
        let sorted = articles.sorted { $0.key < $1.key }
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(sorted.map(\.key), forKey: .lines)
        try container.encode(sorted.map(\.value), forKey: .counts)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let lines = try container.decode([UInt64].self, forKey: .lines)
        let counts = try container.decode([Int].self, forKey: .counts)
        guard lines.count == counts.count else {
            throw DecodingError.dataCorruptedError(forKey: .counts, in: container, debugDescription: "one count per line")
        }
        articles = Dictionary(zip(lines, counts), uniquingKeysWith: +)
    }

    /// Compact and fast to read: the number of lines, then each line's key and count (8 and 4 bytes, little
    /// endian) in key order.
    public func encoded() -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(8 + articles.count * 12)
        func append<T: FixedWidthInteger>(_ value: T) { withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) } }
        append(UInt64(articles.count))
        for (key, count) in articles.sorted(by: { $0.key < $1.key }) {
            append(key)
            append(UInt32(clamping: count))
        }
        return bytes
    }

    public init?(encoded bytes: [UInt8]) {
        func read<T: FixedWidthInteger>(_ type: T.Type, at offset: Int) -> T {
            bytes.withUnsafeBytes { T(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: T.self)) }
        }
        guard bytes.count >= 8 else { return nil }
        let count = Int(clamping: read(UInt64.self, at: 0))
        guard count <= (bytes.count - 8) / 12, bytes.count == 8 + count * 12 else { return nil }
        articles = Dictionary(minimumCapacity: count)
        for index in 0..<count {
            let offset = 8 + index * 12
            articles[read(UInt64.self, at: offset)] = Int(read(UInt32.self, at: offset + 8))
        }
    }
}
