/// An inclusive range of 1-based physical line numbers, written `[start, end]` in tag files and JSON.
public struct LineRange: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        precondition(start <= end, "line range must not be empty")
        self.start = start
        self.end = end
    }

    public init(line: Int) {
        self.init(line, line)
    }

    public func contains(_ line: Int) -> Bool { start <= line && line <= end }

    public var lines: ClosedRange<Int> { start...end }

    public var description: String { "[\(start), \(end)]" }

    public static func < (lhs: LineRange, rhs: LineRange) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }

    public init(from decoder: any Decoder) throws {
        var container = try decoder.unkeyedContainer()
        let start = try container.decode(Int.self)
        let end = try container.decode(Int.self)
        guard start >= 1, start <= end else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "expected [start, end] with 1 <= start <= end")
        }
        self.init(start, end)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        try container.encode(start)
        try container.encode(end)
    }

    /// Merges line numbers into the fewest sorted inclusive ranges.
    public static func covering<S: Sequence>(_ lines: S) -> [LineRange] where S.Element == Int {
        var ranges: [LineRange] = []
        for line in Set(lines).sorted() {
            if let last = ranges.last, last.end + 1 == line {
                ranges[ranges.count - 1].end = line
            } else {
                ranges.append(LineRange(line: line))
            }
        }
        return ranges
    }
}
