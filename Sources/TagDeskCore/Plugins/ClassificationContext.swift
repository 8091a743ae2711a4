/// What a classifier sees of an article besides its text: the lines hidden from it and what earlier classifiers produced.
public struct ClassificationContext: Sendable {
    /// Lines tagged by a boilerplate-role classifier this one depends on; invisible to it.
    public let hiddenLines: Set<Int>
    /// Tags of the classifiers that ran before, by classifier name.
    public let priorTags: [String: [Tag]]
    /// The article's language, once a language-role classifier has run.
    public let language: String?
    /// The line-scoped tags of the language-role classifier, once it has run.
    private let languageTags: [Tag]

    /// `hiddenLines` below `bitmapLimit` as one bit per line number, for the per-line test.
    private let hidden: [UInt64]
    private static let bitmapLimit = 1 << 24

    public init(hiddenLines: Set<Int> = [], priorTags: [String: [Tag]] = [:], language: String? = nil, languageTags: [Tag] = []) {
        self.hiddenLines = hiddenLines
        self.priorTags = priorTags
        self.language = language
        self.languageTags = languageTags.filter { $0.lines != nil }
        var hidden: [UInt64] = []
        for line in hiddenLines where line >= 0 && line < Self.bitmapLimit {
            if line / 64 >= hidden.count { hidden += repeatElement(0, count: line / 64 + 1 - hidden.count) }
            hidden[line / 64] |= 1 << UInt64(line % 64)
        }
        self.hidden = hidden
    }

    /// The language of one line: the language classifier's label for it, else the article's language.
    public func language(ofLine number: Int) -> String? {
        languageTags.first { $0.lines?.contains { $0.contains(number) } == true }?.label ?? language
    }

    public func isVisible(_ line: ArticleLine) -> Bool {
        let number = line.number
        if number >= 0, number / 64 < hidden.count { return hidden[number / 64] & (1 << UInt64(number % 64)) == 0 }
        return hiddenLines.isEmpty || !hiddenLines.contains(number)
    }

    /// Whether a classifier reads the line: visible and not blank.
    public func isContent(_ line: ArticleLine) -> Bool { !line.isBlank && isVisible(line) }

    /// The visible, non-blank lines of the article.
    public func contentLines(of article: Article) -> [ArticleLine] {
        contentLines(article.lines[...])
    }

    /// From this many content lines on, an article with no blank line is read line by line by paragraph classifiers.
    static let linesOfAParagraphlessArticle = 4

    /// The units a classifier of `scope` labels, each with its visible non-blank lines; units with none are left out.
    public func units(of article: Article, scope: Scope) -> [TextUnit] {
        var units: [TextUnit] = []
        switch scope {
        case .article:
            let lines = contentLines(of: article)
            if !lines.isEmpty { units.append(TextUnit(range: LineRange(1, article.lines.count), lines: lines)) }
        case .paragraph where article.paragraphs.count == 1 && contentLines(of: article).count >= Self.linesOfAParagraphlessArticle:
            // No blank line anywhere (as some scraped Arabic articles are): each line is a paragraph.
            return self.units(of: article, scope: .line)
        case .paragraph:
            for range in article.paragraphs {
                let lines = contentLines(article.lines[(range.start - 1)..<range.end])
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

    private func contentLines(_ lines: ArraySlice<ArticleLine>) -> [ArticleLine] {
        var content: [ArticleLine] = []
        content.reserveCapacity(lines.count)
        for line in lines where isContent(line) { content.append(line) }
        return content
    }
}

/// One unit of classification: the article, a paragraph or a line, with the lines a classifier may read.
public struct TextUnit: Sendable {
    public let range: LineRange
    public let lines: [ArticleLine]
}
