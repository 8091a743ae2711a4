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

extension Array where Element == PhraseMatch {
    /// The matches not inside a longer match, in text order (by start, then end): where phrases overlap, the
    /// longest wins (`Lào Cai` over `Lào`, `Union des organisations d'amitié` over `amitié`).
    public func outermost() -> [PhraseMatch] {
        let ordered = sorted { ($0.range.lowerBound, $0.range.upperBound, $0.phrase) < ($1.range.lowerBound, $1.range.upperBound, $1.phrase) }
        guard ordered.count > 1 else { return ordered }
        return ordered.filter { match in
            !ordered.contains { other in
                other.range.count > match.range.count && other.range.lowerBound <= match.range.lowerBound
                    && other.range.upperBound >= match.range.upperBound
            }
        }
    }
}
