import Foundation
import TagDeskCore
import TagDeskPlugins
import TagDeskTestSupport
import Testing

/// Every `examples` entry of every rule file in `Rules/` is a test case that fails at its YAML line.
@Suite struct RuleExampleTests {
    static let ruleSet: RuleSet? = try? RuleLoader(registry: .builtIn)
        .load(directory: RepositoryRoot.url.appendingPathComponent("Rules"), displayPath: "Rules")

    static func examples() -> [RuleExample] { ruleSet?.examples ?? [] }

    @Test func rulesFolderLoadsWithoutProblems() throws {
        do {
            _ = try RuleLoader(registry: .builtIn).load(directory: RepositoryRoot.url.appendingPathComponent("Rules"), displayPath: "Rules")
        } catch {
            Issue.record("Rules/ does not load:\n\(error)")
        }
    }

    @Test func everyClassifierHasExamples() throws {
        let ruleSet = try #require(Self.ruleSet)
        for classifier in ruleSet.classifiers {
            #expect(classifier.examples.count >= 3, "\(classifier.file) has \(classifier.examples.count) examples")
        }
    }

    @Test(arguments: examples())
    func exampleGetsItsLabels(_ example: RuleExample) throws {
        let ruleSet = try #require(Self.ruleSet)
        let actual = example.actualLabels(in: ruleSet)
        if actual != example.labels {
            Issue.record(
                "\(example.location): \(example.classifier) gives \(actual) but the example expects \(example.labels)",
                sourceLocation: SourceLocation(
                    fileID: "TagDesk/\(example.location.file)", filePath: RepositoryRoot.url.appendingPathComponent(example.location.file).path,
                    line: example.location.line, column: example.location.column))
        }
    }

    /// Examples with labels of the classifiers that `plugins` interpret.
    static func examples(ofPlugins plugins: Set<String>) -> [RuleExample] {
        let classifiers = Set((ruleSet?.classifiers ?? []).filter { plugins.contains($0.pluginName) }.map(\.name))
        return examples().filter { !$0.labels.isEmpty && classifiers.contains($0.classifier) }
    }

    /// Examples of the lexicon classifiers, whose labels must not depend on case or accents (the gazetteer's
    /// Vietnamese names keep theirs on purpose: `Đức` is not `đức`).
    static func lexiconExamples() -> [RuleExample] { examples(ofPlugins: ["lexicon"]) }

    /// Examples of the classifiers that tag what an article is about, which boilerplate must not feed.
    static func aboutnessExamples() -> [RuleExample] { examples(ofPlugins: ["lexicon", "gazetteer"]) }

    @Test(arguments: lexiconExamples())
    func exampleLabelsSurviveCaseFolding(_ example: RuleExample) throws {
        let ruleSet = try #require(Self.ruleSet)
        let shouted = example.with(text: example.text.uppercased())
        #expect(shouted.actualLabels(in: ruleSet) == example.labels, "\(example.location)")
    }

    @Test(arguments: lexiconExamples())
    func exampleLabelsSurviveStrippedAccentsAndNonBreakingSpaces(_ example: RuleExample) throws {
        let ruleSet = try #require(Self.ruleSet)
        let stripped = example.text.folding(options: .diacriticInsensitive, locale: nil)
            .replacingOccurrences(of: " ", with: "\u{00A0}")
        #expect(example.with(text: stripped).actualLabels(in: ruleSet) == example.labels, "\(example.location)")
    }

    @Test(arguments: aboutnessExamples())
    func exampleTextOnABoilerplateLineGivesNoLabel(_ example: RuleExample) throws {
        let ruleSet = try #require(Self.ruleSet)
        let hidden = example.with(text: "Titre\n\nComment (0)\n" + example.text)
        #expect(hidden.actualLabels(in: ruleSet) == [], "\(example.location)")
    }
}
