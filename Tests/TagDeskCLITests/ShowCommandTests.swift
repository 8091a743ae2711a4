import Foundation
import TagDeskTestSupport
import Testing

/// `tagdesk show ID`: the article screen (header, tags with their source, findings, decision, then the numbered
/// text), checked against the article's text and the JSON report of the same rules.
@Suite struct ShowCommandTests {
    static let id = "000_54b95f3bc5afc1bd"

    /// One numbered line of the listing: `74 comments    │ Footer Banner Agribank`.
    struct ListedLine: Equatable {
        let number: Int
        let margin: String?
        let text: String
    }

    static func listedLines(_ output: [String]) -> [ListedLine] {
        output.compactMap { line in
            guard let bar = line.range(of: " │ ") ?? line.range(of: " │") else { return nil }
            let head = line[..<bar.lowerBound].split(separator: " ", maxSplits: 1)
            guard let first = head.first, let number = Int(first) else { return nil }
            let margin = head.count == 2 ? head[1].trimmingCharacters(in: .whitespaces) : ""
            return ListedLine(number: number, margin: margin.isEmpty ? nil : margin, text: String(line[bar.upperBound...]))
        }
    }

    /// The tag rows under `  <classifier>` in the `tags` section, up to the next classifier.
    static func section(_ classifier: String, in output: [String]) -> [String] {
        guard let tags = output.firstIndex(of: "tags"), let start = output[tags...].firstIndex(of: "  \(classifier)") else {
            return []
        }
        return Array(output[(start + 1)...].prefix { $0.hasPrefix("    ") })
    }

    /// `tagdesk show 000_54b95f3bc5afc1bd` in a fresh corpus, run once for the tests that read its output.
    private static let showRun = Task<(result: ProcessResult, articleText: String, tagFiles: [String: Data]), any Error> {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }
        let result = try TagdeskProcess.run(["show", id], in: corpus.url)
        return (result, try corpus.readText(TemporaryCorpus.articlePath(id)), try corpus.tagFiles())
    }

    @Test func showListsEveryLineWithBoilerplateAndLanguageMarks() async throws {
        let (result, articleText, tagFiles) = try await Self.showRun.value

        #expect(result.status == 0, "\(result)")
        #expect(result.stderr == "")
        #expect(!result.stdout.utf8.contains(0x1B), "no escape codes in a pipe")
        let article = articleText.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let listed = Self.listedLines(result.stdoutLines)
        #expect(listed.map(\.number) == Array(1...article.count))
        #expect(listed.map(\.text) == article, "not wrapped in a pipe")
        #expect(listed.first { $0.number == 74 } == ListedLine(number: 74, margin: "comments", text: "Footer Banner Agribank"))
        #expect(listed.first { $0.number == 7 }?.margin == "byline")
        #expect(listed.first { $0.number == 3 }?.margin == nil)
        #expect([13, 20, 27].map { number in listed.first { $0.number == number }?.margin } == ["vi", "vi", "vi"])

        // The boilerplate kinds are those of the boilerplate tags in the JSON report, the first tag of a line winning.
        let json = try await GoodRun.dryRunReport().article(Self.id)
        var labels: [Int: String] = [:]
        for tag in try json.tags("boilerplate") {
            for line in tag.lineNumbers.sorted() where labels[line] == nil { labels[line] = tag.label }
        }
        let boilerplate = listed.compactMap { line in line.margin.flatMap { $0 == "vi" ? nil : (line.number, $0) } }
        #expect(Dictionary(uniqueKeysWithValues: boilerplate) == labels)
        #expect(result.stdoutLines.first == Self.id)
        #expect(result.stdoutLines.dropFirst().first == "language fr  source seeds/\(Self.id).txt  sha256 \(json.sha256.prefix(12))")
        #expect(tagFiles.isEmpty, "show writes no tag file")
    }

    @Test func showPrintsTopicAndRegionTagsWithEvidence() async throws {
        let result = try await Self.showRun.value.result

        try #require(result.status == 0, "\(result)")
        let json = try await GoodRun.dryRunReport().article(Self.id)
        for classifier in ["topic", "region"] {
            let section = Self.section(classifier, in: result.stdoutLines)
            let tags = try json.tags(classifier)
            #expect(section.map { $0.split(separator: " ").first.map(String.init) } == tags.map(\.label), "\(classifier)")
            for (row, tag) in zip(section, tags) {
                let evidence = tag.evidence.prefix(6).map { "\($0.line) \"\($0.text)\"" }.joined(separator: ", ")
                #expect(row.contains("  rules") && (evidence.isEmpty || row.contains("  evidence " + evidence)), "\(row)")
            }
        }
        #expect(Self.section("region", in: result.stdoutLines).first?.hasPrefix("    VN  ") == true)
        #expect(Self.section("region", in: result.stdoutLines).first?.contains("evidence 3 \"vietnamienne\", ") == true)
    }

    @Test func showOfAnUnknownArticleExitsWithStatus2() throws {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }

        let result = try TagdeskProcess.run(["show", "nope"], in: corpus.url)

        #expect(result.status == 2, "\(result)")
        #expect(result.stdout == "")
        #expect(result.stderrLines
            == ["error: found no article 'nope' in seeds. Run 'tagdesk classify --dry-run' to list article ids."])
    }

    @Test func showsWhoDecidedWhenAndWhyAndTheLabelsAPersonRemoved() throws {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }
        try corpus.write("""
            article: \(Self.id)
            decisions:
            - {classifier: topic, action: add, label: culture, by: alice, at: 2026-11-24T10:00:00Z, note: "Lễ hội — fête"}
            - {classifier: topic, action: remove, label: diplomacy, by: bob, at: 2026-11-25T08:00:00Z}

            """, to: "seeds/\(Self.id).decisions.yaml")

        let result = try TagdeskProcess.run(["show", Self.id], in: corpus.url)

        #expect(result.status == 0, "\(result)")
        let topic = Self.section("topic", in: result.stdoutLines)
        #expect(topic.contains("    culture  1  human alice on 2026-11-24: Lễ hội — fête"), "\(topic)")
        #expect(topic.contains("    -diplomacy  removed by bob on 2026-11-25"), "\(topic)")
        #expect(!topic.contains { $0.hasPrefix("    diplomacy ") })
    }
}
