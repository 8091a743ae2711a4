import Foundation
import TagDeskTestSupport
import Testing

/// `tagdesk show ID`: the article with numbered lines, boilerplate marked with its label, then the tags
/// with their evidence. Checked against the article's text and the JSON report of the same rules.
@Suite struct ShowCommandTests {
    static let id = "000_54b95f3bc5afc1bd"

    /// One numbered line of the listing: `74 comments    │ Footer Banner Agribank`.
    struct ListedLine: Equatable {
        let number: Int
        let label: String?
        let text: String
    }

    static func listedLines(_ output: [String]) -> [ListedLine] {
        output.compactMap { line in
            guard let bar = line.range(of: " │ ") ?? line.range(of: " │") else { return nil }
            let head = line[..<bar.lowerBound].split(separator: " ")
            guard let first = head.first, let number = Int(first), head.count <= 2 else { return nil }
            return ListedLine(number: number, label: head.count == 2 ? String(head[1]) : nil,
                              text: String(line[bar.upperBound...]))
        }
    }

    /// The lines under `  <classifier>:` in the `tags:` section, up to the next classifier.
    static func section(_ classifier: String, in output: [String]) -> [String] {
        guard let tags = output.firstIndex(of: "tags:"),
              let start = output[tags...].firstIndex(where: { $0 == "  \(classifier):" || $0 == "  \(classifier): -" }) else {
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

    @Test func showListsEveryLineWithBoilerplateLabels() async throws {
        let (result, articleText, tagFiles) = try await Self.showRun.value

        #expect(result.status == 0, "\(result)")
        #expect(result.stderr == "")
        let article = articleText.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let listed = Self.listedLines(result.stdoutLines)
        #expect(listed.map(\.number) == Array(1...article.count))
        #expect(listed.map(\.text) == article)
        #expect(listed.first { $0.number == 74 } == ListedLine(number: 74, label: "comments", text: "Footer Banner Agribank"))
        #expect(listed.first { $0.number == 7 }?.label == "byline")
        #expect(listed.first { $0.number == 3 }?.label == nil)

        // The labels are those of the boilerplate tags in the JSON report, the first tag of a line winning.
        let json = try await GoodRun.dryRunReport().article(Self.id)
        var labels: [Int: String] = [:]
        for tag in try json.tags("boilerplate") {
            for line in tag.lineNumbers.sorted() where labels[line] == nil { labels[line] = tag.label }
        }
        #expect(Dictionary(uniqueKeysWithValues: listed.compactMap { line in line.label.map { (line.number, $0) } }) == labels)
        #expect(result.stdoutLines.first?.hasPrefix("seeds/\(Self.id).txt  language: fr  sha256: \(json.sha256.prefix(12))") == true)
        #expect(tagFiles.isEmpty, "show writes no tag file")
    }

    @Test func showPrintsTopicAndRegionTagsWithEvidence() async throws {
        let result = try await Self.showRun.value.result

        try #require(result.status == 0, "\(result)")
        let json = try await GoodRun.dryRunReport().article(Self.id)
        for classifier in ["topic", "region"] {
            let section = Self.section(classifier, in: result.stdoutLines)
            let tags = try json.tags(classifier)
            let headers = section.filter { !$0.hasPrefix("      ") }
            #expect(headers.map { $0.split(separator: " ").first.map(String.init) } == tags.map(\.label), "\(classifier)")
            for tag in tags {
                let header = try #require(section.firstIndex { $0.hasPrefix("    \(tag.label)  score ") }, "\(classifier) \(tag.label)")
                let evidence = section[(header + 1)...].prefix { $0.hasPrefix("      ") }
                let expected = tag.evidence.prefix(6).map { "      \($0.line): \($0.text)" }
                    + (tag.evidence.count > 6 ? ["      … \(tag.evidence.count - 6) more"] : [])
                #expect(Array(evidence) == expected, "\(classifier) \(tag.label)")
            }
        }
        #expect(Self.section("region", in: result.stdoutLines).first?.hasPrefix("    VN  score ") == true)
        #expect(Self.section("region", in: result.stdoutLines).dropFirst().first == "      3: vietnamienne")
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
}
