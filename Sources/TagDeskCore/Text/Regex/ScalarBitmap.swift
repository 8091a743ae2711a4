/// Membership of every scalar below `limit` (ASCII, Latin, Greek, Cyrillic, Arabic, Vietnamese, general
/// punctuation), one bit each: the fast path of `ScalarClass`, and cheap to combine while building one.
struct ScalarBitmap: Sendable {
    static let limit: UInt32 = 0x2100

    private var words: [UInt64]

    /// No scalar.
    init() {
        words = [UInt64](repeating: 0, count: Int(Self.limit / 64))
    }

    /// The scalars below `limit` that satisfy `predicate`.
    init(where predicate: (Unicode.Scalar) -> Bool) {
        self.init()
        for value in 0..<Self.limit {
            if let scalar = Unicode.Scalar(value), predicate(scalar) { insert(value) }
        }
    }

    /// The scalars of `ranges`, as far as they lie below `limit`.
    init(_ ranges: [ClosedRange<UInt32>]) {
        self.init()
        for range in ranges where range.lowerBound < Self.limit {
            for value in range.lowerBound...min(range.upperBound, Self.limit - 1) { insert(value) }
        }
    }

    /// - Precondition: `value < limit`.
    @inline(__always)
    func contains(_ value: UInt32) -> Bool {
        words[Int(value / 64)] & (1 << UInt64(value % 64)) != 0
    }

    mutating func insert(_ value: UInt32) {
        words[Int(value / 64)] |= 1 << UInt64(value % 64)
    }

    mutating func formUnion(_ other: ScalarBitmap) {
        for index in words.indices { words[index] |= other.words[index] }
    }

    /// Every scalar below `limit` that is not in the bitmap.
    func inverted() -> ScalarBitmap {
        var result = self
        for index in words.indices { result.words[index] = ~words[index] }
        return result
    }
}
