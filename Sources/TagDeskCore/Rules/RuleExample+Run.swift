extension RuleExample {
    /// The labels the example's classifier gives its text, run through the classifiers it depends on.
    public func actualLabels(in ruleSet: RuleSet) -> [String] {
        let article = Article(id: "example", text: text)
        let result = ClassificationPass(ruleSet: ruleSet).classify(.init(article: article))
        return Set((result.tags[classifier] ?? []).map(\.label)).sorted()
    }
}

extension RuleExample {
    /// The same example with other text, for generated variants (upper case, stripped accents, …).
    public func with(text: String) -> RuleExample {
        var copy = self
        copy.text = text
        return copy
    }
}
