import Foundation
import TagDeskCore
import Testing

@Suite struct LexiconClassifierTests {
    static let rules = """
        classifier: region
        plugin: lexicon
        scope: article
        multi_label: true
        labels:
          vn:
            threshold: 2
            terms: [Hanoï, Vietnam, الفيتنامية]
          fr:
            terms: [{term: Paris, weight: 2}]
        examples:
          - text: Hanoï, Vietnam
            labels: [vn]
        """

    @Test func termsMatchRegardlessOfCaseAndDiacriticsWithEvidenceFromTheOriginal() throws {
        let ruleSet = try PluginFixture.ruleSet(["region.yaml": Self.rules])
        let tags = PluginFixture.tags(ruleSet, "Titre\n\nLe 8 juillet à HANOI, au Vietnam.", classifier: "region")
        let vn = try #require(tags.first { $0.label == "vn" })
        #expect(vn.score == 2)
        #expect(vn.lines == nil)
        #expect(vn.evidence == [Evidence(line: 3, text: "HANOI"), Evidence(line: 3, text: "Vietnam")])
    }

    @Test func thresholdKeepsASingleMentionOut() throws {
        let ruleSet = try PluginFixture.ruleSet(["region.yaml": Self.rules])
        #expect(PluginFixture.tags(ruleSet, "Une visite à Hanoï.", classifier: "region").isEmpty)
        #expect(PluginFixture.tags(ruleSet, "Une visite à Paris.", classifier: "region").map(\.label) == ["fr"])
    }

    @Test func termsMatchOnWordBoundariesOnly() throws {
        let ruleSet = try PluginFixture.ruleSet(["region.yaml": Self.rules])
        #expect(PluginFixture.tags(ruleSet, "Parisien et Parisiens, Vietnamese", classifier: "region").isEmpty)
    }

    @Test func aTermWithoutLettersIsRejectedAtItsLine() {
        let problems = PluginFixture.problems(["region.yaml": Self.rules.replacingOccurrences(of: "[Hanoï, Vietnam", with: "[Hanoï, '--'")])
        #expect(problems == ["Rules/region.yaml:8:20: error: term '--' has no letters or digits to match"])
    }

    @Test func aMisspeltKeyIsReportedWithASuggestion() {
        let problems = PluginFixture.problems(["region.yaml": Self.rules.replacingOccurrences(of: "threshold: 2", with: "treshold: 2")])
        #expect(problems == ["Rules/region.yaml:7:5: error: unknown key 'treshold'; did you mean 'threshold'?"])
    }
}
