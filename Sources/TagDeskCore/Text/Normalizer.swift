/// Folds text for matching, one Unicode scalar at a time, keeping a map back to the original UTF-8 offsets.
///
/// Each scalar is decomposed (NFKD), stripped of combining marks and lowercased, then folded further
/// (đ→d, œ→oe, ß→ss, ى→ي, ة→ه, Arabic-Indic digits→ASCII, …). Letters and digits of any script are word
/// characters; every run of other scalars becomes one space. Format characters (soft hyphen, ZWJ/ZWNJ,
/// bidi marks, BOM) are dropped like combining marks. No space is kept at the start or the end.
public enum Normalizer {
    public static func normalize(_ text: some StringProtocol) -> NormalizedText {
        let source = String(text)
        var folded: [UInt8] = []
        let range = append(foldingOf: source, to: &folded)
        return NormalizedText(folded: folded, range: range, source: source)
    }

    /// `normalize(text).string`, which has no leading or trailing space.
    public static func fold(_ text: some StringProtocol) -> String {
        normalize(text).string
    }

    /// Appends the folding of `text` to `folded` and returns where it went.
    static func append(foldingOf text: String, to folded: inout [UInt8]) -> Range<Int> {
        var text = text
        let start = folded.count
        let valid = text.withUTF8 { append(foldingOf: $0, to: &folded) }
        precondition(valid, "a String is valid UTF-8")
        return start..<folded.count
    }

    /// Appends the folding of `utf8` to `folded`; false, with nothing appended, if `utf8` is not valid UTF-8.
    ///
    /// The output is never longer than the input except for rare expanding compatibility characters
    /// (½, ﷺ, …), in which case the pass is repeated with more room. Reserve capacity for many appends up front.
    static func append(foldingOf utf8: UnsafeBufferPointer<UInt8>, to folded: inout [UInt8]) -> Bool {
        precondition(utf8.count < Int(Int32.max), "text too long for 32-bit offsets")
        let start = folded.count
        var room = utf8.count
        while true {
            folded.append(contentsOf: repeatElement(0, count: room))
            let outcome = folded.withUnsafeMutableBufferPointer { out in
                run(utf8, into: UnsafeMutableBufferPointer(rebasing: out[start...]), origins: NoOrigins())
            }
            switch outcome {
            case .folded(let count):
                folded.removeLast(room - count)
                return true
            case .invalid:
                folded.removeLast(room)
                return false
            case .overflow:
                folded.removeLast(room)
                room = room * 2 + 64
            }
        }
    }

    /// For each byte of the folding of `utf8` (valid UTF-8), the offset in `utf8` of the scalar that produced it,
    /// then one entry for the end of the last unit (trailing separators excluded).
    static func origins(of utf8: UnsafeBufferPointer<UInt8>) -> [Int32] {
        var room = utf8.count
        while true {
            var out = [UInt8](repeating: 0, count: room)
            var origins = [Int32](repeating: 0, count: room + 1)
            let outcome = out.withUnsafeMutableBufferPointer { out in
                origins.withUnsafeMutableBufferPointer { origins in
                    run(utf8, into: out, origins: OriginBuffer(buffer: origins))
                }
            }
            switch outcome {
            case .folded(let count):
                origins.removeLast(room - count)
                return origins
            case .invalid:
                preconditionFailure("origins of invalid UTF-8")
            case .overflow:
                room = room * 2 + 64
            }
        }
    }

    private static func run<Origins: OriginRecording>(_ utf8: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>,
                                                      origins: Origins) -> FoldingPass<Origins>.Outcome {
        let table = ScalarFoldTable.shared
        return table.entries.withUnsafeBufferPointer { entries in
            table.ascii.withUnsafeBufferPointer { ascii in
                FoldingPass(input: utf8, out: out, origins: origins, entries: entries, long: table.long, ascii: ascii).run()
            }
        }
    }
}
