import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import TagDeskCore
import TagDeskTestSupport
import Testing

/// Each reporter's document for a check that finds problems of every place: a failing example (in a rule
/// file), an empty article, missing tag files, and an article whose name needs escaping.
@Suite struct ReporterFormatTests {
    /// A corpus with a failing example, an empty article named with a comma, a colon and a percent sign, and no
    /// tag files.
    private func corpusWithProblems() throws -> TemporaryCorpus {
        let corpus = try TemporaryCorpus()
        try CheckSupport.edit("Rules/tone.yaml", in: corpus, replacing: "labels: \\[positive\\]", with: "labels: [negative]")
        try corpus.write("", to: "seeds/zz,vide:é%.txt")
        return corpus
    }

    private func run(_ format: String, _ corpus: TemporaryCorpus) throws -> ProcessResult {
        let result = try TagdeskProcess.run(["check", "--format", format], in: corpus.url)
        #expect(result.status == 1, "\(result)")
        return result
    }

    private static let schema: JSONSchemaValidator = {
        // The OASIS SARIF 2.1.0 schema (sarif-2.1/schema/sarif-schema-2.1.0.json in oasis-tcs/sarif-spec).
        let url = RepositoryRoot.url.appendingPathComponent("Tests/Fixtures/sarif-schema-2.1.0.json")
        return try! JSONSchemaValidator(schema: JSONValue(json: Data(contentsOf: url)))
    }()

    @Test func sarifIsValidAgainstTheOASISSchema() throws {
        let corpus = try corpusWithProblems()
        defer { corpus.remove() }

        let result = try run("sarif", corpus)

        #expect(Self.schema.problems(in: try JSONValue(json: Data(result.stdout.utf8))) == [])
        let document = try JSONValue(json: Data(result.stdout.utf8))
        let run = try #require(document["runs"]?.array?.first)
        #expect(run["columnKind"] == .string("unicodeCodePoints"))
        #expect(run["tool"]?["driver"]?["version"] == .string(TagDeskVersion.current))
        let rules = run["tool"]?["driver"]?["rules"]?.array ?? []
        let ids = rules.compactMap { $0["id"]?.string }
        #expect(ids == ids.sorted())
        #expect(Set(["empty-article", "example-failed", "missing-tag-file", "held-article"]).isSubset(of: ids), "\(ids)")
        #expect(rules.allSatisfy { $0["help"]?["text"]?.string?.isEmpty == false && $0["shortDescription"] != nil })
        let results = run["results"]?.array ?? []
        let empty = try #require(results.first { $0["ruleId"] == .string("empty-article") })
        let location = empty["locations"]?.array?.first?["physicalLocation"]
        #expect(location?["artifactLocation"]?["uri"] == .string("seeds/zz,vide%3A%C3%A9%25.txt"))
        #expect(location?["region"]?["startLine"] == .number(1))
        #expect(empty["level"] == .string("error"))
        let example = try #require(results.first { $0["ruleId"] == .string("example-failed") })
        #expect(example["locations"]?.array?.first?["physicalLocation"]?["artifactLocation"]?["uri"] == .string("Rules/tone.yaml"))
    }

    @Test func theSchemaValidatorRejectsAnInvalidLog() throws {
        let invalid = #"{"version": "2.0", "runs": [{"tool": {"driver": {}}, "columnKind": "bytes", "results": [{"level": "fatal"}]}]}"#

        let violations = Self.schema.problems(in: try JSONValue(json: Data(invalid.utf8)))

        #expect(violations.contains(#"/version: "2.0" is not one of ["2.1.0"]"#), "\(violations)")
        #expect(violations.contains("/runs/0/tool/driver: missing required 'name'"), "\(violations)")
        #expect(violations.contains { $0.hasPrefix("/runs/0/columnKind:") }, "\(violations)")
        #expect(violations.contains { $0.hasPrefix("/runs/0/results/0") }, "\(violations)")
    }

    @Test func brokenRuleFileDiagnosticsAreInTheSARIF() throws {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }
        let rule = try #require(BrokenRule.all.first { $0.name.hasPrefix("misspelt key") })
        let expected = try rule.expectedDiagnostic(editedText: try rule.apply(in: corpus.fileURL("Rules")), rules: RepositoryRoot.rules)

        let result = try TagdeskProcess.run(["check", "--format", "sarif"], in: corpus.url)

        #expect(result.status == 2, "\(result)")
        #expect(Self.schema.problems(in: try JSONValue(json: Data(result.stdout.utf8))) == [])
        let results = try JSONValue(json: Data(result.stdout.utf8))["runs"]?.array?.first?["results"]?.array ?? []
        #expect(results.count == 1)
        #expect(results.first?["ruleId"] == .string("rule-file-error"))
        #expect(results.first?["locations"]?.array?.first?["physicalLocation"]?["region"]?["startColumn"] == .number(Double(expected.column)))
    }

    @Test func junitListsEveryExampleAsATestCase() throws {
        let corpus = try corpusWithProblems()
        defer { corpus.remove() }

        let result = try run("junit", corpus)

        let parsed = try XMLElements(result.stdout)
        let cases = parsed.elements.filter { $0.name == "testcase" }
        let examples = cases.filter { $0.attributes["classname"]?.hasPrefix("examples.") == true }
        // Examples of classifier files; a policy file's examples are run by check as problems, not listed here.
        let expectedExamples = try corpus.listing("Rules").reduce(0) { count, file in
            let text = try corpus.readText("Rules/" + file)
            return text.contains("\nkind: policy\n") ? count : count + text.components(separatedBy: "\n  - text:").count - 1
        }
        #expect(examples.count == expectedExamples, "\(result.stdout.prefix(2000))")
        // The failing example, the empty article, a stale tag file per seed, the empty one's missing tag file, and
        // its hold by the `unreadable` policy.
        #expect(parsed.elements.filter { $0.name == "failure" }.count == 1 + 1 + corpus.seedIDs.count + 1 + 1)
        let root = try #require(parsed.elements.first)
        #expect(root.name == "testsuites")
        #expect(root.attributes["tests"] == String(cases.count))
    }

    @Test func githubCommandsAreWellFormedAndEscaped() throws {
        let corpus = try corpusWithProblems()
        defer { corpus.remove() }

        let result = try TagdeskProcess.run(["check"], in: corpus.url, environment: ["GITHUB_ACTIONS": "true"])

        #expect(result.status == 1, "\(result)")
        let command = #/^::(error|warning|notice) (file=[^,:]+,line=[0-9]+,col=[0-9]+,)?title=[^,:]+::[^\r\n]*$/#
        for line in result.stdoutLines { #expect(line.wholeMatch(of: command) != nil, "\(line)") }
        #expect(result.stdoutLines.contains { $0.hasPrefix("::error file=seeds/zz%2Cvide%3Aé%25.txt,line=1,col=1,title=tagdesk empty-article::") })
        #expect(result.stdoutLines.last?.hasPrefix("::notice title=tagdesk check::check failed: ") == true)
    }

    @Test func checkstyleIsWellFormed() throws {
        let corpus = try corpusWithProblems()
        defer { corpus.remove() }

        let result = try run("checkstyle", corpus)

        let parsed = try XMLElements(result.stdout)
        #expect(parsed.elements.first?.name == "checkstyle")
        let files = parsed.elements.filter { $0.name == "file" }.compactMap { $0.attributes["name"] }
        #expect(files == files.sorted())
        #expect(files.contains("seeds/zz,vide:é%.txt"))
        let errors = parsed.elements.filter { $0.name == "error" }
        #expect(errors.filter { $0.attributes["severity"] == "error" }.count == 1 + 1 + corpus.seedIDs.count + 1 + 1)
        #expect(errors.allSatisfy { $0.attributes["source"]?.hasPrefix("tagdesk.") == true && $0.attributes["line"] != nil })
    }

    /// Weights too large to sum give a score JSON cannot hold (`inf`): the command fails loudly. (A weight that
    /// is not finite itself is a rule-file error.)
    @Test func aScoreJSONCannotHoldExits2() throws {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }
        try CheckSupport.edit("Rules/topic.yaml", in: corpus, replacing: "\\{term: affaires étrangères, weight: 2\\}",
                              with: "{term: affaires étrangères, weight: 1.0e308}")

        let result = try TagdeskProcess.run(["classify", "--dry-run", "--format", "json"], in: corpus.url)

        #expect(result.status == 2, "\(result)")
        #expect(!result.stdout.contains(": inf"), "\(result)")
        #expect(result.stderrLines.contains { $0.hasPrefix("error: cannot write the report: ") }, "\(result)")
    }

    @Test func classifyJSONCarriesRuleFileDiagnosticsAndTheVersion() throws {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }
        let rule = try #require(BrokenRule.all.first { $0.name.hasPrefix("misspelt key") })
        _ = try rule.apply(in: corpus.fileURL("Rules"))

        let result = try TagdeskProcess.run(["classify", "--format", "json"], in: corpus.url)

        #expect(result.status == 2, "\(result)")
        let document = try JSONValue(json: Data(result.stdout.utf8))
        #expect(document["articles"] == .array([]))
        #expect(document["diagnostics"]?.array?.first?["kind"] == .string("rule-file-error"))
        #expect(document["version"] == .string(TagDeskVersion.current))
    }
}

/// Every element of an XML document in document order, parsed with `XMLParser` (fails on malformed XML).
struct XMLElements {
    struct Element {
        let name: String
        let attributes: [String: String]
    }

    let elements: [Element]

    init(_ text: String) throws {
        final class Collector: NSObject, XMLParserDelegate {
            var elements: [Element] = []
            func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                        attributes: [String: String]) {
                elements.append(Element(name: name, attributes: attributes))
            }
        }
        let parser = XMLParser(data: Data(text.utf8))
        let collector = Collector()
        parser.delegate = collector
        guard parser.parse() else {
            throw TestSupportError("malformed XML: \(parser.parserError.map(String.init(describing:)) ?? "?")\n\(text.prefix(2000))")
        }
        elements = collector.elements
    }
}
