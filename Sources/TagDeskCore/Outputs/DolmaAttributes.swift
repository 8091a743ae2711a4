/// One line of a Dolma attribute file: the tags of one document as
/// `{"id": …, "attributes": {"tagdesk__CLASSIFIER__LABEL": [[start, end, score], …], …}}`, keys sorted.
///
/// Spans are in Unicode code points of the document's `text`, end excluded: the whole text for an
/// article-scoped tag, one span per line range (the lines' text, without their line break) otherwise. Each
/// tag's evidence is under the same key with `__evidence` appended, one span per piece of evidence, cutting
/// exactly its text from `text` (evidence that a plugin shortened with a final `…` spans its whole line).
public enum DolmaAttributes {
    public static let keyPrefix = "tagdesk"

    /// The line for `result`, the classification of `article`, made from the document's `text`; no final newline.
    public static func line(idJSON: String, text: String, article: Article, result: ArticleResult) -> String {
        let lines = LineOffsets(text)
        var attributes: [(key: String, spans: [(Int, Int)], score: Double)] = []
        for (classifier, tags) in result.tags {
            for tag in tags {
                let key = "\(keyPrefix)__\(classifier)__\(tag.label)"
                let spans = tag.lines.map { ranges in
                    ranges.compactMap { range in lines.span(range.start, range.end) }
                } ?? [(0, lines.total)]
                attributes.append((key, spans, tag.score))
                let evidence = tag.evidence.compactMap { evidence -> (Int, Int)? in
                    guard let line = article.line(evidence.line), let span = lines.span(evidence.line, evidence.line) else { return nil }
                    guard let found = Self.codePointRange(of: evidence.text, in: line.text) else {
                        // Evidence shortened with "…" stands for its whole line.
                        return evidence.text.hasSuffix("…") && line.text.hasPrefix(evidence.text.dropLast()) ? span : nil
                    }
                    return (span.0 + found.lowerBound, span.0 + found.upperBound)
                }
                if !evidence.isEmpty { attributes.append((key + "__evidence", evidence.sorted { $0 < $1 }, tag.score)) }
            }
        }
        attributes.sort { $0.key < $1.key }
        var out = "{\"id\": \(idJSON), \"attributes\": {"
        for (index, attribute) in attributes.enumerated() {
            if index > 0 { out += ", " }
            JSONText.string(attribute.key, into: &out)
            out += ": ["
            for (spanIndex, span) in attribute.spans.enumerated() {
                if spanIndex > 0 { out += ", " }
                out += "[\(span.0), \(span.1), "
                YAMLText.number(attribute.score, into: &out)
                out += "]"
            }
            out += "]"
        }
        out += "}}"
        return out
    }

    /// Where `needle` first occurs in `line`, byte for byte, in code points.
    static func codePointRange(of needle: String, in line: String) -> Range<Int>? {
        let haystack = Array(line.utf8)
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty, pattern.count <= haystack.count else { return nil }
        for start in 0...(haystack.count - pattern.count) where haystack[start] == pattern[0] {
            guard haystack[start..<start + pattern.count].elementsEqual(pattern) else { continue }
            let before = LineOffsets.codePoints(haystack[..<start])
            return before..<before + LineOffsets.codePoints(pattern[...])
        }
        return nil
    }
}

/// The code-point offsets of each line of a text, split as `Article` splits it (at `\n`, without a `\r` before it).
struct LineOffsets {
    /// Start and end (excluded, before the line break) of each line, 1-based line `n` at index `n - 1`.
    private let lines: [(Int, Int)]
    /// Code points in the whole text.
    let total: Int

    init(_ text: String) {
        var text = text
        var start = 0
        var previous: UInt8 = 0
        var total = 0
        var lines: [(Int, Int)] = []
        text.withUTF8 { bytes in
            for byte in bytes {
                if byte == 0x0A {
                    lines.append((start, previous == 0x0D ? total - 1 : total))
                    start = total + 1
                }
                if byte & 0xC0 != 0x80 { total += 1 }
                previous = byte
            }
        }
        if start < total { lines.append((start, previous == 0x0D ? total - 1 : total)) }
        self.lines = lines
        self.total = total
    }

    /// From the start of line `first` to the end of line `last`.
    func span(_ first: Int, _ last: Int) -> (Int, Int)? {
        guard first >= 1, last <= lines.count, first <= last else { return nil }
        return (lines[first - 1].0, lines[last - 1].1)
    }

    static func codePoints(_ bytes: ArraySlice<UInt8>) -> Int {
        bytes.reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) }
    }
}
