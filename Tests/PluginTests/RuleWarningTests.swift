import Foundation
import TagDeskCore
import Testing

/// Warnings are reported by lint but, unlike errors, leave a rule set that loads and classifies.
@Suite struct RuleWarningTests {
    static let rules = """
        classifier: place
        plugin: lexicon
        scope: article
        multi_label: true
        labels:
          laos:
            terms: [Vientiane, Laos]
          capital:
            terms: [vientiane]
        examples:
          - text: Vientiane, Laos
            labels: [capital, laos]

        """

    @Test func aTermUnderTwoLabelsIsAWarningAndCountsForBoth() throws {
        let lint = try PluginFixture.lint(["place.yaml": Self.rules])

        #expect(lint.diagnostics.map(\.headline) == [
            "Rules/place.yaml:9:13: warning: term 'vientiane' is also a term of label 'laos' ('Vientiane', line 7, column 13) "
                + "once case and accents are folded; a match counts for both labels",
        ])
        #expect(lint.status(strict: false) == .success)
        #expect(lint.status(strict: true) == .checkFailed)
        let ruleSet = try #require(lint.ruleSet)
        #expect(PluginFixture.tags(ruleSet, "Vientiane", classifier: "place").map(\.label) == ["capital", "laos"])
    }

    @Test func aLabelWithoutExampleIsAWarningUnlessOnlyCorpusWideSignalsGiveIt() throws {
        let lexicon = Self.rules.replacingOccurrences(of: "    labels: [capital, laos]", with: "    labels: [laos]")
        let boilerplate = """
            classifier: chrome
            plugin: boilerplate
            scope: line
            labels:
              template:
                repeated: {min_articles: 2, max_words: 10}

            """

        let lint = try PluginFixture.lint(["place.yaml": lexicon, "chrome.yaml": boilerplate])

        #expect(lint.diagnostics.filter { $0.message.contains("has no example") }.map(\.headline) == [
            "Rules/place.yaml:8:3: warning: label 'capital' has no example; add one under 'examples' so 'tagdesk rules test' checks it",
        ])
        #expect(lint.ruleSet != nil)
    }
}
