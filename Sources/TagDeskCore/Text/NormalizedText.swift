/// Text folded for matching: lower case, no diacritics, one space for every run of non-word characters.
/// It never starts or ends with a space. Equality and hashing look at the folded bytes only.
///
/// The folded bytes may be a stretch of a buffer shared with other texts (an article's lines share one),
/// and the map back to the original is computed only when asked for.
public struct NormalizedText: Sendable, Hashable {
    /// The buffer holding the folded bytes, and where they are in it.
    private let folded: [UInt8]
    private let range: Range<Int>
    /// The text this was folded from.
    private let source: String
    private let originCache: OriginCache

    init(folded: [UInt8], range: Range<Int>, source: String, originCache: OriginCache = OriginCache()) {
        self.folded = folded
        self.range = range
        self.source = source
        self.originCache = originCache
    }

    /// The normalized UTF-8.
    public var bytes: [UInt8] { range == folded.indices ? folded : Array(folded[range]) }

    /// `bytes` as a String.
    public var string: String { String(decoding: folded[range], as: UTF8.self) }

    public var isEmpty: Bool { range.isEmpty }

    /// The normalized bytes, without copying them.
    func withFoldedBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try folded.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// For each normalized byte, the UTF-8 offset in the original text of the scalar that produced it,
    /// followed by one entry for the end of the last unit (trailing separators excluded).
    var origins: [Int32] {
        originCache.origins(for: OriginCache.Key(range: range, sourceCount: source.utf8.count)) {
            var source = source
            return source.withUTF8 { Normalizer.origins(of: $0) }
        }
    }

    /// The UTF-8 byte range in the original text that the normalized byte range came from: from the start of
    /// the scalar that produced the first byte to the end of the scalar that produced the last byte, together
    /// with the combining marks and format characters that directly follow it (they were dropped into it).
    /// An empty range maps to an empty range at the start of the scalar that produced the byte at its position.
    public func originalUTF8Range(of normalizedRange: Range<Int>) -> Range<Int> {
        precondition(normalizedRange.lowerBound >= 0 && normalizedRange.upperBound <= range.count,
                     "range out of bounds of the normalized text")
        let origins = origins
        let lower = Int(origins[normalizedRange.lowerBound])
        guard !normalizedRange.isEmpty else { return lower..<lower }
        let last = origins[normalizedRange.upperBound - 1]
        var next = normalizedRange.upperBound
        while next < range.count, origins[next] == last { next += 1 }
        return lower..<Int(origins[next])
    }

    /// The part of `original` (the text this was normalized from) that `normalizedRange` came from.
    public func originalText(of normalizedRange: Range<Int>, in original: some StringProtocol) -> Substring {
        let range = originalUTF8Range(of: normalizedRange)
        let whole = Substring(original)
        let utf8 = whole.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let upper = utf8.index(lower, offsetBy: range.count)
        return whole[lower..<upper]
    }

    public static func == (lhs: NormalizedText, rhs: NormalizedText) -> Bool {
        lhs.folded[lhs.range] == rhs.folded[rhs.range]
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(range.count)
        withFoldedBytes { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
