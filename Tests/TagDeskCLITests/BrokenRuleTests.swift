import Foundation
import TagDeskTestSupport
import Testing

/// A broken rules folder stops `tagdesk classify` before it changes any tag file, with a compiler-style
/// diagnostic pointing at the offending line and column.
@Suite struct BrokenRuleTests {
    /// A temporary corpus holding the tag files of an earlier good run.
    private func corpusWithGoodTagFiles() async throws -> (TemporaryCorpus, [String: Data]) {
        let corpus = try TemporaryCorpus()
        let good = try await GoodRun.tagFiles()
        try corpus.writeTagFiles(good)
        try #require(try corpus.tagFiles() == good)
        return (corpus, good)
    }

    @Test(arguments: BrokenRule.all)
    func brokenRuleFileIsReportedAtItsLineAndNoTagFileChanges(_ rule: BrokenRule) async throws {
        let (corpus, good) = try await corpusWithGoodTagFiles()
        defer { corpus.remove() }
        let dates = try corpus.tagFileModificationDates()
        let edited = try rule.apply(in: corpus.fileURL("Rules"))
        let expected = try rule.expectedDiagnostic(editedText: edited, rules: RepositoryRoot.rules)

        let result = try TagdeskProcess.run(["classify"], in: corpus.url)

        #expect(result.status == 2, "\(result)")
        #expect(result.stdout == "")
        let lines = result.stderrLines
        let index = try #require(lines.firstIndex(of: expected.headline), "expected \(expected.headline)\n\(result)")
        // The headline is followed by the offending line and a caret under the column.
        #expect(lines.dropFirst(index + 1).first == expected.sourceLine)
        #expect(lines.dropFirst(index + 2).first == String(repeating: " ", count: expected.column - 1) + "^")
        #expect(lines.last == "1 problem in rule files; no tag file was changed", "\(result)")
        #expect(lines.filter { $0.contains(": error: ") }.count == 1, "\(result)")
        #expect(try corpus.tagFiles() == good)
        #expect(try corpus.tagFileModificationDates() == dates)
    }

    @Test func twoBrokenFilesAreBothReportedInOneRun() async throws {
        let (corpus, good) = try await corpusWithGoodTagFiles()
        defer { corpus.remove() }
        let rules = try #require(BrokenRule.all.first { $0.name.hasPrefix("wrong type") })
        let plugin = try #require(BrokenRule.all.first { $0.name.hasPrefix("unknown plugin") })
        try #require(rules.file != plugin.file)
        let first = try rules.expectedDiagnostic(editedText: try rules.apply(in: corpus.fileURL("Rules")),
                                                 rules: RepositoryRoot.rules)
        let second = try plugin.expectedDiagnostic(editedText: try plugin.apply(in: corpus.fileURL("Rules")),
                                                   rules: RepositoryRoot.rules)

        let result = try TagdeskProcess.run(["classify"], in: corpus.url)

        #expect(result.status == 2, "\(result)")
        #expect(result.stdout == "")
        let headlines = result.stderrLines.filter { $0.contains(": error: ") }
        // Diagnostics come in file order: Rules/tone.yaml before Rules/topic.yaml.
        #expect(headlines == [second.headline, first.headline])
        #expect(result.stderrLines.last == "2 problems in rule files; no tag file was changed")
        #expect(try corpus.tagFiles() == good)
    }

    @Test func brokenRulesAreReportedBeforeAnUnknownArticleID() async throws {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }
        let rule = try #require(BrokenRule.all.first { $0.name.hasPrefix("misspelt key") })
        let expected = try rule.expectedDiagnostic(editedText: try rule.apply(in: corpus.fileURL("Rules")),
                                                   rules: RepositoryRoot.rules)

        let result = try TagdeskProcess.run(["classify", "999_nope"], in: corpus.url)

        #expect(result.status == 2, "\(result)")
        #expect(result.stderrLines.first == expected.headline)
        #expect(try corpus.tagFiles().isEmpty)
    }

    /// Files that depend on a file with a YAML syntax error should not be reported as depending on an
    /// unknown classifier: the broken file does define it.
    @Test func aSyntaxErrorInADependencyIsTheOnlyErrorReported() async throws {
        let (corpus, good) = try await corpusWithGoodTagFiles()
        defer { corpus.remove() }
        let rule = BrokenRule(
            name: "YAML syntax error in boilerplate.yaml", file: "boilerplate.yaml",
            edit: .replace(pattern: #"^scope: (\S+)$"#, template: "scope: $1: oops"),
            lineContaining: ": oops", columnAt: ": oops",
            message: { _ in "invalid YAML: mapping values are not allowed in this context" })
        let expected = try rule.expectedDiagnostic(editedText: try rule.apply(in: corpus.fileURL("Rules")),
                                                   rules: RepositoryRoot.rules)

        let result = try TagdeskProcess.run(["classify"], in: corpus.url)

        #expect(result.status == 2, "\(result)")
        #expect(result.stderrLines.contains(expected.headline), "\(result)")
        #expect(try corpus.tagFiles() == good)
        #expect(result.stderrLines.filter { $0.contains(": error: ") } == [expected.headline])
    }
}
