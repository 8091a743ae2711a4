import TagDeskCore

/// A Unicode script a language is written in, as rule files name it (`Latin`, `Arabic`, `Han`, …); the script
/// of a letter comes from its code point's block.
public enum WritingScript: String, CaseIterable, Decodable, Sendable {
    case latin = "Latin", greek = "Greek", cyrillic = "Cyrillic", armenian = "Armenian", hebrew = "Hebrew"
    case arabic = "Arabic", devanagari = "Devanagari", bengali = "Bengali", gurmukhi = "Gurmukhi"
    case gujarati = "Gujarati", oriya = "Oriya", tamil = "Tamil", telugu = "Telugu", kannada = "Kannada"
    case malayalam = "Malayalam", sinhala = "Sinhala", thai = "Thai", lao = "Lao", tibetan = "Tibetan"
    case myanmar = "Myanmar", georgian = "Georgian", hangul = "Hangul", ethiopic = "Ethiopic", khmer = "Khmer"
    case mongolian = "Mongolian", hiragana = "Hiragana", katakana = "Katakana", han = "Han"

    public init(from decoder: any Decoder) throws {
        self = try decodeEnumCase(from: decoder, what: "script")
    }

    /// Position in `allCases`, for per-script counters.
    var index: Int { Self.allCases.firstIndex(of: self) ?? 0 }

    /// First code point of each block, its script (`nil`: no script of ours), in ascending order.
    private static let blocks: [(start: UInt32, script: WritingScript?)] = [
        (0x0000, nil), (0x0041, .latin), (0x005B, nil), (0x0061, .latin), (0x007B, nil), (0x00AA, .latin), (0x00AB, nil),
        (0x00BA, .latin), (0x00BB, nil), (0x00C0, .latin), (0x02B0, nil), (0x0370, .greek), (0x0400, .cyrillic),
        (0x0530, .armenian), (0x0590, .hebrew), (0x0600, .arabic), (0x0700, nil), (0x0750, .arabic), (0x0780, nil),
        (0x08A0, .arabic), (0x0900, .devanagari), (0x0980, .bengali), (0x0A00, .gurmukhi), (0x0A80, .gujarati),
        (0x0B00, .oriya), (0x0B80, .tamil), (0x0C00, .telugu), (0x0C80, .kannada), (0x0D00, .malayalam),
        (0x0D80, .sinhala), (0x0E00, .thai), (0x0E80, .lao), (0x0F00, .tibetan), (0x1000, .myanmar),
        (0x10A0, .georgian), (0x1100, .hangul), (0x1200, .ethiopic), (0x1380, nil), (0x1780, .khmer),
        (0x1800, .mongolian), (0x18B0, nil), (0x19E0, .khmer), (0x1A00, nil), (0x1C80, .cyrillic), (0x1C90, .georgian),
        (0x1CC0, nil), (0x1E00, .latin), (0x1F00, .greek), (0x2000, nil), (0x2C60, .latin), (0x2C80, nil),
        (0x2DE0, .cyrillic), (0x2E00, nil), (0x3005, .han), (0x3006, nil), (0x3040, .hiragana), (0x30A0, .katakana),
        (0x3100, nil), (0x3130, .hangul), (0x3190, nil), (0x31F0, .katakana), (0x3200, nil), (0x3400, .han),
        (0x4DC0, nil), (0x4E00, .han), (0xA000, nil), (0xA640, .cyrillic), (0xA6A0, nil), (0xA720, .latin),
        (0xA800, nil), (0xAC00, .hangul), (0xD7B0, nil), (0xF900, .han), (0xFB00, .latin), (0xFB07, nil),
        (0xFB1D, .hebrew), (0xFB50, .arabic), (0xFE00, nil), (0xFE70, .arabic), (0xFF00, nil), (0xFF21, .latin),
        (0xFF3B, nil), (0xFF41, .latin), (0xFF5B, nil), (0xFF66, .katakana), (0xFFA0, nil), (0x20000, .han),
        (0x40000, nil),
    ]

    /// The script of a letter or mark; `nil` for one outside the scripts above (combining marks of U+0300…U+036F
    /// included: they belong to the letter before them).
    static func of(_ value: UInt32) -> WritingScript? {
        if value < 0x80 { return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A ? .latin : nil }
        var low = 0
        var high = blocks.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if blocks[middle].start <= value { low = middle } else { high = middle - 1 }
        }
        return blocks[low].script
    }
}
