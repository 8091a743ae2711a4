import TagDeskCore
import TagDeskPlugins
import Testing

/// Each test and combinator of a policy condition, run on small articles through the real classifiers.
@Suite struct PolicyConditionTests {
    static let policies = """
        kind: policy
        policies:
          security:
            decision: review
            message: security story
            when: {tag: {classifier: topic, label: security, min_score: 2}}
          not-french:
            decision: review
            message: not in French
            when:
              all:
                - not: {tag: {classifier: language, label: fr}}
                - not: {finding: {kind: empty-article}}
          chrome-lines:
            decision: hold
            message: chrome inside the story
            when: {share: {lines: {classifier: boilerplate, label: related}, of: body, at_least: 0.5}}
          any-error:
            decision: hold
            severity: warning
            message: an error
            when:
              any:
                - finding: {severity: error}
                - share: {lines: other-language, of: content, above: 0.4, min_lines: 2}
        """

    struct Case: Sendable, CustomStringConvertible {
        let description: String
        let text: String
        let fired: [String]
    }

    static let cases: [Case] = [
        Case(description: "plain French", text: "Le ministère a organisé une conférence pour la presse.", fired: []),
        Case(description: "security above its score", text: "L'armée a renforcé la défense des frontières.", fired: ["security"]),
        Case(description: "Arabic is not French", text: "وزارة الخارجية والسفير في المؤتمر في هذا البلد", fired: ["not-french"]),
        Case(description: "empty article", text: "", fired: ["any-error"]),
        Case(description: "teasers inside the story",
             text: "Le ministère a organisé une conférence pour la presse.\n>>Un autre article\n>>Encore un autre\nLa conférence a eu lieu dans la capitale.",
             fired: ["chrome-lines"]),
        Case(description: "two lines of four in Vietnamese",
             text: "Le ministère a organisé une conférence pour la presse et les diplomates.\nLa conférence a eu lieu dans la capitale avec les ambassadeurs.\n"
                + "Chủ tịch Liên hiệp các tổ chức hữu nghị phát biểu tại Hội nghị.\nBộ Ngoại giao đã tổ chức hội nghị của các tổ chức.",
             fired: ["any-error"]),
    ]

    @Test(arguments: cases)
    func firedPolicies(_ testCase: Case) throws {
        let ruleSet = try PluginFixture.ruleSet(try PolicyFixture.rules(policy: Self.policies))
        let result = ClassificationPass(ruleSet: ruleSet).classify(.init(article: Article(id: "t", text: testCase.text)))
        let decision = try #require(result.decision)
        #expect(decision.fired.map(\.policy).sorted() == testCase.fired.sorted())
        #expect(decision.policy == (decision.fired.map(\.decision).max() ?? .publish))
    }

    @Test func aPersonsDecisionIsAppliedOverThePolicies() throws {
        let ruleSet = try PluginFixture.ruleSet(try PolicyFixture.rules(policy: Self.policies))
        let input = ClassificationPass.Input(article: Article(id: "t", text: ""), moderation: PolicyDecision.Human(decision: .publish, by: "alice"))
        let decision = try #require(ClassificationPass(ruleSet: ruleSet).classify(input).decision)
        #expect(decision.policy == .hold && decision.outcome == .publish && decision.overriddenByHuman)
    }
}
