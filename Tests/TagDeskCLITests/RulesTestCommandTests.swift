import Foundation
import TagDeskTestSupport
import Testing

/// `tagdesk rules test` runs the rule files' examples alone and shows each failing one, Semgrep-style.
@Suite struct RulesTestCommandTests {
    @Test func aFailingExampleIsShownAtItsLineWithExpectedAndGotLabels() throws {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }
        let original = try corpus.readText("Rules/topic.yaml")
        let first = try #require(original.range(of: "    labels: [culture]\n"), "Rules/topic.yaml has no example expecting [culture]; update this test")
        let edited = original.replacingCharacters(in: first, with: "    labels: [culture, economy]\n")
        try #require(edited != original, "Rules/topic.yaml has no example expecting [culture]; update this test")
        try corpus.write(edited, to: "Rules/topic.yaml")
        let lines = edited.split(separator: "\n", omittingEmptySubsequences: false)
        let labelsLine = try #require(lines.firstIndex { $0 == "    labels: [culture, economy]" })
        let textLine = String(lines[labelsLine - 1])
        let text = try #require(textLine.range(of: "- text: ").map { String(textLine[$0.upperBound...]) })
        let column = textLine.unicodeScalars.count - text.unicodeScalars.count + 1

        let result = try TagdeskProcess.run(["rules", "test"], in: corpus.url)

        #expect(result.status == 1, "\(result)")
        let block = [
            "Rules/topic.yaml:\(labelsLine):\(column): example of 'topic' failed",
            "  text:     \(text)",
            "  expected: [culture, economy]",
            "  got:      [culture]  (missing [economy])",
        ]
        let start = try #require(result.stdoutLines.firstIndex(of: block[0]), "\(result)")
        #expect(Array(result.stdoutLines[start..<min(start + 4, result.stdoutLines.count)]) == block, "\(result)")
        let total = try RepositoryExamples.count()
        #expect(result.stdoutLines.last == "\(total) examples, 1 failed", "\(result)")
    }

    @Test func passingExamplesOfOneFileExitZero() throws {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }

        let result = try TagdeskProcess.run(["rules", "test", "Rules/tone.yaml"], in: corpus.url)

        #expect(result.status == 0, "\(result)")
        let examples = try corpus.readText("Rules/tone.yaml").components(separatedBy: "  - text: ").count - 1
        #expect(result.stdout == "\(examples) examples, 0 failed\n", "\(result)")
    }

    @Test func aBrokenRuleFileStopsTheRunWithStatusTwo() throws {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }
        try corpus.write(try corpus.readText("Rules/tone.yaml").replacingOccurrences(of: "threshold: 2", with: "threshold: -2"),
                         to: "Rules/tone.yaml")

        let result = try TagdeskProcess.run(["rules", "test"], in: corpus.url)

        #expect(result.status == 2, "\(result)")
        #expect(result.stdout == "")
        #expect(result.stderr.contains("error: expected a finite number above 0 for 'threshold', found -2"), "\(result)")
    }
}

/// The number of examples in the repository's rule files, counted in their text.
enum RepositoryExamples {
    static func count() throws -> Int {
        try FileManager.default.contentsOfDirectory(at: RepositoryRoot.rules, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "yaml" }
            .map { try String(contentsOf: $0, encoding: .utf8) }
            .filter { !$0.contains("\nkind: policy\n") }  // a policy file's examples are run by check, not by rules test
            .reduce(0) { $0 + $1.components(separatedBy: "\n  - text: ").count - 1 }
    }
}
