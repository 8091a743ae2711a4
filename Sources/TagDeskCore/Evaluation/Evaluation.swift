/// The rules' results scored against a gold standard: per classifier and label for what articles are, per
/// target for which lines are something. Blank lines never count.
public struct Evaluation: Sendable {
    /// One row of the evaluation: what was scored and how well.
    public struct Row: Sendable, Hashable {
        /// `topic`, `topic/culture`, `lines boilerplate`, `lines finding/untranslated`, …
        public let name: String
        public let score: Score
    }

    /// Article labels first (each classifier, then its labels), then line targets; sorted by name within each.
    public let rows: [Row]
    /// Gold articles the corpus does not have.
    public let missing: [String]
    /// Per rule term, how often it fired, on boilerplate lines and in false alarms; worst first.
    public let terms: [TermStatistics]

    /// - Parameters:
    ///   - results: by article id; articles missing here are reported in `missing`.
    ///   - articles: by article id, to tell blank lines.
    ///   - languageClassifier: the classifier whose gold label is compared with the article's language.
    ///   - boilerplateClassifier: the classifier whose lines are compared with the gold's `boilerplate` lines.
    public init(gold: GoldStandard, results: [String: ArticleResult], articles: [String: Article], languageClassifier: String?,
                boilerplateClassifier: String? = "boilerplate") {
        var labelScores: [String: Score] = [:]
        var lineScores: [String: Score] = [:]
        var missing: [String] = []
        for (id, expected) in gold.articles.sorted(by: { $0.key < $1.key }) {
            guard let result = results[id], let article = articles[id] else {
                missing.append(id)
                continue
            }
            for (classifier, labels) in expected.labels {
                let predicted = Set(Self.articleLabels(of: classifier, in: result, languageClassifier: languageClassifier))
                let goldLabels = Set(labels)
                labelScores[classifier, default: Score()].add(predicted: predicted, gold: goldLabels)
                for label in predicted.union(goldLabels) {
                    labelScores["\(classifier)/\(label)", default: Score()]
                        .add(predicted: predicted.contains(label) ? [id] : [], gold: goldLabels.contains(label) ? [id] : [])
                }
            }
            let content = Set(article.lines.filter { !$0.isBlank }.map(\.number))
            for (target, ranges) in expected.lines {
                let goldLines = Set(ranges.flatMap(\.lines)).intersection(content)
                let predicted = Self.lines(of: target, in: result).intersection(content)
                lineScores["lines \(target)", default: Score()].add(predicted: predicted, gold: goldLines)
            }
        }
        rows = labelScores.sorted { $0.key < $1.key }.map { Row(name: $0.key, score: $0.value) }
            + lineScores.sorted { $0.key < $1.key }.map { Row(name: $0.key, score: $0.value) }
        self.missing = missing
        terms = TermStatistics.collect(gold: gold, results: results, languageClassifier: languageClassifier,
                                       boilerplateClassifier: boilerplateClassifier)
    }

    /// The row named `name`, if the gold standard had anything for it.
    public func score(_ name: String) -> Score? { rows.first { $0.name == name }?.score }

    private static func articleLabels(of classifier: String, in result: ArticleResult, languageClassifier: String?) -> [String] {
        if classifier == languageClassifier { return result.language.map { [$0] } ?? [] }
        return (result.tags[classifier] ?? []).filter { $0.lines == nil }.map(\.label)
    }

    /// Lines of a target: `classifier` (any label), `classifier/label`, or `finding/KIND`.
    private static func lines(of target: String, in result: ArticleResult) -> Set<Int> {
        let parts = target.split(separator: "/", maxSplits: 1).map(String.init)
        if parts.count == 2, parts[0] == "finding" {
            return Set(result.findings.filter { $0.kind == parts[1] }.flatMap { $0.lines.flatMap(\.lines) })
        }
        let tags = (result.tags[parts[0]] ?? []).filter { parts.count == 1 || $0.label == parts[1] }
        return Set(tags.flatMap { ($0.lines ?? []).flatMap(\.lines) })
    }
}
