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

    public func isVisible(_ line: ArticleLine) -> Bool { hiddenLines.isEmpty || !hiddenLines.contains(line.number) }

    /// Whether a classifier reads the line: visible and not blank.
    public func isContent(_ line: ArticleLine) -> Bool { !line.isBlank && isVisible(line) }

    /// The visible, non-blank lines of the article.
    public func contentLines(of article: Article) -> [ArticleLine] {
        article.lines.filter(isContent)
    }

    /// The units a classifier of `scope` labels, each with its visible non-blank lines; units with none are left out.
    public func units(of article: Article, scope: Scope) -> [TextUnit] {
        var units: [TextUnit] = []
        switch scope {
        case .article:
            let lines = contentLines(of: article)
            if !lines.isEmpty { units.append(TextUnit(range: LineRange(1, article.lines.count), lines: lines)) }
        case .paragraph:
            for range in article.paragraphs {  // runs of non-blank lines
                let lines = article.lines[(range.start - 1)..<range.end].filter(isVisible)
                if !lines.isEmpty { units.append(TextUnit(range: range, lines: lines)) }
            }
        case .line:
            units.reserveCapacity(article.lines.count)
            for line in article.lines where isContent(line) {
                units.append(TextUnit(range: LineRange(line: line.number), lines: [line]))
            }
        }
        return units
    }
}

/// One unit of classification: the article, a paragraph or a line, with the lines a classifier may read.
public struct TextUnit: Sendable {
    public let range: LineRange
    public let lines: [ArticleLine]
}
