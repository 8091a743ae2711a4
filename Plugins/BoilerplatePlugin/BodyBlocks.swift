/// Where a page's text is: the runs of lines where body lines outweigh the rest. The largest run always counts;
/// another counts from `min_block_words` on, so that a story a video widget or a teaser list cuts in two keeps
/// both halves.
struct BodyBlocks: Sendable {
    /// The runs, in page order, as indices into the page's non-blank lines.
    let ranges: [Range<Int>]

    /// Where a line stands with respect to the blocks.
    enum Position: Equatable {
        case inside
        /// Above the first block, `distance` lines from it (0: just above).
        case before(distance: Int)
        /// Below the last block, `distance` lines from it (0: just below).
        case after(distance: Int)
        case between
    }

    /// Each run is the best-scoring stretch of one maximal run of positive sums (Kadane's maximum subarray,
    /// restarted each time the sum falls to zero); `values` are a body line's words and minus `gap_cost` for the
    /// others.
    init(values: [Int], minBlockWords: Int) {
        var runs: [(sum: Int, range: Range<Int>)] = []
        var best: (sum: Int, range: Range<Int>)?
        var sum = 0
        var start = 0
        for index in values.indices {
            if sum <= 0 {
                if let best { runs.append(best) }
                best = nil
                sum = values[index]
                start = index
            } else {
                sum += values[index]
            }
            if sum > 0, sum > (best?.sum ?? 0) { best = (sum, start..<(index + 1)) }
        }
        if let best { runs.append(best) }
        let largest = runs.indices.max { runs[$0].sum < runs[$1].sum || (runs[$0].sum == runs[$1].sum && $0 < $1) }
        ranges = runs.indices.filter { $0 == largest || runs[$0].sum >= minBlockWords }.map { runs[$0].range }
    }

    var first: Range<Int>? { ranges.first }

    func contains(_ index: Int) -> Bool { ranges.contains { $0.contains(index) } }

    func position(of index: Int) -> Position? {
        guard let first = ranges.first, let last = ranges.last else { return nil }
        if index < first.lowerBound { return .before(distance: first.lowerBound - index - 1) }
        if index >= last.upperBound { return .after(distance: index - last.upperBound) }
        return contains(index) ? .inside : .between
    }
}
