import TagDeskCore
import Testing

@Suite struct EvaluationTests {
    static let article = Article(id: "a", text: "Titre\n\nUn\nDeux\n\nFin")

    static func gold(_ labels: [String: [String]], _ lines: [String: [LineRange]]) -> GoldStandard {
        GoldStandard(articles: ["a": GoldStandard.Article(labels: labels, lines: lines)])
    }

    @Test func blankLinesNeverCountAndLabelsAreScoredPerArticle() throws {
        var result = ArticleResult(id: "a", path: "a.txt", sha256: "", language: "fr")
        result.tags["boilerplate"] = [Tag(label: "related", score: 1, lines: [LineRange(1, 2)])]
        result.tags["topic"] = [Tag(label: "sport", score: 1), Tag(label: "culture", score: 1)]
        let gold = Self.gold(["topic": ["sport"], "language": ["fr"]], ["boilerplate": [LineRange(1, 1), LineRange(5, 6)]])
        let evaluation = Evaluation(gold: gold, results: ["a": result], articles: ["a": Self.article], languageClassifier: "language")
        #expect(evaluation.score("lines boilerplate") == Score(truePositives: 1, falsePositives: 0, falseNegatives: 1))
        #expect(evaluation.score("topic") == Score(truePositives: 1, falsePositives: 1, falseNegatives: 0))
        #expect(evaluation.score("topic/culture") == Score(truePositives: 0, falsePositives: 1, falseNegatives: 0))
        #expect(evaluation.score("language")?.f1 == 1)
        #expect(evaluation.rows.map(\.name) == ["language", "language/fr", "topic", "topic/culture", "topic/sport", "lines boilerplate"])
    }

    /// A term that fires in a label the gold does not give, or on a boilerplate line, is listed first.
    @Test func ruleTermsAreCountedWithTheirFalseAlarmsAndBoilerplateHits() throws {
        var result = ArticleResult(id: "a", path: "a.txt", sha256: "", language: "fr")
        result.tags["boilerplate"] = [Tag(label: "related", score: 1, lines: [LineRange(1, 1)], evidence: [Evidence(line: 1, text: "Titre")])]
        result.tags["topic"] = [
            Tag(label: "sport", score: 2, evidence: [Evidence(line: 3, text: "Un"), Evidence(line: 6, text: "Fin")]),
            Tag(label: "culture", score: 1, evidence: [Evidence(line: 4, text: "Deux")]),
        ]
        let gold = Self.gold(["topic": ["sport"]], ["boilerplate": [LineRange(1, 1), LineRange(6, 6)]])
        let terms = Evaluation(gold: gold, results: ["a": result], articles: ["a": Self.article], languageClassifier: "language").terms
        #expect(terms.map { "\($0.classifier)/\($0.label) \($0.term) \($0.fired) \($0.onBoilerplate) \($0.inFalseAlarms)" } == [
            "topic/culture deux 1 0 1", "topic/sport fin 1 1 0", "boilerplate/related titre 1 1 0", "topic/sport un 1 0 0",
        ])
    }

    @Test func scoresOfNothing() {
        #expect(Score().f1 == 1)
        #expect(Score(truePositives: 0, falsePositives: 2, falseNegatives: 0).precision == 0)
        #expect(Score(truePositives: 3, falsePositives: 1, falseNegatives: 2).f1 == 2 * 0.75 * 0.6 / 1.35)
    }
}
