/// Text from an article made safe to print on a terminal: control characters become visible symbols
/// (U+2400 control pictures, U+FFFD for C1 controls) so no byte of an article can move the cursor or
/// change colours; everything else, right-to-left text and its marks included, is kept as it is.
enum VisibleText {
    /// Tab stops, in columns, of an article line.
    static let tabWidth = 8

    /// `text` with its control characters made visible and each tab a single space.
    static func of(_ text: some StringProtocol) -> String {
        guard text.utf8.contains(where: mayBeControl) else { return String(text) }
        var out = ""
        for character in text {
            out += character == "\t" ? " " : replacement(for: character, atColumn: 0) ?? String(character)
        }
        return out
    }

    /// What stands for `character` on the screen, `nil` when it is shown as it is: a tab becomes spaces up to
    /// the next tab stop after `column`, a control character its symbol.
    static func replacement(for character: Character, atColumn column: @autoclosure () -> Int) -> String? {
        guard character.utf8.count <= 2, let first = character.utf8.first, mayBeControl(first),
              character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first else { return nil }
        switch scalar.value {
        case 0x09: return String(repeating: " ", count: tabWidth - column() % tabWidth)
        case 0x00..<0x20: return Unicode.Scalar(0x2400 + scalar.value).map(String.init) ?? "\u{FFFD}"
        case 0x7F: return "\u{2421}"
        case 0x80..<0xA0: return "\u{FFFD}"
        default: return nil
        }
    }

    /// The first UTF-8 byte of a C0 control, DEL, or a scalar from U+0080 to U+00BF (C1 controls among them).
    static func mayBeControl(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x7F || byte == 0xC2
    }
}
