import Foundation
import TagDeskCore
import TagDeskTestSupport
import Testing

/// A pass classifies only what changed: fresh tag files are skipped, a rule edit re-runs only the classifiers
/// whose rules changed, formatting and comments change nothing, and shards add up to the whole.
@Suite struct IncrementalRunTests {
    static func run(_ arguments: [String], in corpus: TemporaryCorpus) throws -> ProcessResult {
        let result = try TagdeskProcess.run(arguments, in: corpus.url)
        #expect(result.status == 0, "\(result)")
        return result
    }

    @Test func aSecondRunOverAnUnchangedCorpusClassifiesNothing() throws {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }
        _ = try Self.run(["classify"], in: corpus)
        let files = try corpus.tagFiles()
        let dates = try corpus.tagFileModificationDates()

        let second = try Self.run(["classify"], in: corpus)

        #expect(second.stdoutLines == ["5 articles classified; tag files: 0 created, 0 updated, 5 unchanged; "
            + "findings: 0 errors, 0 warnings; 5 up to date, not classified again"])
        #expect(try corpus.tagFiles() == files)
        #expect(try corpus.tagFileModificationDates() == dates)
        let forced = try Self.run(["classify", "--force"], in: corpus)
        #expect(forced.stdoutLines.count == 6)
        #expect(try corpus.tagFiles() == files)
    }

    @Test func commentsAndFormattingInARuleFileChangeNoTagFile() throws {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }
        _ = try Self.run(["classify"], in: corpus)
        let files = try corpus.tagFiles()
        let tone = try corpus.readText("Rules/tone.yaml")
        try corpus.write("# Ton des paragraphes — relu le 30/11\n" + tone.replacingOccurrences(of: "\nlabels:", with: "\nlabels:   # par libellé"),
                         to: "Rules/tone.yaml")

        let second = try Self.run(["classify"], in: corpus)

        #expect(second.stdoutLines.last?.hasSuffix("; 5 up to date, not classified again") == true, "\(second)")
        #expect(try corpus.tagFiles() == files)
    }

    /// Only tone runs again, and article-tone, which is computed from tone's tags (`depends_on: [tone]`).
    @Test func editingOneToneTermRunsOnlyTheToneClassifierAgain() throws {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }
        _ = try Self.run(["classify"], in: corpus)
        let before = try corpus.seedIDs.map { try corpus.decodedTagFile($0) }
        let tone = try corpus.readText("Rules/tone.yaml")
        let edited = tone.replacingOccurrences(of: "      - succès\n", with: "      - succès éclatant\n")
        try #require(edited != tone)
        try corpus.write(edited, to: "Rules/tone.yaml")

        let second = try Self.run(["classify"], in: corpus)

        #expect(second.stdoutLines.dropLast().allSatisfy { $0.hasSuffix("; ran again: tone, article-tone)") }, "\(second)")
        #expect(second.stdoutLines.last?.hasSuffix("; 5 partly classified again (changed rules only)") == true, "\(second)")
        let after = try corpus.seedIDs.map { try corpus.decodedTagFile($0) }
        let toneAndDependents: Set<String> = ["tone", "article-tone"]
        for (old, new) in zip(before, after) {
            #expect(new.fingerprints.filter { !toneAndDependents.contains($0.key) }
                == old.fingerprints.filter { !toneAndDependents.contains($0.key) })
            #expect(new.fingerprints["tone"] != old.fingerprints["tone"])
            #expect(new.tags.filter { !toneAndDependents.contains($0.key) } == old.tags.filter { !toneAndDependents.contains($0.key) })
        }
        #expect(zip(before, after).contains { $0.tags["tone"] != $1.tags["tone"] })
        // What a full pass with the edited rules gives, byte for byte.
        let partly = try corpus.tagFiles()
        _ = try Self.run(["classify", "--force"], in: corpus)
        #expect(try corpus.tagFiles() == partly)
    }

    @Test func anEditedArticleIsTheOnlyOneClassifiedAgain() throws {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }
        _ = try Self.run(["classify"], in: corpus)
        let id = corpus.seedIDs[2]
        let text = try corpus.readText(TemporaryCorpus.articlePath(id))
        try corpus.write(text + "\nLe ministère de la Santé a salué les résultats.\n", to: TemporaryCorpus.articlePath(id))

        let second = try Self.run(["classify"], in: corpus)

        let listed = second.stdoutLines.dropLast()
        #expect(listed.count == 1 && listed.first?.hasPrefix("seeds/\(id).txt ") == true, "\(second)")
    }

    @Test func fourShardsWriteExactlyTheTagFilesOfOneRun() throws {
        let whole = try TemporaryCorpus()
        defer { whole.remove() }
        try whole.addVariants(5)
        _ = try Self.run(["classify"], in: whole)

        let sharded = try TemporaryCorpus()
        defer { sharded.remove() }
        try sharded.addVariants(5)
        var classified = 0
        for index in 0..<4 {
            let result = try Self.run(["classify", "--shard", "\(index)/4"], in: sharded)
            classified += result.stdoutLines.count - 1
        }

        #expect(classified == 30)
        #expect(try sharded.tagFiles() == (try whole.tagFiles()))
    }

    @Test func factsBuiltInShardsAndMergedAreTheFactsOfTheWholeCorpus() throws {
        let whole = try TemporaryCorpus()
        defer { whole.remove() }
        try whole.addVariants(3)
        _ = try Self.run(["facts", "build"], in: whole)

        let sharded = try TemporaryCorpus()
        defer { sharded.remove() }
        try sharded.addVariants(3)
        for index in 0..<3 { _ = try Self.run(["facts", "build", "--shard", "\(index)/3"], in: sharded) }
        let early = try TagdeskProcess.run(["facts", "merge", "4"], in: sharded.url)
        #expect(early.status == 1 && early.stderr.contains("no part of the facts for shards 0, 1, 2, 3 with the current rules"), "\(early)")
        _ = try Self.run(["facts", "merge", "3"], in: sharded)

        func payload(_ corpus: TemporaryCorpus) throws -> Data {
            let data = try corpus.read("seeds/.tagdesk/facts/boilerplate.facts")
            return data.drop { $0 != 0x0A }
        }
        #expect(try payload(sharded) == (try payload(whole)))
        #expect(try payload(whole).count > 10)
    }

    @Test func profileSaysWhereTheTimeWentStageByStage() throws {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }

        // With tag files to compare with: a dry run encodes the tag files it would write only then.
        #expect(try Self.run(["classify"], in: corpus).status == 0)
        let result = try Self.run(["classify", "--dry-run", "--force", "--profile"], in: corpus)

        let stages = result.stderrLines.compactMap { $0.split(separator: " ").first.map(String.init) }
        for expected in ["load", "corpus-wide", "read", "encode", "compare", "report", "wall"] {
            #expect(stages.contains(expected), "\(result)")
        }
        for classifier in ["article-tone", "boilerplate", "language", "region", "tone", "topic"] {
            #expect(result.stderrLines.contains { $0.hasPrefix("classify: \(classifier) ") }, "\(result)")
        }
        #expect(result.stdoutLines.count == 6)
    }

    @Test func aBadShardIsAUsageError() throws {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }
        let result = try TagdeskProcess.run(["classify", "--shard", "4/4"], in: corpus.url)
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr.contains("--shard"), "\(result)")
    }
}
