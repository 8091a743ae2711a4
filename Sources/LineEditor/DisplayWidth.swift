/// Terminal column widths: how many cells a character or string occupies on a Unicode-aware terminal.
///
/// Combining marks and other zero-width scalars take no column, East Asian Wide and Fullwidth characters
/// and emoji presentation sequences take two, everything else printable takes one.
public enum DisplayWidth {
    /// The number of columns `character` (one grapheme cluster) occupies.
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if first.value < 0x300, scalars.index(after: scalars.startIndex) == scalars.endIndex { return of(first) }
        if first.properties.isEmojiPresentation { return 2 }
        if first.properties.isEmoji, scalars.contains(variationSelector16) { return 2 }
        var width = 0
        for scalar in scalars {
            width += of(scalar)
        }
        return width
    }

    /// The number of columns `text` occupies when written on one row.
    public static func of(_ text: some StringProtocol) -> Int {
        var width = 0
        for character in text {
            width += of(character)
        }
        return width
    }

    /// The number of columns a single scalar occupies outside of an emoji sequence.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
        if value < 0x300 { return 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control:
            return 0
        default:
            break
        }
        if scalar.properties.isDefaultIgnorableCodePoint { return 0 }
        if hangulMedialAndFinalJamo.contains(where: { $0.contains(value) }) { return 0 }
        if isWide(value) { return 2 }
        return 1
    }

    private static let variationSelector16: Unicode.Scalar = "\u{FE0F}"

    /// Conjoining Hangul vowels and final consonants, drawn inside the cell of the leading consonant.
    private static let hangulMedialAndFinalJamo: [ClosedRange<UInt32>] = [
        0x1160...0x11FF, 0xD7B0...0xD7FF,
    ]

    /// East Asian Wide (W) and Fullwidth (F) blocks, from Unicode's EastAsianWidth.txt, sorted.
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
        0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F,
        0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
        0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x17000...0x18CFF,
        0x1B000...0x1B2FF, 0x1F200...0x1F2FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]

    private static func isWide(_ value: UInt32) -> Bool {
        guard value >= wideRanges[0].lowerBound else { return false }
        var low = 0
        var high = wideRanges.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let range = wideRanges[middle]
            if value < range.lowerBound {
                high = middle - 1
            } else if value > range.upperBound {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }
}
