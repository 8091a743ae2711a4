import TagDeskCore

/// One article as a person reviews it (`tagdesk show`, `tagdesk review`): a header, every classifier's tags
/// with their source (rules, or who decided and when), the findings and the moderation decision, then the
/// numbered text with boilerplate dimmed, lines in another language marked and the evidence highlighted.
///
/// A pure function of its inputs: the same inputs, width and style give the same bytes.
public struct ArticleScreen: Sendable {
    /// Where the article is in a review queue: `position` (1-based) of `count`.
    public struct Place: Sendable, Hashable {
        public let position: Int
        public let count: Int

        public init(position: Int, count: Int) {
            self.position = position
            self.count = count
        }
    }

    public let article: Article
    public let result: ArticleResult
    /// The decisions of the article's decisions file, in file order: who, when and why for human tags, and the
    /// labels a person removed.
    public let decisions: [HumanDecision]
    /// The classifier whose line tags give each line's language (the rule set's `language`-role classifier).
    public let languageClassifier: String?
    /// The article's review state, as the review queue names it (`unreviewed`, `changed`, …).
    public var reviewState: String?
    public var place: Place?

    public init(article: Article, result: ArticleResult, decisions: [HumanDecision] = [],
                languageClassifier: String? = nil, reviewState: String? = nil, place: Place? = nil) {
        self.article = article
        self.result = result
        self.decisions = decisions
        self.languageClassifier = languageClassifier
        self.reviewState = reviewState
        self.place = place
    }

    /// The whole screen, rows at most `width` columns wide (as long as the text needs when `nil`), each ending in a newline.
    public func render(width: Int?, style: ScreenStyle) -> String {
        var out = ""
        let page = Page(width: width, style: style)
        page.write(header(), into: &out)
        out += "\n"
        page.write(tagLines(), into: &out)
        page.write(findingLines(), into: &out)
        page.write(decisionLines(), into: &out)
        out += "\n"
        page.write(textLines(), into: &out)
        return out
    }

    /// The same information as one JSON document (`show --format json`), in the JSON report's article encoding.
    /// - Throws: `ReportError` when a score is not a finite number.
    public func json() throws(ReportError) -> String {
        try JSONReporter.articleDocument(result, article: article, decisions: decisions, languageClassifier: languageClassifier)
    }

    private func header() -> [Page.Line] {
        var title = StyledLine(VisibleText.of(result.id), .heading)
        if let place { title.append("  \(place.position) of \(place.count)") }
        if let reviewState { title.append("  review: "); title.append(reviewState, .human) }
        let details = StyledLine("language \(result.language ?? "unknown")  source \(VisibleText.of(result.path))  sha256 \(result.sha256.prefix(12))")
        return [Page.Line(body: title, hanging: 2), Page.Line(body: details, hanging: 2)]
    }
}
