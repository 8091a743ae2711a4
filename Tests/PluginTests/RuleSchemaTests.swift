import Foundation
import TagDeskCore
import TagDeskTestSupport
import Testing

/// `schema/tagdesk-rule.schema.json` describes the rule files the loader accepts: shipped files conform, schema and
/// loader agree on a table of small files, and the schema's keys are the loader's keys at every level.
@Suite struct RuleSchemaTests {
    static let schemaURL = RepositoryRoot.url.appendingPathComponent("schema/tagdesk-rule.schema.json")

    static func validator() throws -> JSONSchemaValidator {
        try JSONSchemaValidator(schema: JSONValue(json: Data(contentsOf: schemaURL)))
    }

    // MARK: Shipped files

    static func shippedRuleFiles() throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: RepositoryRoot.rules, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "yaml" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    @Test func everyShippedRuleFileNamesTheSchemaAndConformsToIt() throws {
        let checker = try Self.validator()
        let files = try Self.shippedRuleFiles()
        try #require(files.count >= 5)
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            #expect(text.hasPrefix("# yaml-language-server: $schema=../schema/tagdesk-rule.schema.json\n"), "Rules/\(file.lastPathComponent)")
            let problems = checker.problems(in: try JSONValue(yaml: text))
            #expect(problems == [], "Rules/\(file.lastPathComponent): \(problems)")
        }
    }

    // MARK: Schema and loader agree

    /// A small rule file and whether it is valid; schema and loader must both give that verdict.
    struct Document: Sendable, CustomTestStringConvertible {
        let name: String
        let yaml: String
        let valid: Bool
        var testDescription: String { name }
    }

    static let lexicon = """
        classifier: rain
        plugin: lexicon
        scope: article
        description: Weather.
        labels:
          rain:
            threshold: 2
            terms: [pluie, {term: mưa, weight: 1.5}]
        examples:
          - text: la pluie et la pluie
            labels: [rain]

        """

    static let pattern = """
        classifier: dates
        plugin: pattern
        scope: line
        settings: {case_sensitive: true}
        labels:
          date:
            patterns: ['\\d{1,2}/\\d{1,2}/\\d{4}']
            weight: 2
        examples:
          - text: 05/07/2025
            labels: [date]

        """

    static let boilerplate = """
        classifier: chrome
        plugin: boilerplate
        scope: line
        role: boilerplate
        labels:
          footer:
            patterns: ['^Footer']
            after: ['^Comment \\(\\d+\\)$']
          template:
            repeated: {min_articles: 2, max_words: 10}
        examples:
          - text: Footer Banner
            labels: [footer]

        """

    /// `EXAMPLE_PLUGIN` stands for the path of `tagdesk-example-plugin`, put in when the test runs.
    static let external = """
        classifier: asks
        plugin: external
        scope: line
        settings:
          command: [EXAMPLE_PLUGIN]
          timeout_ms: 5000
          workers: 2
          env: {LANG: C.UTF-8}
        labels:
          question:
            description: A question.
          quote:
        examples:
          - text: Who decided this?
            labels: [question]
          - text: He said “we will build it” and left.
            labels: [quote]

        """

    static let policy = """
        kind: policy
        policies:
          broken:
            decision: hold
            message: m
            when:
              any:
                - finding: {kind: no-content, severity: error}
                - not: {finding: {severity: warning}}

        """

    static func edit(_ base: String, _ old: String, _ new: String) -> String {
        precondition(base.contains(old), "no \(old) in the base document")
        return base.replacingOccurrences(of: old, with: new)
    }

    static let documents: [Document] = [
        Document(name: "lexicon", yaml: lexicon, valid: true),
        Document(name: "policy", yaml: policy, valid: true),
        Document(name: "classifier declaring its kind", yaml: "kind: classifier\n" + lexicon, valid: true),
        Document(name: "unknown kind", yaml: "kind: policies\n" + lexicon, valid: false),
        Document(name: "policy with an unknown key", yaml: edit(policy, "message: m", "mesage: m"), valid: false),
        Document(name: "policy with an unknown decision", yaml: edit(policy, "decision: hold", "decision: reject"), valid: false),
        Document(name: "finding of an unknown severity", yaml: edit(policy, "severity: error", "severity: fatal"), valid: false),
        Document(name: "pattern", yaml: pattern, valid: true),
        Document(name: "boilerplate", yaml: boilerplate, valid: true),
        Document(name: "empty settings", yaml: edit(lexicon, "labels:\n", "settings:\nlabels:\n"), valid: true),
        Document(name: "null description", yaml: edit(lexicon, "description: Weather.", "description:"), valid: true),
        Document(name: "evidence lines on lines", yaml: edit(pattern, "scope: line", "scope: line\nevidence: lines"), valid: true),
        Document(name: "max_hits_per_term 1", yaml: edit(lexicon, "labels:\n", "settings: {max_hits_per_term: 1}\nlabels:\n"), valid: true),
        Document(name: "unknown key", yaml: edit(lexicon, "scope: article", "scope: article\ncolour: red"), valid: false),
        Document(name: "no scope", yaml: edit(lexicon, "scope: article\n", ""), valid: false),
        Document(name: "unknown scope", yaml: edit(lexicon, "scope: article", "scope: sentence"), valid: false),
        Document(name: "unknown plugin", yaml: edit(lexicon, "plugin: lexicon", "plugin: lexicon2"), valid: false),
        Document(name: "classifier Topic", yaml: edit(lexicon, "classifier: rain", "classifier: Topic"), valid: false),
        Document(name: "classifier a/b", yaml: edit(lexicon, "classifier: rain", "classifier: a/b"), valid: false),
        Document(name: "classifier ''", yaml: edit(lexicon, "classifier: rain", "classifier: ''"), valid: false),
        Document(name: "label Rain", yaml: edit(lexicon, "  rain:", "  Rain:"), valid: false),
        Document(name: "no labels", yaml: edit(lexicon, "labels:\n  rain:\n    threshold: 2\n    terms: [pluie, {term: mưa, weight: 1.5}]\n", "labels: {}\n"), valid: false),
        Document(name: "threshold -1", yaml: edit(lexicon, "threshold: 2", "threshold: -1"), valid: false),
        Document(name: "threshold 0", yaml: edit(lexicon, "threshold: 2", "threshold: 0"), valid: false),
        Document(name: "threshold .nan", yaml: edit(lexicon, "threshold: 2", "threshold: .nan"), valid: false),
        Document(name: "threshold .inf", yaml: edit(lexicon, "threshold: 2", "threshold: .inf"), valid: false),
        Document(name: "threshold abc", yaml: edit(lexicon, "threshold: 2", "threshold: abc"), valid: false),
        Document(name: "weight .inf", yaml: edit(lexicon, "weight: 1.5", "weight: .inf"), valid: false),
        Document(name: "term object without term", yaml: edit(lexicon, "{term: mưa, weight: 1.5}", "{weight: 1.5}"), valid: false),
        Document(name: "no terms", yaml: edit(lexicon, "terms: [pluie, {term: mưa, weight: 1.5}]", "terms: []"), valid: false),
        Document(name: "max_hits_per_term 0", yaml: edit(lexicon, "labels:\n", "settings: {max_hits_per_term: 0}\nlabels:\n"), valid: false),
        Document(name: "unknown setting", yaml: edit(lexicon, "labels:\n", "settings: {max_hits: 2}\nlabels:\n"), valid: false),
        Document(name: "example without labels", yaml: edit(lexicon, "    labels: [rain]\n", ""), valid: false),
        Document(name: "example with unknown key", yaml: edit(lexicon, "    labels: [rain]", "    labels: [rain]\n    lang: fr"), valid: false),
        Document(name: "evidence lines on articles", yaml: edit(lexicon, "scope: article", "scope: article\nevidence: lines"), valid: false),
        Document(name: "unknown role", yaml: edit(lexicon, "scope: article", "scope: article\nrole: topic"), valid: false),
        Document(name: "pattern: no patterns", yaml: edit(pattern, "patterns: ['\\d{1,2}/\\d{1,2}/\\d{4}']", "patterns: []"), valid: false),
        Document(name: "pattern: empty regex", yaml: edit(pattern, "'\\d{1,2}/\\d{1,2}/\\d{4}'", "''"), valid: false),
        Document(name: "pattern: weight 0", yaml: edit(pattern, "weight: 2", "weight: 0"), valid: false),
        Document(name: "pattern: lexicon key", yaml: edit(pattern, "weight: 2", "terms: [x]"), valid: false),
        Document(name: "boilerplate: scope paragraph", yaml: edit(boilerplate, "scope: line", "scope: paragraph"), valid: false),
        Document(name: "boilerplate: min_articles 1", yaml: edit(boilerplate, "min_articles: 2", "min_articles: 1"), valid: false),
        Document(name: "boilerplate: max_words 0", yaml: edit(boilerplate, "max_words: 10", "max_words: 0"), valid: false),
        Document(name: "boilerplate: label without signal", yaml: edit(boilerplate, "    repeated: {min_articles: 2, max_words: 10}", "    description: nothing"), valid: false),
        Document(name: "boilerplate: a setting", yaml: edit(boilerplate, "labels:\n", "settings: {x: 1}\nlabels:\n"), valid: false),
        Document(name: "external", yaml: external, valid: true),
        Document(name: "external: no settings", yaml: edit(external, "settings:\n  command: [EXAMPLE_PLUGIN]\n  timeout_ms: 5000\n  workers: 2\n  env: {LANG: C.UTF-8}\n", ""), valid: false),
        Document(name: "external: empty command", yaml: edit(external, "[EXAMPLE_PLUGIN]", "[]"), valid: false),
        Document(name: "external: workers 0", yaml: edit(external, "workers: 2", "workers: 0"), valid: false),
        Document(name: "external: timeout_ms 0", yaml: edit(external, "timeout_ms: 5000", "timeout_ms: 0"), valid: false),
        Document(name: "external: label body with a key", yaml: edit(external, "  quote:\n", "  quote: {terms: [x]}\n"), valid: false),
    ]

    @Test(arguments: documents)
    func schemaAndLoaderAgree(_ document: Document) throws {
        let yaml = document.yaml.contains("EXAMPLE_PLUGIN")
            ? document.yaml.replacingOccurrences(of: "EXAMPLE_PLUGIN", with: try ExamplePlugin.url().path) : document.yaml
        let schemaProblems = try Self.validator().problems(in: JSONValue(yaml: yaml))
        let loaderProblems = PluginFixture.problems(["rule.yaml": yaml])
        #expect(schemaProblems.isEmpty == document.valid, "schema: \(schemaProblems)")
        #expect(loaderProblems.isEmpty == document.valid, "loader: \(loaderProblems)")
    }

    // MARK: Same keys

    /// A place in a rule file that takes keys: the schema's properties there, and a document with an unknown key
    /// there, whose loader message lists the keys the loader accepts.
    struct Level: Sendable, CustomTestStringConvertible {
        let name: String
        let schemaPath: [String]
        let document: String
        var testDescription: String { name }
    }

    static let unknown = "zzzzzzzzzzzzzzzzzz"

    static let levels: [Level] = [
        Level(name: "header", schemaPath: ["$defs", "classifierFile", "properties"], document: edit(lexicon, "scope: article", "scope: article\n\(unknown): 1")),
        Level(name: "example", schemaPath: ["$defs", "example", "properties"],
              document: edit(lexicon, "    labels: [rain]", "    labels: [rain]\n    \(unknown): 1")),
        Level(name: "lexicon label", schemaPath: ["$defs", "lexiconLabel", "properties"],
              document: edit(lexicon, "    threshold: 2", "    threshold: 2\n    \(unknown): 1")),
        Level(name: "lexicon term", schemaPath: ["$defs", "lexiconLabel", "properties", "terms", "items", "anyOf", "1", "properties"],
              document: edit(lexicon, "weight: 1.5}", "weight: 1.5, \(unknown): 1}")),
        Level(name: "lexicon settings", schemaPath: ["$defs", "lexiconSettings", "properties"],
              document: edit(lexicon, "labels:\n", "settings: {\(unknown): 1}\nlabels:\n")),
        Level(name: "pattern label", schemaPath: ["$defs", "patternLabel", "properties"],
              document: edit(pattern, "    weight: 2", "    weight: 2\n    \(unknown): 1")),
        Level(name: "pattern settings", schemaPath: ["$defs", "patternSettings", "properties"],
              document: edit(pattern, "{case_sensitive: true}", "{\(unknown): 1}")),
        Level(name: "boilerplate label", schemaPath: ["$defs", "boilerplateLabel", "properties"],
              document: edit(boilerplate, "    patterns: ['^Footer']", "    patterns: ['^Footer']\n    \(unknown): 1")),
        Level(name: "boilerplate repetition", schemaPath: ["$defs", "boilerplateLabel", "properties", "repeated", "properties"],
              document: edit(boilerplate, "max_words: 10}", "max_words: 10, \(unknown): 1}")),
        Level(name: "boilerplate page", schemaPath: ["$defs", "boilerplateLabel", "properties", "page", "properties"],
              document: edit(boilerplate, "  template:\n", "  shell:\n    page: {weights: {short: 1}, \(unknown): 1}\n  template:\n")),
        Level(name: "boilerplate page weights",
              schemaPath: ["$defs", "boilerplateLabel", "properties", "page", "properties", "weights", "properties"],
              document: edit(boilerplate, "  template:\n", "  shell:\n    page: {weights: {short: 1, \(unknown): 1}}\n  template:\n")),
        Level(name: "boilerplate settings", schemaPath: ["$defs", "boilerplateSettings", "properties"],
              document: edit(boilerplate, "labels:\n", "settings: {\(unknown): 1}\nlabels:\n")),
        Level(name: "external label", schemaPath: ["$defs", "externalLabel", "properties"],
              document: edit(external, "    description: A question.", "    description: A question.\n    \(unknown): 1")),
        Level(name: "external settings", schemaPath: ["$defs", "externalSettings", "properties"],
              document: edit(external, "  workers: 2", "  workers: 2\n  \(unknown): 1")),
    ]

    @Test(arguments: levels)
    func schemaKeysAreTheLoadersKeys(_ level: Level) throws {
        var node = try JSONValue(json: Data(contentsOf: Self.schemaURL))
        for step in level.schemaPath {
            if case .array(let items) = node, let index = Int(step), index < items.count {
                node = items[index]
            } else {
                node = try #require(node[step], "the schema has no \(level.schemaPath)")
            }
        }
        guard case .object(let properties) = node else { Issue.record("\(level.schemaPath) is not an object"); return }
        let schemaKeys = properties.keys.sorted()

        let problems = PluginFixture.problems(["rule.yaml": level.document])
        let message = try #require(problems.first { $0.contains("unknown key '\(Self.unknown)'") }, "\(problems)")
        let loaderKeys: [String]
        if message.hasSuffix("this section takes no keys") {
            loaderKeys = []
        } else {
            let list = try #require(message.range(of: "expected one of ").map { message[$0.upperBound...] }, "\(message)")
            loaderKeys = list.split(separator: ", ").map { String($0.dropFirst().dropLast()) }.sorted()
        }
        #expect(schemaKeys == loaderKeys)
    }
}
