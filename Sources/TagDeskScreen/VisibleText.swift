import LineEditor

/// Text from an article made safe to print on a terminal: control characters become visible symbols
/// (U+2400 control pictures, U+FFFD for C1 controls) so no byte of an article can move the cursor or
/// change colours; everything else, right-to-left text and its marks included, is kept as it is.
enum VisibleText {
    /// Tab stops, in columns, of an article line.
    static let tabWidth = 8

    /// `text` with its control characters made visible and each tab a single space.
    static func of(_ text: some StringProtocol) -> String {
        var out = ""
        for character in text {
            out += character == "\t" ? " " : visible(character)
        }
        return out
    }

    /// An article line: control characters made visible and tabs expanded to the next tab stop.
    /// - Returns: one string per character of `text`, in order (so positions found in `text` still apply).
    static func cells(ofLine text: String) -> [String] {
        var cells: [String] = []
        var column = 0
        for character in text {
            let shown = character == "\t" ? String(repeating: " ", count: tabWidth - column % tabWidth) : visible(character)
            column += DisplayWidth.of(shown)
            cells.append(shown)
        }
        return cells
    }

    private static func visible(_ character: Character) -> String {
        guard character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first else { return String(character) }
        switch scalar.value {
        case 0x00..<0x20: return Unicode.Scalar(0x2400 + scalar.value).map(String.init) ?? "\u{FFFD}"
        case 0x7F: return "\u{2421}"
        case 0x80..<0xA0: return "\u{FFFD}"
        default: return String(character)
        }
    }
}
