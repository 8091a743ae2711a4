/// One buffer for folding many texts in turn that are only matched, never mapped back: no allocation per text.
public struct FoldingScratch: Sendable {
    /// The folding of the text given to the last `fold(utf8:)`.
    public private(set) var folded: [UInt8] = []

    public init() {}

    /// Replaces `folded` with the folding of `utf8`, as `Normalizer.normalize` folds it; returns false, with
    /// `folded` empty, if `utf8` is not valid UTF-8.
    public mutating func fold(utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        folded.removeAll(keepingCapacity: true)
        return Normalizer.append(foldingOf: utf8, to: &folded)
    }
}
