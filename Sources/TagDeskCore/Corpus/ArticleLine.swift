/// One physical line of an article, with its folded form for matching.
public struct ArticleLine: Sendable {
    /// 1-based physical line number.
    public let number: Int
    public let text: String
    /// The folded line; an article's lines share one buffer.
    public let normalized: NormalizedText
    /// True when the line holds only white space.
    public let isBlank: Bool

    public init(number: Int, text: String) {
        self.init(number: number, text: text, normalized: Normalizer.normalize(text))
    }

    init(number: Int, text: String, normalized: NormalizedText) {
        self.number = number
        self.text = text
        self.normalized = normalized
        self.isBlank = normalized.isEmpty && text.allSatisfy(\.isWhitespace)
    }

    /// The original text that a normalized byte range came from.
    public func originalText(of normalizedRange: Range<Int>) -> String {
        String(normalized.originalText(of: normalizedRange, in: text))
    }
}
