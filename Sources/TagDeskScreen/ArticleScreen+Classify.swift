import TagDeskCore

extension ArticleScreen {
    /// Classifies one article as `classify --dry-run --force` would (cached corpus-wide facts, nothing written)
    /// and makes its screen, with the decisions of its decisions file.
    /// - Parameter options: the corpus and rules; their selectors are replaced by `article`.
    /// - Returns: the screen, `nil` when there is no article to show; and the run's report, whose problems a
    ///   caller reports as `classify` does (a broken tag or decisions file still gives a screen).
    public static func classifying(_ article: String, options: ClassifyRun.Options,
                                   registry: PluginRegistry) -> (screen: ArticleScreen?, report: ClassifyReport) {
        var options = options
        options.selectors = [article]
        options.dryRun = true
        options.force = true
        let ruleSet = try? RuleLoader(registry: registry).load(directory: options.rules, displayPath: options.rulesDisplay)
        options.ruleSet = ruleSet
        var reporter = CollectingReporter(needsFreshTags: false)
        let report = ClassifyRun(options: options, registry: registry).run(reporter: &reporter)
        guard report.status != .usageError, let result = reporter.entries.first?.result,
              let corpus = try? Corpus(directory: options.corpus, displayPath: options.corpusDisplay) else { return (nil, report) }
        let screen = ArticleScreen(article: corpus.load(result.id), result: result,
                                   decisions: DecisionsFile.read(result.id, in: corpus)?.entries.map(\.decision) ?? [],
                                   languageClassifier: ruleSet?.classifiers.first { $0.role == .language }?.name)
        return (screen, report)
    }
}
