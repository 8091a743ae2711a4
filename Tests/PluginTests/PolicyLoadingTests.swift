import TagDeskCore
import TagDeskPlugins
import Testing

/// A broken policy file is reported at the line and column of the mistake, like every rule file.
@Suite struct PolicyLoadingTests {
    struct Case: Sendable, CustomStringConvertible {
        let description: String
        /// The body of one policy named `p`, indented under `policies:`.
        let policy: String
        let expected: String
    }

    static func file(_ policy: String) -> String {
        "kind: policy\npolicies:\n  p:\n" + policy.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n") + "\n"
    }

    static let cases: [Case] = [
        Case(description: "misspelt key", policy: "decison: hold\nmessage: m\nwhen: {finding: {}}",
             expected: "Rules/policy.yaml:4:5: error: missing key 'decision'\nRules/policy.yaml:4:5: error: unknown key 'decison'; did you mean 'decision'?"),
        Case(description: "unknown decision", policy: "decision: reject\nmessage: m\nwhen: {finding: {}}",
             expected: "Rules/policy.yaml:4:15: error: unknown decision 'reject'; expected one of 'publish', 'review', 'hold'"),
        Case(description: "missing message", policy: "decision: hold\nwhen: {finding: {}}",
             expected: "Rules/policy.yaml:4:5: error: missing key 'message'"),
        Case(description: "threshold not a number", policy: "decision: hold\nmessage: m\nwhen: {share: {lines: boilerplate, of: body, above: lots}}",
             expected: "Rules/policy.yaml:6:57: error: expected a number for 'above', found 'lots'"),
        Case(description: "share without a threshold", policy: "decision: hold\nmessage: m\nwhen: {share: {lines: boilerplate, of: body}}",
             expected: "Rules/policy.yaml:6:19: error: a share takes exactly one threshold, 'above' or 'at_least'"),
        Case(description: "share over one", policy: "decision: hold\nmessage: m\nwhen: {share: {lines: boilerplate, of: body, above: 25}}",
             expected: "Rules/policy.yaml:6:57: error: share threshold 25.0 is not a fraction; expected a number from 0 to 1 (0.25 is a quarter of the lines)"),
        Case(description: "two tests in one condition", policy: "decision: hold\nmessage: m\nwhen: {finding: {}, tag: {classifier: topic}}",
             expected: "Rules/policy.yaml:6:11: error: a condition takes exactly one of 'tag', 'finding', 'share', 'all', 'any', 'not'; found 'tag' and 'finding'"),
        Case(description: "unknown classifier", policy: "decision: hold\nmessage: m\nwhen: {tag: {classifier: topik}}",
             expected: "Rules/policy.yaml:6:30: error: unknown classifier 'topik'; did you mean 'topic'? known classifiers: 'boilerplate', 'language', 'topic'"),
        Case(description: "unknown label", policy: "decision: hold\nmessage: m\nwhen:\n  not: {tag: {classifier: topic, label: astrology}}",
             expected: "Rules/policy.yaml:7:45: error: classifier 'topic' has no label 'astrology'; labels: diplomacy, people-diplomacy, party-state, economy, culture, health, security, digital, sport, society, weather"),
        Case(description: "unknown finding kind", policy: "decision: hold\nmessage: m\nwhen:\n  any:\n    - finding: {kind: no-contents}",
             expected: "Rules/policy.yaml:8:27: error: no classifier or check produces findings of kind 'no-contents'; did you mean 'no-content'? kinds: "
                + Finding.kinds.joined(separator: ", ")),
        Case(description: "share of an article-scoped classifier", policy: "decision: hold\nmessage: m\nwhen: {share: {lines: {classifier: topic}, of: body, above: 0.5}}",
             expected: "Rules/policy.yaml:6:40: error: classifier 'topic' tags whole articles, not lines; a share counts the lines of a line- or paragraph-scoped classifier"),
        Case(description: "unknown line set", policy: "decision: hold\nmessage: m\nwhen: {share: {lines: chrome, of: body, above: 0.5}}",
             expected: "Rules/policy.yaml:6:27: error: unknown line set 'chrome'; expected 'boilerplate', 'other-language' or {classifier: NAME, label: LABEL}"),
    ]

    @Test(arguments: cases)
    func aBrokenPolicyIsReportedWhereItIsWritten(_ testCase: Case) throws {
        let problems = PluginFixture.problems(try PolicyFixture.rules(policy: Self.file(testCase.policy)))
        #expect(problems.joined(separator: "\n") == testCase.expected)
    }

    @Test func theFileKindIsDeclaredNeverGuessed() throws {
        var files = try PolicyFixture.rules(policy: "kind: policies\npolicies: {}\n")
        #expect(PluginFixture.problems(files) == ["Rules/policy.yaml:1:7: error: unknown kind 'policies'; expected 'classifier' or 'policy'"])
        files["policy.yaml"] = nil
        files["topic.yaml"] = "kind: classifier\n" + (files["topic.yaml"] ?? "")
        #expect(PluginFixture.problems(files) == [])
        // A policy file named anything loads as one; a classifier file named policy.yaml loads as a classifier.
        files["moderation.yaml"] = Self.file("decision: review\nmessage: m\nwhen: {finding: {severity: warning}}")
        #expect(try PluginFixture.ruleSet(files).policies.policies.map(\.name) == ["p"])
    }

    @Test func anExampleNamingAnUnknownPolicyIsLocated() throws {
        let text = Self.file("decision: review\nmessage: m\nwhen: {finding: {}}") + "examples:\n  - {text: x, decision: review, policies: [q]}\n"
        #expect(PluginFixture.problems(try PolicyFixture.rules(policy: text))
            == ["Rules/policy.yaml:8:44: error: example names unknown policy 'q'; did you mean 'p'?"])
    }

    @Test func everyProblemOfOneFileIsReportedInOneRun() throws {
        let text = Self.file("decision: hold\nmessage: m\nwhen: {tag: {classifier: topik}}")
            + "  q:\n    decision: hold\n    mesage: m\n    when: {finding: {}}\n"
        let problems = PluginFixture.problems(try PolicyFixture.rules(policy: text))
        #expect(problems.count == 2, "\(problems)")
    }
}
