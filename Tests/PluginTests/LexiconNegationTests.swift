import Foundation
import TagDeskCore
import TagDeskPlugins
import Testing

/// Negation, names that hide their words, scores per words and the weight of the lead, on the seeds' real lines.
@Suite struct LexiconNegationTests {
    static let rules = """
        classifier: mood
        plugin: lexicon
        scope: paragraph
        settings:
          negators: [pas, sans, "n'", لم, không]
          negation_window: 3
          not_terms: [Union des organisations d'amitié]
        labels:
          good:
            negated: bad
            terms: [atteint, succès, amitié, đạt, نجح]
          bad:
            terms: [guerre, limites]
        examples:
          - {text: succès, labels: [good]}
        """

    func mood(_ text: String) throws -> [String] {
        let ruleSet = try PluginFixture.ruleSet(["mood.yaml": Self.rules])
        return PluginFixture.tags(ruleSet, text, classifier: "mood").map(\.label)
    }

    @Test func aNegatedTermCountsForItsNegatedLabel() throws {
        // Seed 002, line 48.
        #expect(try mood("Les relations de coopération internationale n'ont pas atteint les résultats escomptés.") == ["bad"])
        #expect(try mood("Le projet s'est terminé sans succès.") == ["bad"])
        #expect(try mood("Dự án không đạt kết quả.") == ["bad"])
        #expect(try mood("المشروع لم ينجح ولم نجح الفريق") == ["bad"])
        #expect(try mood("Les résultats ont été atteints et le succès est là.") == ["good"])
    }

    @Test func aNegatedTermWithoutANegatedLabelCountsForNothing() throws {
        #expect(try mood("Il ne voulait pas de guerre.") == [])
        #expect(try mood("La guerre a repris.") == ["bad"])
    }

    @Test func negationReachesOnlyItsWindow() throws {
        #expect(try mood("Il n'est pas venu, mais la fête fut un grand succès.") == ["good"])
    }

    @Test func aNameMadeOfTermsCountsForNothing() throws {
        // Seed 000, line 3.
        #expect(try mood("L'Union vietnamienne des organisations d'amitié et le ministère discutent.") == ["good"])
        #expect(try mood("L'Union des organisations d'amitié et le ministère discutent.") == [])
    }

    static func topic(_ settings: String) -> String {
        """
        classifier: topic
        plugin: lexicon
        scope: article
        settings: \(settings)
        labels:
          sport:
            threshold: 2
            terms: [match, football]
        examples:
          - {text: match de football, labels: [sport]}
        """
    }

    @Test func perWordsScoresLongTextsByDensity() throws {
        let filler = Array(repeating: "Le conseil municipal a voté le budget de la ville pour l'année prochaine.", count: 20)
            .joined(separator: "\n")
        let long = "Un match de football a eu lieu.\n" + filler
        let plain = try PluginFixture.ruleSet(["topic.yaml": Self.topic("{}")])
        let dense = try PluginFixture.ruleSet(["topic.yaml": Self.topic("{per_words: 100}")])
        #expect(PluginFixture.tags(plain, long, classifier: "topic").map(\.label) == ["sport"])
        #expect(PluginFixture.tags(dense, long, classifier: "topic").map(\.label) == [])
        #expect(PluginFixture.tags(dense, "Un match de football a eu lieu.", classifier: "topic").map(\.label) == ["sport"])
    }

    @Test func theLeadWeighsMore() throws {
        let text = "Le football.\n\nLe conseil municipal a voté le budget."
        let plain = try PluginFixture.ruleSet(["topic.yaml": Self.topic("{}")])
        let lead = try PluginFixture.ruleSet(["topic.yaml": Self.topic("{lead_lines: 1, lead_weight: 2}")])
        #expect(PluginFixture.tags(plain, text, classifier: "topic").map(\.label) == [])
        #expect(PluginFixture.tags(lead, text, classifier: "topic").map(\.label) == ["sport"])
    }

    @Test func settingsThatCannotWorkAreLocated() {
        let problems = PluginFixture.problems(["mood.yaml": Self.rules
            .replacingOccurrences(of: "negation_window: 3", with: "negation_window: 0")
            .replacingOccurrences(of: "negated: bad", with: "negated: worse")])
        #expect(problems == [
            "Rules/mood.yaml:6:20: error: expected an integer of at least 1 for 'negation_window', found 0; a negator would reach no term",
            "Rules/mood.yaml:10:14: error: 'negated' names 'worse', which is not a label of this file; expected one of its labels",
        ])
    }
}

extension LexiconNegationTests {
    /// Seed 003 has no blank line: a paragraph classifier reads it line by line, not as one paragraph.
    @Test func anArticleWithoutBlankLinesIsReadLineByLine() throws {
        let ruleSet = try PluginFixture.ruleSet(["mood.yaml": Self.rules])
        let text = "La guerre et les limites.\nLe succès et l'amitié.\nUn jour calme.\nLa guerre encore, sans limites."
        let tags = PluginFixture.tags(ruleSet, text, classifier: "mood")
        #expect(tags.first { $0.label == "bad" }?.lines == [LineRange(1, 1), LineRange(4, 4)])
        #expect(tags.first { $0.label == "good" }?.lines == [LineRange(2, 2)])
        let paragraphs = PluginFixture.tags(ruleSet, text.replacingOccurrences(of: "\n", with: "\n\n"), classifier: "mood")
        #expect(paragraphs.map(\.label) == ["bad", "good"])
    }
}
