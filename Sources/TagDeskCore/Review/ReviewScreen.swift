/// How `tagdesk review` turns an article into text, on arriving at it and on `show`: given by the executable
/// (the terminal screen of `show`), so that the core knows no terminal.
public struct ReviewScreen: Sendable {
    /// What one screen shows.
    public struct Page: Sendable {
        public let article: Article
        public let result: ArticleResult
        public let decisions: DecisionsFile?
        /// The rule set's `language`-role classifier, whose line tags say each line's language.
        public let languageClassifier: String?
        /// The article's review state, as the queue names it (`unreviewed`, `changed`, …).
        public let reviewState: String
        /// The terminal's columns, for wrapping.
        public let width: Int
        /// Whether escape codes may colour the text (a terminal, no `NO_COLOR`, not `TERM=dumb`).
        public let colors: Bool
    }

    public let render: @Sendable (Page) -> String

    public init(render: @escaping @Sendable (Page) -> String) {
        self.render = render
    }

    /// The article's lines, numbered, with no styling: for tests of the core.
    public static let plain = ReviewScreen { page in
        page.article.lines.map { "\($0.number) \($0.text)\n" }.joined()
    }
}
