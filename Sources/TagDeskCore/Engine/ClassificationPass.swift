/// Runs a rule set over articles: classifiers in dependency order, each over every article in parallel,
/// collecting corpus-wide facts first where a plugin asks for them. Never prints, never writes.
public struct ClassificationPass: Sendable {
    /// One article to classify, the checked human decisions about it, and findings from checking them.
    public struct Input: Sendable {
        public let article: Article
        public let decisions: [HumanDecision]
        public let findings: [Finding]

        public init(article: Article, decisions: [HumanDecision] = [], findings: [Finding] = []) {
            self.article = article
            self.decisions = decisions
            self.findings = findings
        }
    }

    /// Results in input order, and the facts each collecting classifier gathered (for re-classifying one article later).
    public struct Outcome: Sendable {
        public let results: [ArticleResult]
        public let facts: [String: ClassifierFacts]
    }

    public let ruleSet: RuleSet
    /// For each classifier, the boilerplate-role classifiers it depends on: their lines are hidden from it.
    private let maskedBy: [String: [String]]

    public init(ruleSet: RuleSet) {
        self.ruleSet = ruleSet
        var maskedBy: [String: [String]] = [:]
        for classifier in ruleSet.classifiers {
            maskedBy[classifier.name] = ruleSet.dependencies(of: classifier.name)
                .filter { ruleSet.classifier(named: $0)?.role == .boilerplate }.sorted()
        }
        self.maskedBy = maskedBy
    }

    /// Classifies every input; `progress` receives the number of finished (article, classifier) steps.
    public func run(_ inputs: [Input], progress: (@Sendable (Int, Int) -> Void)? = nil) -> Outcome {
        var results = inputs.map(start)
        var allFacts: [String: ClassifierFacts] = [:]
        let total = inputs.count * ruleSet.classifiers.count
        for (step, classifier) in ruleSet.classifiers.enumerated() {
            let current = results
            let contexts = parallelMap(inputs.count) { context(for: classifier, result: current[$0]) }
            var facts = classifier.makeFacts()
            if classifier.collects {
                let collected = parallelMap(inputs.count) { classifier.collect(inputs[$0].article, context: contexts[$0]) }
                facts = collected.reduce(facts, classifier.merge)
                allFacts[classifier.name] = facts
            }
            let stageFacts = facts
            results = parallelMap(inputs.count) { index in
                var result = current[index]
                record(classifier, on: inputs[index], context: contexts[index], facts: stageFacts, into: &result)
                return result
            }
            progress?((step + 1) * inputs.count, total)
        }
        return Outcome(results: zip(results, inputs).map { Self.finish($0, article: $1.article) }, facts: allFacts)
    }

    /// Classifies one article alone with facts from an earlier `run` (as the review REPL does after an edit).
    public func classify(_ input: Input, facts: [String: ClassifierFacts] = [:]) -> ArticleResult {
        var result = start(input)
        for classifier in ruleSet.classifiers {
            let context = context(for: classifier, result: result)
            let classifierFacts = facts[classifier.name]
                ?? (classifier.collects ? classifier.collect(input.article, context: context) : classifier.makeFacts())
            record(classifier, on: input, context: context, facts: classifierFacts, into: &result)
        }
        return Self.finish(result, article: input.article)
    }

    private func start(_ input: Input) -> ArticleResult {
        let article = input.article
        let findings = (article.problem.map { [$0.finding] } ?? []) + input.findings
        return ArticleResult(id: article.id, path: article.path, sha256: article.sha256, findings: findings)
    }

    private func context(for classifier: Classifier, result: ArticleResult) -> ClassificationContext {
        var hidden: Set<Int> = []
        for name in maskedBy[classifier.name] ?? [] {
            for tag in result.tags[name] ?? [] { hidden.formUnion(tag.lines?.flatMap { Array($0.lines) } ?? []) }
        }
        return ClassificationContext(hiddenLines: hidden, priorTags: result.tags, language: result.language)
    }

    private func record(_ classifier: Classifier, on input: Input, context: ClassificationContext,
                        facts: ClassifierFacts, into result: inout ArticleResult) {
        let ruleTags = classifier.classify(input.article, context: context, facts: facts)
        let (tags, findings) = HumanDecision.apply(input.decisions, to: ruleTags, classifier: classifier)
        result.tags[classifier.name] = tags
        result.findings += findings
        switch classifier.role {
        case .boilerplate:
            for tag in tags {
                for line in tag.lines?.flatMap({ Array($0.lines) }) ?? [] where result.boilerplate[line] == nil {
                    result.boilerplate[line] = tag.label
                }
            }
        case .language:
            result.language = Self.dominantLabel(tags, article: input.article, hidden: result.boilerplateLines)
        case nil:
            break
        }
    }

    /// The label of an article-scoped tag with the best score, or of the line-scoped tag covering the most visible text.
    static func dominantLabel(_ tags: [Tag], article: Article, hidden: Set<Int>) -> String? {
        func weight(_ tag: Tag) -> Double {
            guard let lines = tag.lines else { return tag.score }
            return Double(lines.flatMap { Array($0.lines) }.filter { !hidden.contains($0) }
                .compactMap { article.line($0)?.text.utf8.count }.reduce(0, +))
        }
        return tags.max { (weight($0), $1.label) < (weight($1), $0.label) }?.label
    }

    private static func finish(_ result: ArticleResult, article: Article) -> ArticleResult {
        var result = result
        let content = article.lines.filter { !$0.isBlank && !result.boilerplateLines.contains($0.number) }
        if article.problem == nil, content.isEmpty {
            result.findings.append(Finding(kind: "no-content", severity: .error,
                                           lines: LineRange.covering(result.boilerplateLines),
                                           message: "no content left after boilerplate; every non-blank line is boilerplate"))
        }
        result.findings.sort { ($0.kind, $0.lines.first?.start ?? 0, $0.message) < ($1.kind, $1.lines.first?.start ?? 0, $1.message) }
        return result
    }
}
