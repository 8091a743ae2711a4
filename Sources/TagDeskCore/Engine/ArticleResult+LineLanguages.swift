extension ArticleResult {
    /// The content lines a language classifier tagged with another language than the article's (an
    /// untranslated caption or quote), with that language; boilerplate and repeated lines are left out.
    /// - Parameter classifier: the rule set's `language`-role classifier.
    public func otherLanguages(from classifier: String, in article: Article) -> [Int: String] {
        guard let language else { return [:] }
        var languages: [Int: String] = [:]
        for tag in tags[classifier] ?? [] where tag.label != language {
            for line in (tag.lines ?? []).flatMap(\.lines)
            where languages[line] == nil && boilerplate[line] == nil && duplicates[line] == nil && article.line(line)?.isBlank == false {
                languages[line] = tag.label
            }
        }
        return languages
    }
}
