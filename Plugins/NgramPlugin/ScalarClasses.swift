/// What the trigram reader needs of a code point: its class, its script and its lower-case form; looked up once per
/// rule set for the alphabets below U+3000, by range for Han, kana and Hangul, and from the scalar's properties for
/// the rest.
struct ScalarClasses: Sendable {
    enum Kind: UInt32 {
        case other = 0, letter, mark, space
        /// Optional inside a word and left out of it: Arabic short vowels and tatweel (writers mostly omit them).
        case ignored
    }

    /// Per code point: lower-case scalar (bits 0–20), kind (21–22; bit 31 for `ignored`), is-lower-case (23), script
    /// index + 1 (24–30).
    private let table: [UInt32]
    private static let tableSize = 0x3000

    init() {
        var table = [UInt32](repeating: 0, count: Self.tableSize)
        for value in 0..<UInt32(Self.tableSize) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            table[Int(value)] = Self.describe(scalar)
        }
        self.table = table
    }

    private static func describe(_ scalar: Unicode.Scalar) -> UInt32 {
        let properties = scalar.properties
        let kind: Kind
        switch properties.generalCategory {
        case _ where (0x064B...0x065F).contains(scalar.value) || scalar.value == 0x0670 || scalar.value == 0x0640: kind = .ignored
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: kind = .letter
        case .nonspacingMark, .spacingMark, .enclosingMark: kind = .mark
        default: kind = properties.isWhitespace ? .space : .other
        }
        var lower = scalar.value
        if properties.changesWhenLowercased, let first = properties.lowercaseMapping.unicodeScalars.first { lower = first.value }
        let script = WritingScript.of(scalar.value).map { UInt32($0.index + 1) } ?? 0
        let isLower: UInt32 = kind == .letter && lower == scalar.value && properties.isLowercase ? 1 : 0
        return kind == .ignored ? 1 << 31 : lower | kind.rawValue << 21 | isLower << 23 | script << 24
    }

    /// The kind, lower-case form, whether it is a lower-case letter, and script index (`nil`: none of ours).
    @inline(__always)
    func describe(_ value: UInt32) -> (kind: Kind, lower: UInt32, isLower: Bool, script: Int?) {
        let entry: UInt32
        if value < Self.tableSize {
            entry = table[Int(value)]
        } else if (value >= 0x4E00 && value <= 0x9FFF) || (value >= 0x3400 && value <= 0x4DBF) {
            entry = value | Kind.letter.rawValue << 21 | UInt32(WritingScript.han.index + 1) << 24
        } else if value >= 0xAC00 && value <= 0xD7A3 {
            entry = value | Kind.letter.rawValue << 21 | UInt32(WritingScript.hangul.index + 1) << 24
        } else {
            entry = Self.describe(Unicode.Scalar(value) ?? " ")
        }
        if entry >> 31 == 1 { return (.ignored, value, false, nil) }
        let script = Int(entry >> 24 & 0x7F)
        return (Kind(rawValue: entry >> 21 & 3) ?? .other, entry & 0x1F_FFFF, entry >> 23 & 1 == 1, script == 0 ? nil : script - 1)
    }
}
