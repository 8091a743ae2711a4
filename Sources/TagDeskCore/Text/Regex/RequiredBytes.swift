import Foundation

/// ASCII bytes that every match of a pattern contains (literals without case variants, such as `/`, `(` or `:`),
/// so that a line lacking one is rejected with `memchr` before the Pike VM runs.
struct RequiredBytes: Sendable {
    private let bytes: [UInt8]

    init(_ node: RegexNode) {
        let (low, high) = Self.mask(of: node)
        bytes = (0..<128).compactMap { value in
            let bit = value < 64 ? low >> UInt64(value) : high >> UInt64(value - 64)
            return bit & 1 != 0 ? UInt8(value) : nil
        }
    }

    /// Whether the line holds every required byte.
    @inline(__always)
    func allPresent(in line: UTF8Line) -> Bool {
        guard let base = line.bytes.baseAddress else { return bytes.isEmpty }
        for byte in bytes where memchr(base, Int32(byte), line.count) == nil { return false }
        return true
    }

    /// The required bytes of `node` as a 128-bit set: a concatenation needs its items' bytes, an alternation only
    /// the bytes all its branches need, a repetition its body's if it repeats at least once.
    private static func mask(of node: RegexNode) -> (UInt64, UInt64) {
        switch node {
        case .scalar(let scalar, let caseInsensitive):
            guard scalar.isASCII, !caseInsensitive || CaseFolding.variants(of: scalar).count == 1 else { return (0, 0) }
            return scalar.value < 64 ? (1 << UInt64(scalar.value), 0) : (0, 1 << UInt64(scalar.value - 64))
        case .concatenation(let items):
            return items.map(mask).reduce((0, 0)) { ($0.0 | $1.0, $0.1 | $1.1) }
        case .alternation(let branches):
            return branches.map(mask).reduce((~0, ~0)) { ($0.0 & $1.0, $0.1 & $1.1) }
        case .repetition(let body, let minimum, _, _):
            return minimum > 0 ? mask(of: body) : (0, 0)
        case .empty, .scalarClass, .anyScalar, .assertion:
            return (0, 0)
        }
    }
}
