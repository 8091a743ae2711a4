import Foundation
import TagDeskCore
import TagDeskTestSupport
import Testing

/// `tagdesk eval` against the hand-labelled seeds (Tests/Fixtures/gold/seeds.yaml): the figures are asserted.
@Suite struct EvalCommandTests {
    static let gold = RepositoryRoot.url.appendingPathComponent("Tests/Fixtures/gold/seeds.yaml").path

    struct Row: Decodable {
        let name: String
        let tp: Int
        let fp: Int
        let fn: Int
        let precision: Double
        let recall: Double
        let f1: Double
    }

    struct Report: Decodable {
        let rows: [Row]
        let missing: [String]
    }

    static func report(_ corpus: TemporaryCorpus) throws -> [String: Row] {
        let result = try TagdeskProcess.run(["eval", "--gold", gold, "--format", "json"], in: corpus.url)
        try #require(result.status == 0, "\(result)")
        let report = try JSONDecoder().decode(Report.self, from: Data(result.stdout.utf8))
        #expect(report.missing.isEmpty)
        return Dictionary(uniqueKeysWithValues: report.rows.map { ($0.name, $0) })
    }

    @Test func theSeedsFiguresHold() throws {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }
        let rows = try Self.report(corpus)
        #expect(try #require(rows["language"]).f1 == 1)
        #expect(try #require(rows["lines boilerplate"]).f1 >= 0.97)
        #expect(try #require(rows["region"]).recall == 1)
        #expect(try #require(rows["region"]).precision >= 0.8)
        // Nothing was written: eval is a dry run.
        #expect(try corpus.tagFiles().isEmpty)
    }

    /// Pages of our own making in other sites' styles, one per site (Tests/Fixtures/pages/): boilerplate from
    /// one page of an unseen site. Before the `page:` signals the rules found 1% of their chrome lines (F1 0.02);
    /// the trivial "a line under 10 words is chrome" reaches 0.84 on them.
    @Test func boilerplateOnOnePageOfAnUnseenSite() throws {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }
        let pages = RepositoryRoot.url.appendingPathComponent("Tests/Fixtures/pages")
        try FileManager.default.copyItem(at: pages, to: corpus.fileURL("pages"))
        let gold = RepositoryRoot.url.appendingPathComponent("Tests/Fixtures/gold/pages.yaml").path
        let result = try TagdeskProcess.run(["eval", "--gold", gold, "--corpus", "pages", "--format", "json"], in: corpus.url)
        try #require(result.status == 0, "\(result)")
        let report = try JSONDecoder().decode(Report.self, from: Data(result.stdout.utf8))
        #expect(report.missing.isEmpty)
        let boilerplate = try #require(report.rows.first { $0.name == "lines boilerplate" })
        #expect(boilerplate.f1 >= 0.97, "\(boilerplate)")
        #expect(boilerplate.precision >= 0.98, "\(boilerplate)")
    }

    @Test func aRequiredFigureThatIsNotReachedFailsWithStatus1() throws {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }
        let reached = try TagdeskProcess.run(["eval", "--gold", Self.gold, "--require", "language=1"], in: corpus.url)
        #expect(reached.status == 0, "\(reached)")
        let missed = try TagdeskProcess.run(["eval", "--gold", Self.gold, "--require", "lines tone/negative=0.9"], in: corpus.url)
        #expect(missed.status == 1, "\(missed)")
        #expect(missed.stderr.contains("lines tone/negative: F1"))
        let unknown = try TagdeskProcess.run(["eval", "--gold", Self.gold, "--require", "weather=0.5"], in: corpus.url)
        #expect(unknown.status == 2, "\(unknown)")
    }

    @Test func aBrokenGoldFileIsLocated() throws {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }
        let cases = [
            ("articles:\n  000_54b95f3bc5afc1bd:\n    label:\n      topic: [diplomacy]\n",
             "gold.yaml:3:5: error: unknown key 'label'; did you mean 'labels'?"),
            ("articles:\n  000_54b95f3bc5afc1bd:\n    lines:\n      boilerplate: [[3, 1]]\n",
             "gold.yaml:4:21: error: expected [start, end] with 1 <= start <= end"),
        ]
        for (text, message) in cases {
            try corpus.write(text, to: "gold.yaml")
            let result = try TagdeskProcess.run(["eval", "--gold", "gold.yaml"], in: corpus.url)
            #expect(result.status == 2, "\(result)")
            #expect(result.stderr.contains(message), "\(result.stderr)")
        }
    }
}
