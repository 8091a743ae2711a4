/// Every profile's trigrams in one open-addressing table, built once per rule set: a trigram's key leads to the
/// languages whose profiles list it, each with what the trigram adds to that language's score.
struct TrigramTable: Sendable {
    /// A language listing a trigram, and its log-probability there minus the floor for unseen trigrams.
    struct Entry: Sendable {
        let language: Int32
        let gain: Float
    }

    private let keys: [UInt64]
    /// Per slot, the start of its entries; the slot's entries end where the next occupied slot's begin.
    private let starts: [Int32]
    private let ends: [Int32]
    private let entries: [Entry]
    private let shift: UInt64

    /// - Parameter profiles: per language, its trigram keys most frequent first.
    init(profiles: [(language: Int, keys: [UInt64])], gain: (Int) -> Float) {
        var byKey: [UInt64: [Entry]] = [:]
        for profile in profiles {
            for (rank, key) in profile.keys.enumerated() {
                byKey[key, default: []].append(Entry(language: Int32(profile.language), gain: gain(rank)))
            }
        }
        var capacity = 16
        var bits: UInt64 = 4
        while capacity < byKey.count * 2 {
            capacity *= 2
            bits += 1
        }
        var keys = [UInt64](repeating: 0, count: capacity)
        var starts = [Int32](repeating: 0, count: capacity)
        var ends = [Int32](repeating: 0, count: capacity)
        var entries: [Entry] = []
        let shift = 64 - bits
        for key in byKey.keys.sorted() {
            var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
            while keys[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            keys[slot] = key
            starts[slot] = Int32(entries.count)
            entries += byKey[key] ?? []
            ends[slot] = Int32(entries.count)
        }
        self.keys = keys
        self.starts = starts
        self.ends = ends
        self.entries = entries
        self.shift = shift
    }

    /// Calls `body` with each language listing the trigram.
    @inline(__always)
    func forEachEntry(of key: UInt64, _ body: (Entry) -> Void) {
        let mask = keys.count - 1
        var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while true {
            let found = keys[slot]
            if found == key {
                for index in Int(starts[slot])..<Int(ends[slot]) { body(entries[index]) }
                return
            }
            if found == 0 { return }
            slot = (slot + 1) & mask
        }
    }

    /// The key of a trigram of three scalar values (a space, U+0020, is a word boundary).
    static func key(_ first: UInt32, _ second: UInt32, _ third: UInt32) -> UInt64 {
        UInt64(first) << 42 | UInt64(second) << 21 | UInt64(third)
    }
}
