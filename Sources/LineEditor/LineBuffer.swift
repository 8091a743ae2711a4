/// The text being edited and the cursor, both counted in grapheme clusters (`Character`s).
///
/// Pure editing state with no terminal attached: insertion, deletion, cursor and word moves,
/// kills (which return the removed text) and transposition.
struct LineBuffer: Equatable, Sendable {
    private(set) var characters: [Character]
    /// Offset of the cursor in `characters`, from 0 (before the first) to `characters.count` (at the end).
    private(set) var cursor: Int

    init(_ text: String = "", cursor: Int? = nil) {
        characters = Array(text)
        self.cursor = min(max(cursor ?? characters.count, 0), characters.count)
    }

    var text: String { String(characters) }
    var isEmpty: Bool { characters.isEmpty }
    var isAtEnd: Bool { cursor == characters.count }

    /// Inserts `text` at the cursor and moves the cursor after it. A combining mark typed after a
    /// letter joins that letter's cluster.
    mutating func insert(_ inserted: String) {
        guard !inserted.isEmpty else { return }
        let before = String(characters[..<cursor]) + inserted
        let combined = before + String(characters[cursor...])
        characters = Array(combined)
        cursor = min(before.count, characters.count)
    }

    /// Replaces the characters in `range` with `replacement`, leaving the cursor after the replacement.
    mutating func replace(_ range: Range<Int>, with replacement: String) {
        let clamped = range.clamped(to: 0..<characters.count)
        let before = String(characters[..<clamped.lowerBound]) + replacement
        let combined = before + String(characters[clamped.upperBound...])
        characters = Array(combined)
        cursor = min(before.count, characters.count)
    }

    @discardableResult
    mutating func moveLeft() -> Bool {
        guard cursor > 0 else { return false }
        cursor -= 1
        return true
    }

    @discardableResult
    mutating func moveRight() -> Bool {
        guard cursor < characters.count else { return false }
        cursor += 1
        return true
    }

    @discardableResult
    mutating func moveHome() -> Bool {
        defer { cursor = 0 }
        return cursor != 0
    }

    @discardableResult
    mutating func moveEnd() -> Bool {
        defer { cursor = characters.count }
        return cursor != characters.count
    }

    /// Moves to the start of the current or previous word (letters and digits).
    @discardableResult
    mutating func moveWordLeft() -> Bool {
        let target = wordStartBefore(cursor)
        defer { cursor = target }
        return target != cursor
    }

    /// Moves to the end of the current or next word (letters and digits).
    @discardableResult
    mutating func moveWordRight() -> Bool {
        let target = wordEndAfter(cursor)
        defer { cursor = target }
        return target != cursor
    }

    @discardableResult
    mutating func deleteBackward() -> Bool {
        guard cursor > 0 else { return false }
        characters.remove(at: cursor - 1)
        cursor -= 1
        rejoinClusters()
        return true
    }

    @discardableResult
    mutating func deleteForward() -> Bool {
        guard cursor < characters.count else { return false }
        characters.remove(at: cursor)
        rejoinClusters()
        return true
    }

    /// Removes from the cursor to the end of the line (Ctrl-K) and returns what was removed.
    mutating func killToEnd() -> String {
        remove(cursor..<characters.count)
    }

    /// Removes from the start of the line to the cursor (Ctrl-U) and returns what was removed.
    mutating func killToStart() -> String {
        remove(0..<cursor)
    }

    /// Removes the whitespace-delimited word before the cursor (Ctrl-W) and returns it.
    mutating func killBigWordBackward() -> String {
        var start = cursor
        while start > 0, characters[start - 1].isWhitespace { start -= 1 }
        while start > 0, !characters[start - 1].isWhitespace { start -= 1 }
        return remove(start..<cursor)
    }

    /// Removes from the start of the word before the cursor to the cursor (Alt-Backspace).
    mutating func killWordBackward() -> String {
        remove(wordStartBefore(cursor)..<cursor)
    }

    /// Removes from the cursor to the end of the next word (Alt-D).
    mutating func killWordForward() -> String {
        remove(cursor..<wordEndAfter(cursor))
    }

    /// Swaps the characters around the cursor and moves past them (Ctrl-T); at the end of the line,
    /// swaps the last two characters.
    @discardableResult
    mutating func transpose() -> Bool {
        guard characters.count >= 2, cursor > 0 else { return false }
        let right = min(cursor, characters.count - 1)
        characters.swapAt(right - 1, right)
        cursor = right + 1
        rejoinClusters()
        return true
    }

    private mutating func remove(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        let removed = String(characters[range])
        characters.removeSubrange(range)
        cursor = range.lowerBound
        rejoinClusters()
        return removed
    }

    /// Re-segments after a removal or swap, which can bring together scalars that form one cluster.
    private mutating func rejoinClusters() {
        let before = String(characters[..<cursor])
        let resegmented = Array(before + String(characters[cursor...]))
        guard resegmented.count != characters.count else { return }
        characters = resegmented
        cursor = min(before.count, characters.count)
    }

    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }

    private func wordStartBefore(_ offset: Int) -> Int {
        var index = offset
        while index > 0, !Self.isWordCharacter(characters[index - 1]) { index -= 1 }
        while index > 0, Self.isWordCharacter(characters[index - 1]) { index -= 1 }
        return index
    }

    private func wordEndAfter(_ offset: Int) -> Int {
        var index = offset
        while index < characters.count, !Self.isWordCharacter(characters[index]) { index += 1 }
        while index < characters.count, Self.isWordCharacter(characters[index]) { index += 1 }
        return index
    }
}
