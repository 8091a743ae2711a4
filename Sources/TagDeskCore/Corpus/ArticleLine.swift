/// One physical line of an article, with its folded form for matching.
public struct ArticleLine: Sendable {
    /// 1-based physical line number.
    public let number: Int
    public let text: String
    public let normalized: NormalizedText

    public init(number: Int, text: String) {
        self.number = number
        self.text = text
        self.normalized = Normalizer.normalize(text)
    }

    public var isBlank: Bool { normalized.bytes.allSatisfy { $0 == 0x20 } && text.allSatisfy(\.isWhitespace) }

    /// The original text that a normalized byte range came from.
    public func originalText(of normalizedRange: Range<Int>) -> String {
        String(normalized.originalText(of: normalizedRange, in: text))
    }
}
