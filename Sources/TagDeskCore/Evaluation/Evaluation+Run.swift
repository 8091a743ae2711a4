import Foundation

extension Evaluation {
    /// Classifies the gold standard's articles as a dry run (writing nothing; cached facts are used) and scores
    /// them; `nil` with the run's problems in the report when the rules or the corpus cannot be read.
    public static func run(gold: GoldStandard, options: ClassifyRun.Options, registry: PluginRegistry) -> (Evaluation?, ClassifyReport) {
        var options = options
        options.selectors = gold.articles.keys.sorted()
        options.dryRun = true
        options.force = true
        let present = options.selectors.filter { id in
            FileManager.default.fileExists(atPath: options.corpus.appendingPathComponent(id + ".txt").path)
        }
        options.selectors = present
        var reporter = CollectingReporter(needsFreshTags: false)
        let report = present.isEmpty ? ClassifyReport() : ClassifyRun(options: options, registry: registry).run(reporter: &reporter)
        guard report.status != .usageError,
              let ruleSet = try? RuleLoader(registry: registry).load(directory: options.rules, displayPath: options.rulesDisplay),
              let corpus = try? Corpus(directory: options.corpus, displayPath: options.corpusDisplay) else { return (nil, report) }
        var results: [String: ArticleResult] = [:]
        var articles: [String: Article] = [:]
        for entry in reporter.entries {
            guard let result = entry.result else { continue }
            results[entry.id] = result
            articles[entry.id] = corpus.load(entry.id)
        }
        let language = ruleSet.classifiers.first { $0.role == .language }?.name
        let boilerplate = ruleSet.classifiers.first { $0.role == .boilerplate }?.name
        return (Evaluation(gold: gold, results: results, articles: articles, languageClassifier: language,
                           boilerplateClassifier: boilerplate), report)
    }
}
