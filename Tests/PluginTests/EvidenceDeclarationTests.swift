import Foundation
import TagDeskCore
import TagDeskPlugins
import TagDeskTestSupport
import Testing

/// The `evidence:` header key: `lines` drops a classifier's evidence, is checked like every header key, and
/// makes only that classifier's tags stale.
@Suite struct EvidenceDeclarationTests {
    /// The real rule files, by file name.
    static func realRules() throws -> [String: String] {
        let names = try FileManager.default.contentsOfDirectory(atPath: RepositoryRoot.rules.path).filter { $0.hasSuffix(".yaml") }
        return try Dictionary(uniqueKeysWithValues: names.map { name in
            (name, try String(contentsOf: RepositoryRoot.rules.appendingPathComponent(name), encoding: .utf8))
        })
    }

    /// The real rules with `Rules/language.yaml`'s `evidence:` line replaced by `line`, or removed when `nil`.
    static func rules(languageEvidence line: String?) throws -> [String: String] {
        var files = try realRules()
        let language = try #require(files["language.yaml"])
        let lines = language.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let index = try #require(lines.firstIndex { $0.hasPrefix("evidence:") }, "Rules/language.yaml declares no evidence")
        var edited = lines
        if let line { edited[index] = line } else { edited.remove(at: index) }
        files["language.yaml"] = edited.joined(separator: "\n")
        return files
    }

    static let seed = "000_54b95f3bc5afc1bd"

    static func languageTags(_ files: [String: String]) throws -> [TagDeskCore.Tag] {
        let text = try String(contentsOf: RepositoryRoot.seeds.appendingPathComponent("\(seed).txt"), encoding: .utf8)
        return PluginFixture.tags(try PluginFixture.ruleSet(files), text, classifier: "language")
    }

    @Test func languageTagsCarryNoEvidence() throws {
        let tags = try Self.languageTags(Self.realRules())
        #expect(!tags.isEmpty)
        for tag in tags {
            #expect(tag.evidence.isEmpty, "\(tag.label)")
            #expect(tag.moreEvidence == nil, "\(tag.label)")
            #expect(tag.lines?.isEmpty == false, "\(tag.label)")
        }
        // The same rules without the declaration give the same tags: the ngram plugin quotes nothing anyway
        // (a trigram is no evidence a person reads); the pass dropping evidence is tested below.
        let quoted = try Self.languageTags(Self.rules(languageEvidence: nil))
        #expect(quoted.map(\.label) == tags.map(\.label))
        #expect(quoted.map(\.lines) == tags.map(\.lines))
        #expect(quoted.map(\.score) == tags.map(\.score))
    }

    @Test func explicitMatchesIsTheDefault() throws {
        let implicit = try PluginFixture.ruleSet(Self.rules(languageEvidence: nil))
        let explicit = try PluginFixture.ruleSet(Self.rules(languageEvidence: "evidence: matches"))
        #expect(explicit.fingerprints == implicit.fingerprints)
        #expect(try Self.languageTags(Self.rules(languageEvidence: "evidence: matches"))
            == Self.languageTags(Self.rules(languageEvidence: nil)))
    }

    @Test func anUnknownValueIsReportedAtIt() throws {
        let files = try Self.rules(languageEvidence: "evidence: words")
        let line = try #require(files["language.yaml"]?.split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0 == "evidence: words" }) + 1
        #expect(PluginFixture.problems(files)
            == ["Rules/language.yaml:\(line):11: error: unknown evidence 'words'; expected one of 'matches', 'lines'"])
    }

    @Test func linesIsRefusedForArticleScope() throws {
        var files = try Self.realRules()
        let region = try #require(files["region.yaml"])
        files["region.yaml"] = region.replacingOccurrences(of: "\nscope: article\n", with: "\nscope: article\nevidence: lines\n")
        try #require(files["region.yaml"] != region)
        let line = try #require(files["region.yaml"]?.split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0 == "evidence: lines" }) + 1
        #expect(PluginFixture.problems(files)
            == ["Rules/region.yaml:\(line):11: error: evidence 'lines' needs scope 'line' or 'paragraph'; an article-scoped tag covers no lines"])
    }

    @Test func editingOnlyTheDeclarationChangesOnlyThatFingerprint() throws {
        let declared = try PluginFixture.ruleSet(Self.realRules()).fingerprints
        let undeclared = try PluginFixture.ruleSet(Self.rules(languageEvidence: nil)).fingerprints
        #expect(declared.keys.sorted() == ["article-tone", "boilerplate", "language", "region", "tone", "topic"])
        #expect(declared["language"] != undeclared["language"])
        #expect(declared.filter { $0.key != "language" } == undeclared.filter { $0.key != "language" })
        // A settings edit, by contrast, reaches the classifiers that depend on language.
        var files = try Self.realRules()
        files["language.yaml"] = files["language.yaml"]?.replacingOccurrences(of: "min_letters: 12", with: "min_letters: 13")
        try #require(files["language.yaml"]?.contains("min_letters: 13") == true)
        let edited = try PluginFixture.ruleSet(files).fingerprints
        #expect(edited["language"] != declared["language"])
        #expect(edited["topic"] != declared["topic"])
        #expect(edited["boilerplate"] == declared["boilerplate"])
    }

    @Test func thePassDropsEvidenceAPluginGaveAnyway() throws {
        let rules = """
            classifier: chrome
            plugin: quoting
            scope: line
            evidence: lines
            labels:
              quoted: {}
            """
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("rules-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try rules.write(to: directory.appendingPathComponent("chrome.yaml"), atomically: true, encoding: .utf8)
        let ruleSet = try RuleLoader(registry: PluginRegistry([QuotingPlugin.self])).load(directory: directory, displayPath: "Rules")
        let tags = PluginFixture.tags(ruleSet, "un\ndeux", classifier: "chrome")
        #expect(tags.map(\.lines) == [[LineRange(1, 2)]])
        #expect(tags.map(\.evidence) == [[]])
    }
}

/// A plugin that quotes every line as evidence, whatever the rule file declares.
private struct QuotingPlugin: ClassifierPlugin {
    struct Label: Decodable, Sendable {}
    static let name = "quoting"
    static let summary = "every line, quoted"
    static let version = 1
    static let scopes: Set<Scope> = [.article, .paragraph, .line]

    init(configuration: PluginConfiguration<Label, NoSettings>) throws {}

    func classify(_ article: Article, context: ClassificationContext, facts: NoFacts) -> [TagDeskCore.Tag] {
        let lines = context.contentLines(of: article)
        return [TagDeskCore.Tag(label: "quoted", score: 1, lines: LineRange.covering(lines.map(\.number)),
                    evidence: lines.map { Evidence(line: $0.number, text: $0.text) })]
    }
}
