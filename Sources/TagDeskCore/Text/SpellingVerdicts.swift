import Synchronization

/// Remembers whether a matched stretch of text is spelled as a name requires, so that each distinct spelling
/// (`anh`, `Anh`, `ảnh`) is compared letter by letter once per run, not at every match. Bounded: it starts
/// over when full, so memory does not grow with the corpus.
public final class SpellingVerdicts: Sendable {
    private struct Key: Hashable {
        let name: Int
        let text: String
    }

    private let verdicts = Mutex<[Key: Bool]>([:])
    private static let capacity = 50_000

    public init() {}

    /// Whether `original`, matched by phrase `name` of an automaton, is spelled as `spelling` requires.
    public func matches(_ spelling: ExactSpelling, name: Int, original: Substring) -> Bool {
        let key = Key(name: name, text: String(original))
        if let known = verdicts.withLock({ $0[key] }) { return known }
        let verdict = spelling.matches(original)
        verdicts.withLock { table in
            if table.count >= Self.capacity { table.removeAll(keepingCapacity: true) }
            table[key] = verdict
        }
        return verdict
    }
}
