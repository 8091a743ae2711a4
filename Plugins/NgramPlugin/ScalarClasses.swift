/// What the trigram reader needs of a code point: its class, its script and its lower-case form; looked up once per
/// rule set for the alphabets below U+3000, by range for Han, kana and Hangul, and from the scalar's properties for
/// the rest.
struct ScalarClasses: Sendable {
    enum Kind: UInt32 {
        case other = 0, letter, mark, space
    }

    /// Per code point: lower-case scalar (bits 0–20), kind (21–22), is-lower-case (23), script index + 1 (24–31).
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
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: kind = .letter
        case .nonspacingMark, .spacingMark, .enclosingMark: kind = .mark
        default: kind = properties.isWhitespace ? .space : .other
        }
        var lower = scalar.value
        if properties.changesWhenLowercased, let first = properties.lowercaseMapping.unicodeScalars.first { lower = first.value }
        let script = WritingScript.of(scalar.value).map { UInt32($0.index + 1) } ?? 0
        let isLower: UInt32 = kind == .letter && lower == scalar.value && properties.isLowercase ? 1 : 0
        return lower | kind.rawValue << 21 | isLower << 23 | script << 24
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
        let script = Int(entry >> 24)
        return (Kind(rawValue: entry >> 21 & 3) ?? .other, entry & 0x1F_FFFF, entry >> 23 & 1 == 1, script == 0 ? nil : script - 1)
    }
}
