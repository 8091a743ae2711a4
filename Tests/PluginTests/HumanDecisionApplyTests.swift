import Foundation
import TagDeskCore
import Testing

/// Human decisions win over the rules in every form they take, and every disagreement is reported.
@Suite struct HumanDecisionApplyTests {
    static let rules = """
        classifier: boilerplate
        plugin: boilerplate
        scope: line
        role: boilerplate
        labels:
          footer:
            patterns: ['^Footer Banner\\b']
        """
    static let region = """
        classifier: region
        plugin: lexicon
        scope: article
        multi_label: true
        depends_on: [boilerplate]
        labels:
          vn:
            terms: [Vietnam]
          kh:
            terms: [Cambodge]
        """
    static let text = "Le Vietnam et le Cambodge.\nFooter Banner Vietnam\nFooter Banner Agribank"

    func classify(_ decisions: [HumanDecision]) throws -> ArticleResult {
        let ruleSet = try PluginFixture.ruleSet(["boilerplate.yaml": Self.rules, "region.yaml": Self.region])
        return ClassificationPass(ruleSet: ruleSet).classify(.init(article: Article(id: "a", text: Self.text), decisions: decisions))
    }

    @Test func setReplacesTheRuleLabelsAndReportsTheDisagreement() throws {
        let result = try classify([HumanDecision(classifier: "region", action: .set, labels: ["kh"], by: "bob")])
        #expect(result.tags["region"]?.map(\.label) == ["kh"])
        #expect(result.tags["region"]?.first?.source == .human)
        #expect(result.findings.map(\.kind) == ["human-disagreement"])
        #expect(result.findings.first?.message == "region: rules give ['kh', 'vn'] but a person set ['kh']; kept the decision of bob")
    }

    @Test func aLineMarkedAsContentBecomesVisibleToLaterClassifiers() throws {
        let before = try classify([])
        #expect(before.boilerplateLines == [2, 3])
        let after = try classify([HumanDecision(classifier: "boilerplate", action: .remove, label: "footer",
                                                lines: [LineRange(2, 2)], by: "alice", at: "2026-11-24T10:00:00Z")])
        #expect(after.boilerplateLines == [3])
        let vn = try #require(after.tags["region"]?.first { $0.label == "vn" })
        #expect(vn.evidence.map(\.line) == [1, 2])
        #expect(after.findings.first?.message == "boilerplate: rules give 'footer' on lines 2 but a person removed it; kept the decision of alice on 2026-11-24")
    }
}
