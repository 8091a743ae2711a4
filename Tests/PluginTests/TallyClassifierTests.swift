import TagDeskCore
import TagDeskPlugins
import Testing

@Suite struct TallyClassifierTests {
    static let mood = """
        classifier: mood
        plugin: lexicon
        scope: paragraph
        labels:
          good:
            terms: [bien]
          bad:
            terms: [mal]
        examples:
          - {text: bien, labels: [good]}
        """

    static func summary(_ settings: String) -> String {
        """
        classifier: overall
        plugin: tally
        scope: article
        depends_on: [mood]
        settings: \(settings)
        labels:
          good: {}
          bad: {}
          mixed: {}
          quiet: {}
        examples:
          - {text: bien, labels: [good]}
        """
    }

    func overall(_ text: String, settings: String = "{from: mood, mixed: mixed, none: quiet, mixed_share: 0.3}") throws -> [String] {
        let ruleSet = try PluginFixture.ruleSet(["mood.yaml": Self.mood, "overall.yaml": Self.summary(settings)])
        return PluginFixture.tags(ruleSet, text, classifier: "overall").map(\.label)
    }

    @Test func theLabelCoveringMostContentLinesWins() throws {
        #expect(try overall("bien\nbien encore\nbien toujours\n\nmal") == ["good"])
        #expect(try overall("mal\n\nmal encore\n\nmal plus\n\nbien") == ["bad"])
    }

    @Test func aSecondLabelWithEnoughOfTheLinesMakesItMixed() throws {
        #expect(try overall("bien\n\nmal") == ["mixed"])
        // Without a `mixed` label, a tie goes to the label first in alphabetical order.
        #expect(try overall("bien\n\nmal", settings: "{from: mood}") == ["bad"])
    }

    @Test func noTaggedLineGivesTheNoneLabel() throws {
        #expect(try overall("rien à dire") == ["quiet"])
        #expect(try overall("rien à dire", settings: "{from: mood}") == [])
    }

    @Test func answersMustBeLabelsAndTheShareSensible() {
        let problems = PluginFixture.problems([
            "mood.yaml": Self.mood,
            "overall.yaml": Self.summary("{from: mood, mixed: both, mixed_share: 0.8}"),
        ])
        #expect(problems == [
            "Rules/overall.yaml:5:31: error: 'both' is not a label of this file; expected one of its labels",
            "Rules/overall.yaml:5:50: error: mixed_share must be above 0 and at most 0.5 (a second label's share of the tagged lines); got 0.8",
        ])
    }
}
