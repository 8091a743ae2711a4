import Foundation
import TagDeskCore
import TagDeskPlugins
import TagDeskTestSupport
import Testing

/// Every `examples` entry of every policy file in `Rules/` is a test case that fails at its YAML line.
@Suite struct PolicyExampleTests {
    static let ruleSet: RuleSet? = RuleExampleTests.ruleSet

    static func examples() -> [PolicyExample] { ruleSet?.policies.examples ?? [] }

    @Test func theShippedPoliciesLoadWithExamplesOfEveryDecision() throws {
        let ruleSet = try #require(Self.ruleSet)
        #expect(ruleSet.policies.policies.count >= 5)
        #expect(Set(Self.examples().map(\.decision)) == Set(PolicyDecision.Outcome.allCases))
        #expect(ruleSet.policies.fingerprint?.count == 16)
    }

    @Test(arguments: examples())
    func exampleGetsItsDecision(_ example: PolicyExample) throws {
        let ruleSet = try #require(Self.ruleSet)
        if let failure = example.failure(in: ruleSet) {
            Issue.record("\(example.location): \(failure)", sourceLocation: SourceLocation(
                fileID: "TagDesk/\(example.location.file)", filePath: RepositoryRoot.url.appendingPathComponent(example.location.file).path,
                line: example.location.line, column: example.location.column))
        }
    }

    @Test func aWrongExpectationFailsWithBothDecisions() throws {
        let ruleSet = try PluginFixture.ruleSet(PolicyFixture.rules(policy: """
            kind: policy
            policies:
              security-review:
                decision: review
                message: security stories are read twice
                when: {tag: {classifier: topic, label: security}}
            examples:
              - text: "L'armée a renforcé la défense des frontières."
                decision: publish
            """))
        let example = try #require(ruleSet.policies.examples.first)
        #expect(example.failure(in: ruleSet) == "policies give review by [security-review] but the example expects publish")
        #expect(example.location.line == 8)
    }

    /// The kinds policies may name are the kinds a pass reports about an article: a kind added in the sources
    /// without being listed cannot be named by a policy. `Check/` reports on the run (stale tag files, failed
    /// examples), never in an article's findings.
    @Test func everyFindingKindInTheSourcesIsListed() throws {
        let sources = RepositoryRoot.url.appendingPathComponent("Sources/TagDeskCore")
        var found: Set<String> = []
        let files = FileManager.default.enumerator(atPath: sources.path)?.compactMap { $0 as? String }
            .filter { $0.hasSuffix(".swift") && !$0.hasPrefix("Check/") } ?? []
        for file in files {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            for match in text.matches(of: /kind: "([a-z0-9-]+)", severity:/) { found.insert(String(match.1)) }
        }
        #expect(found.count >= 8)
        #expect(found == Set(Finding.kinds))
    }
}

/// Rule folders for policy tests: two classifiers from the shipped rules and one policy file.
enum PolicyFixture {
    static func rules(policy: String) throws -> [String: String] {
        var files: [String: String] = ["policy.yaml": policy]
        for name in ["boilerplate.yaml", "language.yaml", "topic.yaml"] {
            files[name] = try String(contentsOf: RepositoryRoot.rules.appendingPathComponent(name), encoding: .utf8)
        }
        return files
    }
}
