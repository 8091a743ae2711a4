import Synchronization

/// The origins of the text last mapped back to its original, shared by the texts of one buffer: an article's
/// evidence is taken line by line, several matches per line, so each line's origins are computed once.
final class OriginCache: Sendable {
    /// Which text of the buffer: its range there and its source's length (all that decides an empty text's origins).
    struct Key: Equatable {
        let range: Range<Int>
        let sourceCount: Int
    }

    private let last = Mutex<(key: Key, origins: [Int32])?>(nil)

    func origins(for key: Key, compute: () -> [Int32]) -> [Int32] {
        if let hit = last.withLock({ $0?.key == key ? $0?.origins : nil }) { return hit }
        let origins = compute()
        last.withLock { $0 = (key, origins) }
        return origins
    }
}
