import Foundation

extension LineRange {
    /// Line ranges as people type them: `3-5,7`; `nil` when it is not such a list.
    public static func list(_ text: String) -> [LineRange]? {
        var ranges: [LineRange] = []
        for part in text.split(separator: ",") {
            let bounds = part.split(separator: "-", omittingEmptySubsequences: false).map { Int($0.trimmingCharacters(in: .whitespaces)) }
            guard (1...2).contains(bounds.count), let start = bounds.first ?? nil, let end = bounds.last ?? nil,
                  start >= 1, start <= end else { return nil }
            ranges.append(LineRange(start, end))
        }
        return ranges.isEmpty ? nil : ranges
    }
}
