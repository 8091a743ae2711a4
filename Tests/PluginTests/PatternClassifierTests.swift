import Foundation
import TagDeskCore
import Testing

@Suite struct PatternClassifierTests {
    static let rules = """
        classifier: contact
        plugin: pattern
        scope: line
        multi_label: true
        labels:
          phone:
            patterns: ['\\(\\+\\d{1,3}\\)[\\d ]{6,}']
          email:
            patterns: ['[\\w.]+@[\\w.]+\\.[a-z]{2,}']
        """

    @Test func patternsTagTheLinesTheyMatchWithTheMatchAsEvidence() throws {
        let ruleSet = try PluginFixture.ruleSet(["contact.yaml": Self.rules])
        let tags = PluginFixture.tags(ruleSet, "Tél : (+84) 24 38 25 20 96\n\nE-mail : courrier@vnanet.vn", classifier: "contact")
        #expect(tags.map(\.label) == ["email", "phone"])
        #expect(tags.first?.lines == [LineRange(3, 3)])
        #expect(tags.first?.evidence == [Evidence(line: 3, text: "courrier@vnanet.vn")])
        #expect(tags.last?.evidence == [Evidence(line: 1, text: "(+84) 24 38 25 20 96")])
    }

    @Test func anUnknownPluginListsTheKnownOnes() {
        let problems = PluginFixture.problems(["contact.yaml": Self.rules.replacingOccurrences(of: "plugin: pattern", with: "plugin: patern")])
        #expect(problems == ["Rules/contact.yaml:2:9: error: unknown plugin 'patern'; known plugins: 'boilerplate', 'external', 'gazetteer', 'lexicon', 'ngram', 'pattern', 'tally'"])
    }

    @Test func aWrongTypeSaysWhatWasExpected() {
        let problems = PluginFixture.problems(["contact.yaml": Self.rules.replacingOccurrences(of: "multi_label: true", with: "multi_label: [yes]")])
        #expect(problems == ["Rules/contact.yaml:4:14: error: expected a single value for 'multi_label', found a list"])
    }

    @Test func aDependencyCycleIsReported() {
        let a = "classifier: a\nplugin: pattern\nscope: line\ndepends_on: [b]\nlabels:\n  x:\n    patterns: [x]\n"
        let b = "classifier: b\nplugin: pattern\nscope: line\ndepends_on: [a]\nlabels:\n  x:\n    patterns: [x]\n"
        let problems = PluginFixture.problems(["a.yaml": a, "b.yaml": b])
        #expect(problems == ["Rules/a.yaml:1:13: error: dependency cycle: a → b → a; depends_on must not loop"])
    }
}
