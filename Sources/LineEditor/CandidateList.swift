/// Completion candidates arranged for display: their common prefix, and rows of columns filled
/// top to bottom then left to right (as `ls` and readline list them).
enum CandidateList {
    /// The longest prefix, in characters, that all `candidates` share.
    static func commonPrefix(_ candidates: [String]) -> String {
        guard var prefix = candidates.first.map(Array.init) else { return "" }
        for candidate in candidates.dropFirst() {
            let length = zip(prefix, candidate).prefix(while: { $0 == $1 }).count
            prefix.removeSubrange(length...)
        }
        return String(prefix)
    }

    /// The rows to print for `candidates` on a terminal `columns` wide, each two spaces wider than
    /// the widest candidate, with no trailing spaces.
    static func rows(_ candidates: [String], columns: Int) -> [String] {
        guard !candidates.isEmpty else { return [] }
        let widths = candidates.map { DisplayWidth.of($0) }
        let cellWidth = (widths.max() ?? 0) + 2
        let columnCount = max(1, min(candidates.count, (columns + 2) / cellWidth))
        let rowCount = (candidates.count + columnCount - 1) / columnCount
        return (0..<rowCount).map { row in
            var line = ""
            var index = row
            while index < candidates.count {
                let next = index + rowCount
                line += candidates[index]
                if next < candidates.count {
                    line += String(repeating: " ", count: cellWidth - widths[index])
                }
                index = next
            }
            return line
        }
    }
}
