/// One occurrence of a phrase in a `NormalizedText`.
public struct PhraseMatch: Sendable, Hashable {
    /// Index into the phrases array the automaton was built from.
    public let phrase: Int
    /// Byte range in `NormalizedText.bytes`.
    public let range: Range<Int>

    public init(phrase: Int, range: Range<Int>) {
        self.phrase = phrase
        self.range = range
    }
}
