/// Folds text for matching, one Unicode scalar at a time, keeping a map back to the original UTF-8 offsets.
///
/// Each scalar is decomposed (NFKD), stripped of combining marks and lowercased, then folded further
/// (đ→d, œ→oe, ß→ss, ى→ي, ة→ه, Arabic-Indic digits→ASCII, …). Letters and digits of any script are word
/// characters; every run of other scalars becomes one space. Format characters (soft hyphen, ZWJ/ZWNJ,
/// bidi marks, BOM) are dropped like combining marks. No space is kept at the start or the end.
public enum Normalizer {
    public static func normalize(_ text: some StringProtocol) -> NormalizedText {
        if let result = text.utf8.withContiguousStorageIfAvailable({ normalize(utf8: $0) }) {
            return result
        }
        var copy = String(text)
        return copy.withUTF8 { normalize(utf8: $0) }
    }

    /// `normalize(text).string`, which has no leading or trailing space.
    public static func fold(_ text: some StringProtocol) -> String {
        normalize(text).string
    }

    /// Normalizes valid UTF-8. The output is never longer than the input except for rare expanding
    /// compatibility characters (½, ﷺ, …), in which case the pass is repeated with more room.
    private static func normalize(utf8 input: UnsafeBufferPointer<UInt8>) -> NormalizedText {
        precondition(input.count < Int(Int32.max), "text too long for 32-bit offsets")
        var capacity = input.count
        while true {
            if let result = normalize(utf8: input, capacity: capacity) { return result }
            capacity = capacity * 2 + 64
        }
    }

    private static func normalize(utf8 input: UnsafeBufferPointer<UInt8>, capacity: Int) -> NormalizedText? {
        var origins: [Int32] = []
        var overflowed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: capacity) { out, outCount in
            origins = [Int32](unsafeUninitializedCapacity: capacity + 1) { originsOut, originsCount in
                let table = ScalarFoldTable.shared
                let count = table.entries.withUnsafeBufferPointer { entries in
                    let pass = FoldingPass(input: input, out: out, origins: originsOut, entries: entries, long: table.long)
                    return pass.run()
                }
                if let count {
                    outCount = count
                    originsCount = count + 1
                } else {
                    overflowed = true
                    outCount = 0
                    originsCount = 0
                }
            }
        }
        return overflowed ? nil : NormalizedText(bytes: bytes, origins: origins)
    }
}
