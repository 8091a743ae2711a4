extension CheckRun {
    /// The `quality:` floors of the rule files, held against people's decisions: every article whose decisions
    /// change or confirm a classifier's tags is gold for it, and what the rules alone give there is scored
    /// against it (article labels, or line and label pairs). One problem per classifier below a floor; none
    /// when nobody decided anything about it yet.
    func qualityProblems(_ ruleSet: RuleSet) -> [CheckProblem] {
        let measured = ruleSet.classifiers.filter { $0.quality != nil }
        guard !measured.isEmpty, let corpus = try? Corpus(directory: options.corpus, displayPath: options.corpusDisplay),
              !corpus.articlesWithDecisions.isEmpty else { return [] }
        var options = self.options
        options.selectors = Array(corpus.articlesWithDecisions)
        options.shard = nil
        options.force = true
        options.dryRun = true
        options.ruleSet = ruleSet
        var people = CollectingReporter(needsFreshTags: false)
        _ = ClassifyRun(options: options, registry: registry).run(reporter: &people)
        options.ignoresDecisions = true
        var rules = CollectingReporter(needsFreshTags: false)
        _ = ClassifyRun(options: options, registry: registry).run(reporter: &rules)
        let ruleResults = Dictionary(rules.entries.compactMap { entry in entry.result.map { (entry.id, $0) } },
                                     uniquingKeysWith: { first, _ in first })
        return measured.compactMap { classifier in
            guard let floor = classifier.quality else { return nil }
            var score = Score()
            var articles = 0
            for entry in people.entries {
                guard let gold = entry.result?.tags[classifier.name], let given = ruleResults[entry.id]?.tags[classifier.name] else { continue }
                let (goldItems, givenItems) = (Self.items(gold), Self.items(given))
                guard gold.contains(where: { $0.source == .human }) || goldItems != givenItems else { continue }
                score.add(predicted: givenItems, gold: goldItems)
                articles += 1
            }
            let shortfalls = floor.value.shortfalls(of: score)
            guard articles > 0, !shortfalls.isEmpty else { return nil }
            return CheckProblem(kind: "quality-below-floor", severity: .error, file: classifier.file, line: floor.line,
                                column: floor.column,
                                message: "\(classifier.name): against the \(articles) article\(articles == 1 ? "" : "s") people decided, "
                                    + shortfalls.joined(separator: ", "),
                                classifier: classifier.name)
        }
    }

    /// What a classifier's tags say: its labels, or for line and paragraph tags each line with its label.
    static func items(_ tags: [Tag]) -> Set<String> {
        Set(tags.flatMap { tag in tag.lines.map { ranges in ranges.flatMap(\.lines).map { "\($0) \(tag.label)" } } ?? [tag.label] })
    }
}
