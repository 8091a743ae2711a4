/// The one place `tagdesk review` turns an article into text: the screen it shows on arriving at an article and
/// on `show`.
public enum ReviewScreen {
    /// - Parameters:
    ///   - width: the terminal's columns, for wrapping.
    ///   - colors: whether escape codes may colour the text (a terminal, no `NO_COLOR`, not `TERM=dumb`).
    public static func render(article: Article, result: ArticleResult, decisions: DecisionsFile?, width: Int, colors: Bool) -> String {
        ArticleView(article: article, result: result).render()
    }
}
