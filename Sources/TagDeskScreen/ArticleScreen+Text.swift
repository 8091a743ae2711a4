import LineEditor
import TagDeskCore

extension ArticleScreen {
    /// The numbered text: a gutter (line number, then the boilerplate kind, the line's language when it is not
    /// the article's, or the line a duplicate repeats), then the line, wrapped under the gutter.
    func textLines() -> [Page.Line] {
        let languages = languageClassifier.map { result.otherLanguages(from: $0, in: article) } ?? [:]
        let margins = article.lines.map { margin(of: $0, languages: languages) }
        let numberWidth = String(article.lines.count).count
        let marginWidth = margins.map { DisplayWidth.of($0.text) }.max() ?? 0
        let evidence = evidenceByLine()
        var lines: [Page.Line] = []
        for (line, margin) in zip(article.lines, margins) {
            let hidden = result.boilerplate[line.number] != nil || result.duplicates[line.number] != nil
            var prefix = StyledLine(String(repeating: " ", count: numberWidth - String(line.number).count))
            prefix.append(String(line.number), .dim)
            if marginWidth > 0 {
                prefix.append(" ")
                prefix.append(margin.text, margin.role)
                prefix.append(String(repeating: " ", count: marginWidth - DisplayWidth.of(margin.text)))
            }
            prefix.append(" │ ")
            let continuation = StyledLine(String(repeating: " ", count: prefix.width - 2) + "│ ")
            let body = text(of: line, highlighting: hidden ? [] : evidence[line.number] ?? [], hidden: hidden)
            lines.append(Page.Line(prefix: prefix, continuation: continuation, body: body))
        }
        return lines
    }

    private func margin(of line: ArticleLine, languages: [Int: String]) -> (text: String, role: ScreenStyle.Role?) {
        if let kind = result.boilerplate[line.number] { return (VisibleText.of(kind), .dim) }
        if let original = result.duplicates[line.number] { return ("repeats \(original)", .dim) }
        return languages[line.number].map { (VisibleText.of($0), .language) } ?? ("", nil)
    }

    /// The texts given as evidence on each line, by every classifier.
    private func evidenceByLine() -> [Int: Set<String>] {
        var byLine: [Int: Set<String>] = [:]
        for tags in result.tags.values {
            for tag in tags {
                for evidence in tag.evidence where !evidence.text.isEmpty {
                    byLine[evidence.line, default: []].insert(evidence.text)
                }
            }
        }
        return byLine
    }

    /// The line's visible text, dimmed when classifiers do not see it, with every occurrence of `evidence` highlighted.
    private func text(of line: ArticleLine, highlighting evidence: Set<String>, hidden: Bool) -> StyledLine {
        let text = line.text
        let marked = Self.markedBytes(of: text, evidence)
        var body = StyledLine()
        var runStart = text.startIndex
        var runRole: ScreenStyle.Role? = hidden ? .dim : nil
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(after: index)
            var role = runRole
            if !hidden, !marked.isEmpty {
                let bytes = text.utf8.distance(from: text.startIndex, to: index)..<text.utf8.distance(from: text.startIndex, to: next)
                role = marked[bytes].contains(true) ? .evidence : nil
            }
            let replacement = VisibleText.replacement(for: text[index], atColumn: body.width + DisplayWidth.of(text[runStart..<index]))
            if role != runRole || replacement != nil {
                body.append(String(text[runStart..<index]), runRole)
                runStart = index
                runRole = role
            }
            if let replacement {
                body.append(replacement, role)
                runStart = next
            }
            index = next
        }
        body.append(String(text[runStart...]), runRole)
        return body
    }

    /// For each UTF-8 byte of `text`, whether it is part of an occurrence of one of `evidence`; empty when none is.
    private static func markedBytes(of text: String, _ evidence: Set<String>) -> [Bool] {
        guard !evidence.isEmpty else { return [] }
        let bytes = Array(text.utf8)
        var marked: [Bool] = []
        for needle in evidence.map({ Array($0.utf8) }) where !needle.isEmpty && needle.count <= bytes.count {
            var start = 0
            while start + needle.count <= bytes.count {
                if bytes[start] == needle[0], bytes[start..<start + needle.count].elementsEqual(needle) {
                    if marked.isEmpty { marked = [Bool](repeating: false, count: bytes.count) }
                    for offset in start..<start + needle.count { marked[offset] = true }
                    start += needle.count
                } else {
                    start += 1
                }
            }
        }
        return marked
    }
}
