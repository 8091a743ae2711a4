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

    @Test func theSeedsTopicAndToneFiguresHold() throws {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }
        let rows = try Self.report(corpus)
        let topic = try #require(rows["topic"])
        #expect(topic.recall == 1, "\(topic)")
        #expect(topic.precision >= 0.9, "\(topic)")
        #expect(try #require(rows["article-tone"]).f1 == 1)
        // The self-critical paragraphs are negative; the one false alarm is a paragraph on an unstable world.
        let negative = try #require(rows["lines tone/negative"])
        #expect(negative.recall == 1, "\(negative)")
        #expect(negative.fp <= 1, "\(negative)")
    }

    /// Floors for the classifiers the topic and tone rules own, on a bench gold file: articles nobody tuned the
    /// rules on when they were labelled (README, "Measuring quality").
    struct BenchFloors: Sendable, CustomTestStringConvertible {
        let gold: String
        let topicPrecision: Double
        let topicRecall: Double
        let articleToneAccuracy: Double
        var testDescription: String { gold }
    }

    @Test(.enabled(if: BenchSample.isAvailable, "needs ../shared/bench/corpus-10pct.tar.xz"),
          arguments: [BenchFloors(gold: "bench-fr-en", topicPrecision: 0.8, topicRecall: 0.84, articleToneAccuracy: 0.85),
                      BenchFloors(gold: "bench-ar-vi", topicPrecision: 0.89, topicRecall: 0.89, articleToneAccuracy: 0.8)])
    func theBenchFiguresHold(_ floors: BenchFloors) throws {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }
        let bench = try BenchSample.unpack(goldNamed: floors.gold, into: corpus)
        let result = try TagdeskProcess.run(["eval", "--gold", BenchSample.goldPath(floors.gold), "--corpus", bench, "--format", "json"],
                                            in: corpus.url)
        try #require(result.status == 0, "\(result)")
        let report = try JSONDecoder().decode(Report.self, from: Data(result.stdout.utf8))
        #expect(report.missing.isEmpty)
        let rows = Dictionary(uniqueKeysWithValues: report.rows.map { ($0.name, $0) })
        #expect(try #require(rows["language"]).f1 == 1)
        let topic = try #require(rows["topic"])
        #expect(topic.precision >= floors.topicPrecision, "\(topic)")
        #expect(topic.recall >= floors.topicRecall, "\(topic)")
        // One tone per article: precision, recall and F1 are all the share of articles whose tone is right.
        let tone = try #require(rows["article-tone"])
        #expect(tone.f1 >= floors.articleToneAccuracy, "\(tone)")
    }
}
