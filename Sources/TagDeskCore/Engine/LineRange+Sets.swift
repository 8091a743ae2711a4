/// Set operations on lists of line ranges that never expand a range into its lines, so a range as large as
/// `[1, 1000000000]` costs what `[1, 1]` costs.
extension Array where Element == LineRange {
    /// The same lines as sorted, disjoint ranges with adjacent ones joined.
    public var merged: [LineRange] {
        var result: [LineRange] = []
        for range in sorted() {
            if let last = result.last, range.start <= last.end + 1 {
                result[result.count - 1].end = Swift.max(last.end, range.end)
            } else {
                result.append(range)
            }
        }
        return result
    }

    /// How many lines the ranges cover, each line once.
    public var lineCount: Int { merged.reduce(0) { $0 + $1.end - $1.start + 1 } }

    public func union(_ other: [LineRange]) -> [LineRange] { (self + other).merged }

    public func subtracting(_ other: [LineRange]) -> [LineRange] {
        let cuts = other.merged
        var result: [LineRange] = []
        for range in merged {
            var start = range.start
            for cut in cuts where cut.end >= start && cut.start <= range.end {
                if cut.start > start { result.append(LineRange(start, cut.start - 1)) }
                start = cut.end + 1
            }
            if start <= range.end { result.append(LineRange(start, range.end)) }
        }
        return result
    }

    public func intersects(_ other: [LineRange]) -> Bool {
        contains { range in other.contains { $0.start <= range.end && range.start <= $0.end } }
    }

    public func isSubset(of other: [LineRange]) -> Bool { subtracting(other).isEmpty }
}
