import Foundation

/// `ScalarFolding` precomputed for every scalar below `limit` (Latin, Greek, Cyrillic, Arabic, Vietnamese,
/// punctuation, letterlike symbols), packed into one flat immutable array so the normalizer never allocates for them.
struct ScalarFoldTable: Sendable {
    static let limit: UInt32 = 0x2190
    static let shared = ScalarFoldTable()

    /// Tags in the low byte of an entry. Tags 1...3 are inline word bytes, held in the three upper bytes.
    static let droppedTag: UInt32 = 0
    static let separatorTag: UInt32 = 4
    static let longTag: UInt32 = 5

    /// One entry per scalar value below `limit`.
    let entries: [UInt32]
    /// Foldings that do not fit inline; a `longTag` entry holds the index here in its upper 24 bits.
    let long: [[UInt8]]
    /// The folded byte of each ASCII byte, a space for separators (no ASCII scalar is dropped or expands).
    let ascii: [UInt8]

    private init() {
        var entries = [UInt32](repeating: Self.separatorTag, count: Int(Self.limit))
        var long: [[UInt8]] = []
        for (scalar, decomposition) in Self.decompositions() {
            let value = scalar.value
            switch ScalarFolding(scalar, decomposition: decomposition) {
            case .dropped:
                entries[Int(value)] = Self.droppedTag
            case .separator:
                entries[Int(value)] = Self.separatorTag
            case .word(let bytes) where bytes.count <= 3:
                var entry = UInt32(bytes.count)
                for (index, byte) in bytes.enumerated() {
                    entry |= UInt32(byte) << (8 * UInt32(index + 1))
                }
                entries[Int(value)] = entry
            case .word(let bytes), .mixed(let bytes):
                entries[Int(value)] = Self.longTag | UInt32(long.count) << 8
                long.append(bytes)
            }
        }
        self.ascii = entries.prefix(0x80).map { $0 & 0xFF == 1 ? UInt8(truncatingIfNeeded: $0 >> 8) : 0x20 }
        self.entries = entries
        self.long = long
    }

    /// Every scalar below `limit` with its NFKD decomposition, from one decomposition of all of them: a newline
    /// between two scalars keeps canonical reordering from moving marks across, and no decomposition holds one.
    private static func decompositions() -> [(Unicode.Scalar, Substring.UnicodeScalarView)] {
        let scalars = (0..<limit).compactMap(Unicode.Scalar.init).filter { $0 != "\n" }
        var joined = String.UnicodeScalarView()
        for scalar in scalars {
            joined.append(scalar)
            joined.append("\n")
        }
        let decomposed = String(joined).decomposedStringWithCompatibilityMapping.unicodeScalars
        let parts = decomposed.split(separator: "\n", omittingEmptySubsequences: false)
        precondition(parts.count == scalars.count + 1, "a decomposition holds a newline")
        return Array(zip(scalars, parts)) + [("\n", "\n".unicodeScalars[...])]
    }
}
