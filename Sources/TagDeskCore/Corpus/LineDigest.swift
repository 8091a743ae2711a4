/// A short digest of one line's text, as decisions record it to find the judged line again after an edit.
public enum LineDigest {
    /// The first 12 hex digits of the SHA-256 of the line's UTF-8 bytes, without its line ending.
    public static func of(_ text: String) -> String {
        ContentDigest.sha256(text.utf8, hexDigits: 12)
    }

    /// The anchors of `ranges` in `article`, one per line, or `nil` if a range leaves the article.
    public static func anchors(of ranges: [LineRange], in article: Article) -> [String]? {
        var digests: [String] = []
        for range in ranges {
            guard range.end <= article.lines.count else { return nil }
            for number in range.lines { digests.append(of(article.lines[number - 1].text)) }
        }
        return digests
    }
}
