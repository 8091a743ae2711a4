import Foundation

/// What the example plugin finds in an article: lines that ask a question (`question`) and lines that quote
/// someone (`quote`), each with its evidence.
struct ExampleTagger {
    /// Quotation marks that open a quote, with the mark that closes it.
    private static let quotes: [(open: Character, close: Character)] = [("“", "”"), ("«", "»"), ("\"", "\"")]

    /// The tags for the lines (`n`, `text`), as the protocol's `tags` array.
    func tags(for lines: [(number: Int, text: String)]) -> [[String: Any]] {
        var found: [String: (lines: [Int], evidence: [[String: Any]])] = [:]
        for (number, text) in lines {
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if trimmed.hasSuffix("?") {
                found["question", default: ([], [])].lines.append(number)
                found["question"]?.evidence.append(["line": number, "text": String(trimmed.suffix(60))])
            }
            if let quoted = Self.quotation(in: trimmed) {
                found["quote", default: ([], [])].lines.append(number)
                found["quote"]?.evidence.append(["line": number, "text": quoted])
            }
        }
        return found.keys.sorted().map { label in
            ["label": label, "score": 1.0, "lines": found[label]?.lines ?? [], "evidence": found[label]?.evidence ?? []]
        }
    }

    /// The first quotation of at least three words in `text`, marks included.
    private static func quotation(in text: String) -> String? {
        for (open, close) in quotes {
            guard let start = text.firstIndex(of: open) else { continue }
            let after = text.index(after: start)
            guard let end = text[after...].firstIndex(of: close) else { continue }
            let inside = text[after..<end]
            if inside.split(separator: " ").count >= 3 { return String(text[start...end]) }
        }
        return nil
    }
}
