import Foundation

/// Incremental search through history (Ctrl-R backward, Ctrl-S forward), in the manner of readline's
/// i-search: each typed character narrows the query, repeating the key finds the next older or newer match.
struct HistorySearch: Sendable {
    enum Direction: Sendable {
        case backward
        case forward
    }

    /// A history line containing the query, and the offset (in characters) where the query starts in it.
    struct Match: Equatable, Sendable {
        let index: Int
        let offset: Int
    }

    let lines: [String]
    /// The history position the search started from; `lines.count` stands for the line being edited.
    let startIndex: Int
    private(set) var query = ""
    private(set) var direction: Direction
    private(set) var match: Match?
    private(set) var failed = false

    init(lines: [String], startIndex: Int, direction: Direction) {
        self.lines = lines
        self.startIndex = startIndex
        self.direction = direction
    }

    var matchedLine: String? { match.map { lines[$0.index] } }

    /// The prompt shown while searching, such as "(reverse-i-search)`min': ".
    var prompt: String {
        let name = direction == .backward ? "reverse-i-search" : "i-search"
        return "(\(failed ? "failed " : "")\(name))`\(query)': "
    }

    mutating func append(_ text: String) {
        query += text
        let from = match?.index ?? firstIndex(for: direction)
        find(from: from, skipping: nil)
    }

    /// Removes the last character of the query; the current match stays if it still matches.
    mutating func deleteLast() {
        guard !query.isEmpty else { return }
        query.removeLast()
        guard !query.isEmpty else {
            match = nil
            failed = false
            return
        }
        find(from: match?.index ?? firstIndex(for: direction), skipping: nil)
    }

    /// Looks for the next match in `newDirection`, skipping lines equal to the current match.
    mutating func repeatSearch(_ newDirection: Direction) {
        direction = newDirection
        guard !query.isEmpty else { return }
        let from: Int
        if let match {
            from = match.index + (newDirection == .backward ? -1 : 1)
        } else {
            from = firstIndex(for: newDirection)
        }
        find(from: from, skipping: matchedLine)
    }

    private func firstIndex(for direction: Direction) -> Int {
        direction == .backward ? startIndex - 1 : startIndex + 1
    }

    private mutating func find(from start: Int, skipping skipped: String?) {
        let step = direction == .backward ? -1 : 1
        var index = start
        while index >= 0, index < lines.count {
            let line = lines[index]
            if line != skipped,
               let range = line.range(of: query, options: direction == .backward ? .backwards : []) {
                match = Match(index: index, offset: line[..<range.lowerBound].count)
                failed = false
                return
            }
            index += step
        }
        failed = true
    }
}
