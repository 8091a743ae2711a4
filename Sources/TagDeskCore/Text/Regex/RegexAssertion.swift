/// A zero-width condition on a position in the line: `^`, `$`, `\b` and their kin, with ICU's meaning.
enum RegexAssertion: Sendable, Equatable {
    /// `^` and `\A`: the start of the line.
    case lineStart
    /// `$` and `\Z`: the end of the line, or just before a line terminator that ends it (as ICU).
    case lineEnd
    /// `\z`: the very end of the line.
    case textEnd
    /// `\b`: between a word scalar and a non-word one, combining marks and format characters ignored (as ICU).
    case wordBoundary
    /// `\B`: anywhere `\b` does not hold.
    case notWordBoundary

    /// Whether the assertion holds at byte offset `position` of `line`.
    func holds(at position: Int, in line: UTF8Line) -> Bool {
        switch self {
        case .lineStart: return position == 0
        case .textEnd: return position == line.count
        case .lineEnd: return Self.isLineEnd(position, in: line)
        case .wordBoundary: return Self.isWordBoundary(position, in: line)
        case .notWordBoundary: return !Self.isWordBoundary(position, in: line)
        }
    }

    /// ICU's line terminators: `\n`, `\v`, `\f`, `\r`, NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR.
    static func isLineTerminator(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (0x0A...0x0D).contains(value) || value == 0x85 || value == 0x2028 || value == 0x2029
    }

    private static func isLineEnd(_ position: Int, in line: UTF8Line) -> Bool {
        let count = line.count
        if position == count { return true }
        let (last, length) = line.scalar(at: position)
        if position + length == count {
            return isLineTerminator(last) && !(last == "\n" && position > 0 && line.bytes[position - 1] == 0x0D)
        }
        return position + 2 == count && last == "\r" && line.bytes[position + 1] == 0x0A
    }

    private static func isWordBoundary(_ position: Int, in line: UTF8Line) -> Bool {
        var currentIsWord = false
        if position < line.count {
            let current = line.scalar(at: position).scalar
            if isTransparent(current) { return false }
            currentIsWord = ScalarProperty.word.contains(current)
        }
        var previousIsWord = false
        var index = position
        while index > 0 {
            index = line.start(before: index)
            let previous = line.scalar(at: index).scalar
            if !isTransparent(previous) {
                previousIsWord = ScalarProperty.word.contains(previous)
                break
            }
        }
        return currentIsWord != previousIsWord
    }

    /// Combining marks and format characters, which `\b` looks through.
    private static func isTransparent(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.value >= 0x80 else { return false }
        let properties = scalar.properties
        return properties.isGraphemeExtend || properties.generalCategory == .format
    }
}
