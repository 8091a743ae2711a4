import Foundation
import TagDeskCore
import TagDeskTestSupport
import Testing

/// `tagdesk diff` names the articles and labels a rule edit would change, writes nothing, and exits 1 until a
/// pass has written them.
@Suite struct DiffCommandTests {
    @Test func editingOneTopicTermNamesExactlyTheArticlesAndLabelsThatChange() throws {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }
        #expect(try TagdeskProcess.run(["classify"], in: corpus.url).status == 0)
        let clean = try TagdeskProcess.run(["diff"], in: corpus.url)
        #expect(clean.status == 0, "\(clean)")
        #expect(clean.stdoutLines == ["no label or decision would change"])

        let topic = try corpus.readText("Rules/topic.yaml")
        let edited = topic.replacingOccurrences(of: "      - artiste\n", with: "      - {term: coopération, weight: 10}\n")
        try #require(edited != topic)
        try corpus.write(edited, to: "Rules/topic.yaml")
        let files = try corpus.tagFiles()
        let dates = try corpus.tagFileModificationDates()
        let hidden = try corpus.listing("seeds/.tagdesk")

        let diff = try TagdeskProcess.run(["diff"], in: corpus.url)

        #expect(diff.status == 1, "\(diff)")
        #expect(diff.stdoutLines == [
            "topic",
            "  + culture  1 article: 001_711c1f60d4ccf35c",
            "1 article would change; 'tagdesk classify' writes the tag files; 4 more tag files would be rewritten with the same labels",
        ])
        #expect(try corpus.tagFiles() == files)
        #expect(try corpus.tagFileModificationDates() == dates)
        #expect(try corpus.listing("seeds/.tagdesk") == hidden)
        let one = try TagdeskProcess.run(["diff", "001_711c1f60d4ccf35c", "003_154074880c2c91e6"], in: corpus.url)
        #expect(one.stdoutLines.dropLast() == ["topic", "  + culture  1 article: 001_711c1f60d4ccf35c"], "\(one)")

        let stale = try TagdeskProcess.run(["check"], in: corpus.url)
        #expect(stale.status == 1, "\(stale)")
        #expect(try TagdeskProcess.run(["classify"], in: corpus.url).status == 0)
        let after = try TagdeskProcess.run(["diff"], in: corpus.url)
        #expect(after.status == 0, "\(after)")
        #expect(after.stdoutLines == ["no label or decision would change"])
        let checked = try TagdeskProcess.run(["check"], in: corpus.url)
        #expect(checked.status == 0, "\(checked)")
    }

    @Test func aDecisionThatWouldChangeIsNamed() throws {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }
        #expect(try TagdeskProcess.run(["classify"], in: corpus.url).status == 0)
        let policy = try corpus.readText("Rules/policy.yaml")
        try corpus.write(policy.replacingOccurrences(of: "of: content, above: 0}", with: "of: content, above: 0.5}"), to: "Rules/policy.yaml")

        let diff = try TagdeskProcess.run(["diff"], in: corpus.url)

        #expect(diff.status == 1, "\(diff)")
        #expect(diff.stdoutLines.prefix(2) == ["decision", "  review → publish  2 articles: 000_54b95f3bc5afc1bd, 001_711c1f60d4ccf35c"], "\(diff)")
    }

    @Test func aBrokenRuleFileIsAUsageError() throws {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }
        try corpus.write("kind: policy\npolicies: {p: {decision: hold, message: m, when: {tag: {classifier: topik}}}}\n", to: "Rules/policy.yaml")
        let diff = try TagdeskProcess.run(["diff"], in: corpus.url)
        #expect(diff.status == 2, "\(diff)")
        #expect(diff.stderr.contains("Rules/policy.yaml:2:"), "\(diff)")
    }
}
