extension RuleExample {
    /// The labels the example's classifier gives its text, run through the classifiers it depends on.
    public func actualLabels(in ruleSet: RuleSet) -> [String] {
        actualLabels(using: ClassificationPass(ruleSet: ruleSet))
    }

    /// `actualLabels(in:)` with a pass built once for many examples.
    public func actualLabels(using pass: ClassificationPass) -> [String] {
        let article = Article(id: "example", text: text)
        let result = pass.classify(.init(article: article))
        return Set((result.tags[classifier] ?? []).map(\.label)).sorted()
    }

    /// What running an example gave: the labels it expects and the labels its classifier gave.
    public struct Outcome: Sendable {
        public let example: RuleExample
        /// Sorted, as `example.labels` is.
        public let actual: [String]

        public var passed: Bool { actual == example.labels }

        /// Labels the example expects that the classifier did not give, and labels it gave that were not expected.
        public var missing: [String] { example.labels.filter { !actual.contains($0) } }
        public var unexpected: [String] { actual.filter { !example.labels.contains($0) } }
    }

    public func run(using pass: ClassificationPass) -> Outcome {
        Outcome(example: self, actual: actualLabels(using: pass))
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
