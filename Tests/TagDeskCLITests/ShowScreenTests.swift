import Foundation
import LineEditor
import TagDeskTestSupport
import Testing

/// `tagdesk show` on a terminal (wrapped to its width, coloured unless told not to), as JSON, and with a broken
/// tag or decisions file (reported as `classify` reports it).
@Suite struct ShowScreenTests {
    static let id = "000_54b95f3bc5afc1bd"

    @Test func onATerminalLinesWrapUnderTheGutterAndEvidenceIsHighlighted() async throws {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }

        let result = try await TagdeskProcess.runOnTerminal(["show", Self.id], in: corpus.url, columns: 60)

        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("\u{1B}[1;4mvietnamienne\u{1B}[0m"), "evidence in bold and underlined")
        #expect(result.stdout.contains("\u{1B}[33mvi\u{1B}[0m"), "the Vietnamese caption marked")
        let rows = result.stdout.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
            .split(separator: "\n").map(String.init)
        for row in rows { #expect(DisplayWidth.of(row) <= 60, "\(row)") }
        let first = try #require(rows.firstIndex { $0.hasPrefix(" 5 ") })
        #expect(rows[first + 1].hasPrefix("               │ "), "a hanging indent: \(rows[first + 1])")
    }

    @Test(arguments: [["NO_COLOR": "1"], ["NO_COLOR": ""], ["TERM": "dumb"]])
    func noColoursWhenTheEnvironmentSaysSo(environment: [String: String]) async throws {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }

        let result = try await TagdeskProcess.runOnTerminal(["show", Self.id], in: corpus.url, environment: environment)

        #expect(result.status == 0, "\(result)")
        #expect(!result.stdout.utf8.contains(0x1B), "\(environment)")
        #expect(result.stdout.contains("13 vi          │ "), "still wrapped and marked")
    }

    @Test func colourCanBeForcedOrRefused() async throws {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }

        let always = try TagdeskProcess.run(["show", Self.id, "--color", "always"], in: corpus.url)
        let never = try await TagdeskProcess.runOnTerminal(["show", Self.id, "--color", "never"], in: corpus.url)

        #expect(always.stdout.contains("\u{1B}[1;4mvietnamienne\u{1B}[0m"), "\(always)")
        #expect(never.status == 0 && !never.stdout.utf8.contains(0x1B), "\(never)")
    }

    @Test func jsonHoldsTheClassifyObjectTheLinesAndTheDecisions() throws {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }
        try corpus.write("article: \(Self.id)\ndecisions:\n- {classifier: topic, action: add, label: culture, by: alice, "
                         + "at: 2026-11-24T10:00:00Z, note: fête}\n", to: "seeds/\(Self.id).decisions.yaml")

        let shown = try TagdeskProcess.run(["show", Self.id, "--format", "json"], in: corpus.url)
        let classified = try TagdeskProcess.run(["classify", "--dry-run", "--format", "json", Self.id], in: corpus.url)

        #expect(shown.status == 0, "\(shown)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any])
        #expect(Set(document.keys) == ["article", "decisions", "lines", "version"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(classified.stdout.utf8)) as? [String: Any])
        let article = try #require(document["article"] as? NSDictionary)
        #expect(article == ((report["articles"] as? [Any])?.first as? NSDictionary), "the classify report's object")
        let lines = try #require(document["lines"] as? [[String: Any]])
        let text = try corpus.readText(TemporaryCorpus.articlePath(Self.id))
        #expect(lines.compactMap { $0["text"] as? String } == text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
        #expect(lines[12]["language"] as? String == "vi" && lines[12]["line"] as? Int == 13)
        #expect(lines[2]["language"] is NSNull && lines[6]["boilerplate"] as? String == "byline")
        let decision = try #require((document["decisions"] as? [[String: Any]])?.first)
        #expect(decision["by"] as? String == "alice" && decision["at"] as? String == "2026-11-24T10:00:00Z" && decision["note"] as? String == "fête")
    }

    /// A tag file and a decisions file that cannot be read.
    static let brokenFiles: [(path: String, text: String)] = [
        ("seeds/\(id).tags.yaml", "article: [unclosed\n"),
        ("seeds/\(id).decisions.yaml", "article: \(id)\ndecisions:\n- {classifier: topic, action: add, by: alice}\n"),
    ]

    @Test(arguments: brokenFiles.indices)
    func aBrokenFileIsReportedAsClassifyReportsIt(_ index: Int) throws {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }
        try corpus.write(Self.brokenFiles[index].text, to: Self.brokenFiles[index].path)

        let shown = try TagdeskProcess.run(["show", Self.id], in: corpus.url)
        let classified = try TagdeskProcess.run(["classify", "--dry-run", Self.id], in: corpus.url)

        #expect(classified.status == 1, "\(classified)")
        #expect(shown.status == classified.status, "\(shown)")
        let problems = classified.stderrLines.filter { $0.hasPrefix(Self.brokenFiles[index].path + ":") }
        #expect(!problems.isEmpty, "\(classified)")
        #expect(shown.stderr == classified.stderr, "the same message")
        #expect(shown.stdoutLines.first == Self.id, "the article is still shown")
    }
}
