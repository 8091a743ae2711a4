import Foundation
import TagDeskCore
import TagDeskTestSupport
import Testing

/// Articles that cannot be classified as they are still get a tag file, with a finding that says why,
/// and do not disturb the classification of the others.
@Suite struct BadInputTests {
    @Test func emptyInvalidAndChromeOnlyArticlesGetFindings() async throws {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }
        try corpus.write(Data(), to: "seeds/empty.txt")
        try corpus.write(Data([0x66, 0x6F, 0xFF, 0xFE, 0x0A]), to: "seeds/bad.txt")
        try corpus.write("Footer Banner Agribank\nFooter Banner LPBank\n", to: "seeds/chrome.txt")

        let result = try TagdeskProcess.run(["classify"], in: corpus.url)

        #expect(result.status == 0, "\(result)")
        #expect(result.stderr == "")
        #expect(result.stdoutLines.last
            == "8 articles classified; tag files: 8 created, 0 updated, 0 unchanged; findings: 3 errors, 0 warnings")

        let empty = try corpus.decodedTagFile("empty")
        #expect(empty.findings == [Finding(kind: "empty-article", severity: .error,
                                           message: "the article is empty; nothing to classify")])
        #expect(empty.sha256 == SHA256Hex.digest([UInt8]()))
        #expect(empty.tags == ["article-tone": [], "boilerplate": [], "language": [], "region": [], "tone": [], "topic": []])

        let bad = try corpus.decodedTagFile("bad")
        #expect(bad.findings.map(\.kind) == ["invalid-utf8"])
        #expect(bad.findings.first?.severity == .error)
        #expect(bad.findings.first?.lines == [LineRange(1, 1)])
        #expect(bad.sha256 == SHA256Hex.digest([0x66, 0x6F, 0xFF, 0xFE, 0x0A]))

        let chrome = try corpus.decodedTagFile("chrome")
        #expect(chrome.findings.map(\.kind) == ["no-content"])
        #expect(chrome.findings.first?.lines == [LineRange(1, 2)])
        #expect(chrome.tags["boilerplate"]?.map(\.label) == ["footer"])
        #expect(chrome.tags["boilerplate"]?.first?.lines == [LineRange(1, 2)])
        for classifier in ["region", "tone", "topic"] {
            #expect(chrome.tags[classifier] == [], "\(classifier)")
        }

        // The five seeds get exactly the tags and findings they get without the bad articles.
        let good = try TemporaryCorpus()
        defer { good.remove() }
        try good.writeTagFiles(try await GoodRun.tagFiles())
        for id in corpus.seedIDs {
            let (with, without) = (try corpus.decodedTagFile(id), try good.decodedTagFile(id))
            #expect(with.tags == without.tags && with.findings == without.findings && with.language == without.language)
        }
        #expect(try corpus.tagFiles().count == 8)
    }

    @Test func badArticlesAppearInTheJSONReportWithTheirFindings() throws {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }
        for id in corpus.seedIDs { try corpus.delete(TemporaryCorpus.articlePath(id)) }
        try corpus.write(Data(), to: "seeds/empty.txt")
        try corpus.write(Data([0x66, 0x6F, 0xFF, 0xFE, 0x0A]), to: "seeds/bad.txt")

        let result = try TagdeskProcess.run(["classify", "--dry-run", "--format", "json"], in: corpus.url)

        #expect(result.status == 0, "\(result)")
        let report = try JSONReport(json: Data(result.stdout.utf8))
        #expect(report.articles.map(\.id) == ["bad", "empty"])
        #expect(try report.article("bad").findings.map(\.kind) == ["invalid-utf8"])
        #expect(try report.article("bad").findings.first?.lines == [1...1])
        #expect(try report.article("empty").findings.map(\.kind) == ["empty-article"])
        #expect(try report.article("empty").language == nil)
        #expect(try corpus.tagFiles().isEmpty)
    }
}
