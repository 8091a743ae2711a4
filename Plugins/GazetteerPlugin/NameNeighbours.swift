/// Whether a one-word name stands alone or is one word of a longer proper name: `Đức` in `Nguyễn Minh Đức`,
/// `Mỹ` in `Mỹ Tho`, `Jordan` in `Michael Jordan` are not places.
///
/// A neighbour is the word right before or after, separated by spaces only; it makes a longer name when it is
/// a capitalized word of letters (`Minh`), not a word in capitals throughout (`CHLB Đức`, a headline), nor a
/// word capitalized only because it starts the sentence (`The Japanese`). A name right after a person's title
/// (`M. Hollande`, `chị Nga`) is a person's name too.
enum NameNeighbours {
    static func makeLongerName(around range: Range<String.Index>, in text: String, titles: Set<String>) -> Bool {
        let before = text[..<range.lowerBound]
        let after = text[range.upperBound...]
        if before.last == " " {
            let previous = word(endingAt: before)
            if titles.contains(previous.lowercased()) { return true }
            if isNameWord(previous), !startsSentence(before[..<previous.startIndex]) { return true }
        }
        return after.first == " " && isNameWord(word(startingAt: after))
    }

    private static func word(endingAt text: Substring) -> Substring {
        let head = text[..<(text.lastIndex(where: { $0 != " " }).map { text.index(after: $0) } ?? text.startIndex)]
        return head[(head.lastIndex(of: " ").map { head.index(after: $0) } ?? head.startIndex)...]
    }

    private static func word(startingAt text: Substring) -> Substring {
        let body = text.drop(while: { $0 == " " })
        let word = body.prefix(while: { $0 != " " })
        return word.prefix(while: { !$0.isPunctuation })
    }

    /// Whether a word after `text` starts a sentence: nothing but spaces, or sentence punctuation, before it.
    static func startsSentence(_ text: Substring) -> Bool {
        guard let last = text.last(where: { $0 != " " }) else { return true }
        return ".!?:;…\"“«(–—-".contains(last)
    }

    private static func isNameWord(_ word: Substring) -> Bool {
        guard let first = word.first, first.isUppercase, word.allSatisfy(\.isLetter) else { return false }
        return word.count == 1 || word.dropFirst().contains(where: \.isLowercase)
    }
}
