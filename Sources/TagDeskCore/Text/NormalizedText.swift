/// Text folded for matching: lower case, no diacritics, one space for every run of non-word characters.
/// It never starts or ends with a space. Equality and hashing look at the folded bytes only.
///
/// The folded bytes and their origins may be stretches of buffers shared with other texts (an article's lines
/// share one of each).
public struct NormalizedText: Sendable, Hashable {
    /// The buffer holding the folded bytes, and where they are in it.
    private let folded: [UInt8]
    private let range: Range<Int>
    /// From `originsStart`, for each normalized byte, the UTF-8 offset in the original text of the scalar that
    /// produced it, followed by one entry for the end of the last unit (trailing separators excluded).
    private let origins: [Int32]
    private let originsStart: Int

    init(folded: [UInt8], range: Range<Int>, origins: [Int32], originsStart: Int) {
        precondition(originsStart + range.count < origins.count)
        self.folded = folded
        self.range = range
        self.origins = origins
        self.originsStart = originsStart
    }

    /// The normalized UTF-8.
    public var bytes: [UInt8] { range == folded.indices ? folded : Array(folded[range]) }

    /// `bytes` as a String.
    public var string: String { String(decoding: folded[range], as: UTF8.self) }

    public var isEmpty: Bool { range.isEmpty }

    /// The number of normalized bytes.
    public var byteCount: Int { range.count }

    /// The normalized bytes, without copying them.
    public func withFoldedBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try folded.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// The UTF-8 byte range in the original text that the normalized byte range came from: from the start of
    /// the scalar that produced the first byte to the end of the scalar that produced the last byte, together
    /// with the combining marks and format characters that directly follow it (they were dropped into it).
    /// An empty range maps to an empty range at the start of the scalar that produced the byte at its position.
    public func originalUTF8Range(of normalizedRange: Range<Int>) -> Range<Int> {
        precondition(normalizedRange.lowerBound >= 0 && normalizedRange.upperBound <= range.count,
                     "range out of bounds of the normalized text")
        let base = originsStart
        let lower = Int(origins[base + normalizedRange.lowerBound])
        guard !normalizedRange.isEmpty else { return lower..<lower }
        let last = origins[base + normalizedRange.upperBound - 1]
        var next = normalizedRange.upperBound
        while next < range.count, origins[base + next] == last { next += 1 }
        return lower..<Int(origins[base + next])
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
