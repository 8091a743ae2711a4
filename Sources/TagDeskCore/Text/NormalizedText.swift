/// Text folded for matching: lower case, no diacritics, one space for every run of non-word characters.
/// It never starts or ends with a space. Equality and hashing look at `bytes` only, not at the offset map.
public struct NormalizedText: Sendable, Hashable {
    /// The normalized UTF-8.
    public let bytes: [UInt8]
    /// For each normalized byte, the UTF-8 offset in the original text of the scalar that produced it,
    /// followed by one entry for the end of the last unit (trailing separators excluded).
    let origins: [Int32]

    init(bytes: [UInt8], origins: [Int32]) {
        precondition(origins.count == bytes.count + 1)
        self.bytes = bytes
        self.origins = origins
    }

    /// `bytes` as a String.
    public var string: String { String(decoding: bytes, as: UTF8.self) }

    public var isEmpty: Bool { bytes.isEmpty }

    /// The UTF-8 byte range in the original text that the normalized byte range came from: from the start of
    /// the scalar that produced the first byte to the end of the scalar that produced the last byte, together
    /// with the combining marks and format characters that directly follow it (they were dropped into it).
    /// An empty range maps to an empty range at the start of the scalar that produced the byte at its position.
    public func originalUTF8Range(of normalizedRange: Range<Int>) -> Range<Int> {
        precondition(normalizedRange.lowerBound >= 0 && normalizedRange.upperBound <= bytes.count,
                     "range out of bounds of the normalized text")
        let lower = Int(origins[normalizedRange.lowerBound])
        guard !normalizedRange.isEmpty else { return lower..<lower }
        let last = origins[normalizedRange.upperBound - 1]
        var next = normalizedRange.upperBound
        while next < bytes.count, origins[next] == last { next += 1 }
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
        lhs.bytes == rhs.bytes
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(bytes)
    }
}
