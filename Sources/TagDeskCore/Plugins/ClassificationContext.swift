/// What a classifier sees of an article besides its text: the lines hidden from it and what earlier classifiers produced.
public struct ClassificationContext: Sendable {
    /// Lines tagged by a boilerplate-role classifier this one depends on; invisible to it.
    public let hiddenLines: Set<Int>
    /// Tags of the classifiers that ran before, by classifier name.
    public let priorTags: [String: [Tag]]
    /// The article's language, once a language-role classifier has run.
    public let language: String?

    public init(hiddenLines: Set<Int> = [], priorTags: [String: [Tag]] = [:], language: String? = nil) {
        self.hiddenLines = hiddenLines
        self.priorTags = priorTags
        self.language = language
    }

    public func isVisible(_ line: ArticleLine) -> Bool { !hiddenLines.contains(line.number) }

    /// The visible, non-blank lines of the article.
    public func contentLines(of article: Article) -> [ArticleLine] {
        article.lines.filter { !$0.isBlank && isVisible($0) }
    }

    /// The units a classifier of `scope` labels, each with its visible non-blank lines; units with none are left out.
    public func units(of article: Article, scope: Scope) -> [TextUnit] {
        let ranges: [LineRange]
        switch scope {
        case .article: ranges = article.lines.isEmpty ? [] : [LineRange(1, article.lines.count)]
        case .paragraph: ranges = article.paragraphs
        case .line: ranges = article.lines.filter { !$0.isBlank }.map { LineRange(line: $0.number) }
        }
        return ranges.compactMap { range in
            let lines = range.lines.compactMap(article.line).filter { !$0.isBlank && isVisible($0) }
            return lines.isEmpty ? nil : TextUnit(range: range, lines: lines)
        }
    }
}

/// One unit of classification: the article, a paragraph or a line, with the lines a classifier may read.
public struct TextUnit: Sendable {
    public let range: LineRange
    public let lines: [ArticleLine]
}
