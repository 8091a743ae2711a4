import Foundation
import TagDeskCore
import TagDeskTestSupport
import Testing

/// `tagdesk review` driven through standard input over a temporary copy of the seeds: every change is in the
/// decisions file before the next prompt, in the order typed, and the transcript is the same byte for byte.
@Suite struct ReviewScriptTests {
    static let id = "000_54b95f3bc5afc1bd"
    static var decisionsPath: String { "seeds/\(id).decisions.yaml" }

    /// A temporary corpus classified once, so its tag files are what `impact` compares with.
    static func classifiedCorpus() throws -> TemporaryCorpus {
        let corpus = try TemporaryCorpus()
        let classify = try TagdeskProcess.run(["classify"], in: corpus.url)
        #expect(classify.status == 0, "\(classify)")
        return corpus
    }

    static func review(_ script: String, in corpus: TemporaryCorpus, _ arguments: [String] = [],
                       environment: [String: String] = [:]) throws -> ProcessResult {
        try TagdeskProcess.run(["review", "--order", "id", "--reviewer", "alice"] + arguments, in: corpus.url,
                               environment: environment, input: script)
    }

    /// The items of the decisions file as written, one line each, without the time and digests.
    static func items(_ corpus: TemporaryCorpus) throws -> [String] {
        let text = try corpus.readText(decisionsPath)
        _ = try DecisionsFile(displayPath: decisionsPath, bytes: Array(text.utf8))
        return text.split(separator: "\n").filter { $0.hasPrefix("- ") }.map { line in
            line.replacingOccurrences(of: #", at: '[^']*'"#, with: "", options: .regularExpression)
                .replacingOccurrences(of: #", sha256: [0-9a-f]{64}"#, with: "", options: .regularExpression)
                .replacingOccurrences(of: #"id: d-[0-9a-f]{10}, "#, with: "", options: .regularExpression)
                .replacingOccurrences(of: #", rules: "[0-9a-f]{16}""#, with: "", options: .regularExpression)
                .replacingOccurrences(of: #", anchors: \[[^\]]*\]"#, with: "", options: .regularExpression)
                .replacingOccurrences(of: #" of d-[0-9a-f]{10}"#, with: " of d-…", options: .regularExpression)
        }
    }

    @Test func everyKindOfChangeIsAppendedInOrderAndUndoIsWrittenToo() throws {
        let corpus = try Self.classifiedCorpus()
        defer { corpus.remove() }
        let script = """
            add topic culture
            rm topic diplomacy
            set article-tone mixed
            boilerplate add 2 footer
            note festival coverage
            undo
            undo
            redo
            accept
            quit

            """
        let result = try Self.review(script, in: corpus)
        #expect(result.status == 0, "\(result)")
        #expect(try Self.items(corpus) == [
            "- {classifier: topic, action: add, label: culture, by: alice}",
            "- {classifier: topic, action: remove, label: diplomacy, by: alice}",
            "- {classifier: article-tone, action: set, labels: [mixed], by: alice}",
            "- {classifier: boilerplate, action: add, label: footer, lines: [[2, 2]], by: alice}",
            "- {review: note, by: alice, note: festival coverage}",
            "- {review: retracted, by: alice, note: festival coverage}",
            "- {classifier: boilerplate, action: remove, label: footer, lines: [[2, 2]], by: alice, note: undo of d-…}",
            "- {classifier: boilerplate, action: add, label: footer, lines: [[2, 2]], by: alice, note: redo of d-…}",
            #"- {review: accepted, by: alice, acknowledged: ["article-tone: rules give ['positive'] but a person set ['mixed']; kept the decision of alice on \#(Self.today)", "topic: rules do not give 'culture' but a person added it; kept the decision of alice on \#(Self.today)", "topic: rules give 'diplomacy' but a person removed it; kept the decision of alice on \#(Self.today)", "boilerplate: rules do not give 'footer' on lines 2 but a person added it; kept the decision of alice on \#(Self.today) (redo of d-…)"]}"#,
        ])
        #expect(result.stdout.contains("""
            session: 2 articles seen, 1 accepted, 1 changed, 5 changes in force
            accepted: \(Self.id)
            changed: \(Self.id)
            corrections of the rules (of 1 article reviewed):
              article-tone mixed: missed 1× (100%)
              article-tone positive: wrongly given 1× (100%)
              boilerplate footer: missed 1× (100%)
              topic culture: missed 1× (100%)
              topic diplomacy: wrongly given 1× (100%)
            """))
    }

    static var today: String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return String(formatter.string(from: Date()).prefix(10))
    }

    @Test func classifyAfterAReviewKeepsEveryDecisionAndReportsNoAcknowledgedDisagreement() throws {
        let corpus = try Self.classifiedCorpus()
        defer { corpus.remove() }
        let result = try Self.review("add topic culture\nrm topic diplomacy\naccept\nquit\n", in: corpus)
        #expect(result.status == 0, "\(result)")
        let classify = try TagdeskProcess.run(["classify"], in: corpus.url)
        #expect(classify.status == 0, "\(classify)")
        let tags = try corpus.readText(TemporaryCorpus.tagFilePath(Self.id))
        #expect(tags.contains("culture"))
        #expect(!tags.contains("label: diplomacy"))
        #expect(!tags.contains("human-disagreement"))
        let check = try TagdeskProcess.run(["check", "--strict"], in: corpus.url)
        #expect(!check.stdout.contains("human-disagreement"), "\(check)")

        // The next review queue leaves the accepted article out until something changes.
        let again = try Self.review("list\nquit\n", in: corpus)
        #expect(!again.stdout.contains("1. \(Self.id)"))
    }

    @Test func theTranscriptIsTheSameByteForByte() throws {
        let corpus = try Self.classifiedCorpus()
        defer { corpus.remove() }
        let script = """
            help add
            why topic diplomacy
            add topc culture
            add topic cultur
            add topic culture
            boilerplate add 90
            list
            undo
            redo
            filter topic=people-diplomacy and not lang=ar
            search thai nguyen
            stats
            q

            """
        let result = try Self.review(script, in: corpus, ["--keep-going"])
        #expect(result.status == 1, "three commands fail: \(result)")
        let expectedURL = RepositoryRoot.url.appendingPathComponent("Tests/Fixtures/review/transcript.txt")
        let expected = try String(contentsOf: expectedURL, encoding: .utf8)
        if result.stdout != expected {
            let actual = FileManager.default.temporaryDirectory.appendingPathComponent("review-transcript.actual.txt")
            try result.stdout.write(to: actual, atomically: true, encoding: .utf8)
            Issue.record("the transcript differs from \(expectedURL.path); this run's is in \(actual.path)")
        }
    }

    @Test func aFailingCommandStopsAPipedSessionWithStatusOne() throws {
        let corpus = try Self.classifiedCorpus()
        defer { corpus.remove() }
        let result = try Self.review("add topic culture\nadd topic nope\nrm topic diplomacy\nquit\n", in: corpus)
        #expect(result.status == 1)
        #expect(result.stdout.contains("error: unknown topic label 'nope'"))
        #expect(result.stderr.contains("--keep-going"))
        #expect(try Self.items(corpus) == ["- {classifier: topic, action: add, label: culture, by: alice}"])

        let going = try Self.review("add topic nope\nrm topic diplomacy\nquit\n", in: corpus, ["--keep-going"])
        #expect(going.status == 1)
        #expect(try Self.items(corpus).last == "- {classifier: topic, action: remove, label: diplomacy, by: alice}")
    }

    @Test(arguments: [
        ("topic=helth", "error: --filter:7: unknown topic label 'helth'; did you mean 'health'?"),
        ("lang=ar and", "error: --filter:12: expected a condition"),
    ])
    func aMalformedFilterIsAUsageErrorAtItsColumn(filter: String, message: String) throws {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }
        let result = try Self.review("quit\n", in: corpus, ["--filter", filter])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix(message), "\(result)")
        #expect(result.stdout.isEmpty)
    }
}
