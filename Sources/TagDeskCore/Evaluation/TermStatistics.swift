/// How often each rule term fired on a gold standard's articles, as its evidence shows: where rules go wrong,
/// term by term. A term is the folded text of a piece of evidence; evidence past `Tag.evidenceLimit` per tag
/// is not seen.
public struct TermStatistics: Sendable, Hashable {
    public let classifier: String
    public let label: String
    public let term: String
    /// Pieces of evidence with this term.
    public var fired = 0
    /// Of those, on lines the gold file calls boilerplate.
    public var onBoilerplate = 0
    /// Of those, in tags of a label the gold file does not give the article (article-scoped labels only); for
    /// the boilerplate classifier, on lines the gold file does not call boilerplate.
    public var inFalseAlarms = 0

    /// Every term of every tag of `results`, most false alarms first, then most hits on boilerplate lines (but for
    /// the boilerplate classifier), then most fired.
    static func collect(gold: GoldStandard, results: [String: ArticleResult], languageClassifier: String?,
                        boilerplateClassifier: String?) -> [TermStatistics] {
        var table: [String: TermStatistics] = [:]
        for (id, expected) in gold.articles {
            guard let result = results[id] else { continue }
            let goldBoilerplate = expected.lines["boilerplate"]
            let boilerplate = Set((goldBoilerplate ?? []).flatMap(\.lines))
            for (classifier, tags) in result.tags where classifier != languageClassifier {
                let goldLabels = expected.labels[classifier].map(Set.init)
                for tag in tags where tag.source == .rules {
                    let falseAlarm = tag.lines == nil && goldLabels.map { !$0.contains(tag.label) } == true
                    for evidence in tag.evidence {
                        let term = Normalizer.fold(evidence.text)
                        let key = classifier + "\u{0}" + tag.label + "\u{0}" + term
                        var row = table[key] ?? TermStatistics(classifier: classifier, label: tag.label, term: term)
                        row.fired += 1
                        if boilerplate.contains(evidence.line) { row.onBoilerplate += 1 }
                        if classifier == boilerplateClassifier {
                            if goldBoilerplate != nil, !boilerplate.contains(evidence.line) { row.inFalseAlarms += 1 }
                        } else if falseAlarm {
                            row.inFalseAlarms += 1
                        }
                        table[key] = row
                    }
                }
            }
        }
        // Boilerplate hits are harm in any classifier but the boilerplate one.
        func harm(_ row: TermStatistics) -> (Int, Int) {
            (row.inFalseAlarms, row.classifier == boilerplateClassifier ? 0 : row.onBoilerplate)
        }
        return table.values.sorted {
            (harm($1).0, harm($1).1, $1.fired, $0.classifier, $0.label, $0.term)
                < (harm($0).0, harm($0).1, $0.fired, $1.classifier, $1.label, $1.term)
        }
    }
}
