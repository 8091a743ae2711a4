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

    /// Adds, for each of `keys` whose script is `script`, its gain to each language listing it in `scores` and one
    /// to that language's `hits`; returns how many keys were of that script.
    func score(_ keys: UnsafeBufferPointer<UInt64>, scripts: UnsafeBufferPointer<UInt8>, script: UInt8,
               scores: UnsafeMutableBufferPointer<Float>, hits: UnsafeMutableBufferPointer<Int32>) -> Int {
        var counted = 0
        self.keys.withUnsafeBufferPointer { slots in
            starts.withUnsafeBufferPointer { starts in
                ends.withUnsafeBufferPointer { ends in
                    entries.withUnsafeBufferPointer { entries in
                        let mask = slots.count - 1
                        for index in 0..<keys.count where scripts[index] == script {
                            counted += 1
                            let key = keys[index]
                            var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
                            while true {
                                let found = slots[slot]
                                if found == key {
                                    for entry in entries[Int(starts[slot])..<Int(ends[slot])] {
                                        scores[Int(entry.language)] += entry.gain
                                        hits[Int(entry.language)] += 1
                                    }
                                    break
                                }
                                if found == 0 { break }
                                slot = (slot + 1) & mask
                            }
                        }
                    }
                }
            }
        }
        return counted
    }

    /// The key of a trigram of three scalar values (a space, U+0020, is a word boundary).
    static func key(_ first: UInt32, _ second: UInt32, _ third: UInt32) -> UInt64 {
        UInt64(first) << 42 | UInt64(second) << 21 | UInt64(third)
    }
}
