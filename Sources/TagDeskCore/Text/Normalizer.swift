/// Folds text for matching, one Unicode scalar at a time, keeping a map back to the original UTF-8 offsets.
///
/// Each scalar is decomposed (NFKD), stripped of combining marks and lowercased, then folded further
/// (đ→d, œ→oe, ß→ss, ى→ي, ة→ه, Arabic-Indic digits→ASCII, …). Letters and digits of any script are word
/// characters; every run of other scalars becomes one space. Format characters (soft hyphen, ZWJ/ZWNJ,
/// bidi marks, BOM) are dropped like combining marks. No space is kept at the start or the end.
public enum Normalizer {
    public static func normalize(_ text: some StringProtocol) -> NormalizedText {
        var folded: [UInt8] = []
        var origins: [Int32] = []
        let range = append(foldingOf: String(text), to: &folded, origins: &origins)
        return NormalizedText(folded: folded, range: range, origins: origins, originsStart: 0)
    }

    /// `normalize(text).string`, which has no leading or trailing space.
    public static func fold(_ text: some StringProtocol) -> String {
        normalize(text).string
    }

    /// Appends the folding of `text` to `folded`, and its origins to `origins` (one more entry than bytes: see
    /// `NormalizedText`); returns where the folding went in `folded` (its origins start at the old `origins.count`).
    static func append(foldingOf text: String, to folded: inout [UInt8], origins: inout [Int32]) -> Range<Int> {
        var text = text
        return text.withUTF8 { utf8 in
            precondition(utf8.count < Int(Int32.max), "text too long for 32-bit offsets")
            let start = folded.count
            let originsStart = origins.count
            var room = utf8.count
            while true {
                folded.append(contentsOf: repeatElement(0, count: room))
                origins.append(contentsOf: repeatElement(0, count: room + 1))
                let outcome = folded.withUnsafeMutableBufferPointer { out in
                    origins.withUnsafeMutableBufferPointer { originsOut in
                        run(utf8, into: UnsafeMutableBufferPointer(rebasing: out[start...]),
                            origins: OriginBuffer(buffer: UnsafeMutableBufferPointer(rebasing: originsOut[originsStart...])))
                    }
                }
                switch outcome {
                case .folded(let count):
                    folded.removeLast(room - count)
                    origins.removeLast(room - count)
                    return start..<folded.count
                case .invalid:
                    preconditionFailure("a String is valid UTF-8")
                case .overflow:
                    folded.removeLast(room)
                    origins.removeLast(room + 1)
                    room = room * 2 + 64
                }
            }
        }
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
