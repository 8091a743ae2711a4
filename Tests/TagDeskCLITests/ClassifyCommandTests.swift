import Foundation
import TagDeskTestSupport
import Testing

/// `tagdesk classify` over a temporary copy of the seeds and rules, run from the copy's root so the
/// defaults `seeds` and `Rules` apply.
@Suite struct ClassifyCommandTests {
    static let seedID = "000_54b95f3bc5afc1bd"

    @Test func firstRunWritesOneTagFilePerArticleAndEndsWithTotals() throws {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }
        try #require(corpus.seedIDs.count == 5)

        let result = try TagdeskProcess.run(["classify"], in: corpus.url)

        #expect(result.status == 0, "\(result)")
        #expect(result.stderr == "")
        let expectedFiles = corpus.seedIDs.map { "\($0).tags.yaml" }
        #expect(try corpus.tagFiles().keys.sorted() == expectedFiles)
        #expect(try corpus.listing("seeds") == (corpus.seedIDs.map { "\($0).txt" } + expectedFiles + [".tagdesk"]).sorted())
        #expect(try corpus.listing("seeds/.tagdesk") == ["facts", "fresh.index", "lock"])
        #expect(result.stdoutLines.last
            == "5 articles classified; tag files: 5 created, 0 updated, 0 unchanged; findings: 0 errors, 0 warnings")
        #expect(result.stdoutLines.count == 6)
        for (line, id) in zip(result.stdoutLines, corpus.seedIDs) {
            #expect(line.hasPrefix("seeds/\(id).txt ["), "\(line)")
            #expect(line.hasSuffix(" (created)"), "\(line)")
        }
    }

    @Test func secondRunChangesNoByteAndReportsEveryFileUnchanged() async throws {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }
        // The tag files of a first run over the same seeds and rules.
        let good = try await GoodRun.tagFiles()
        try #require(good.count == 5)
        try corpus.writeTagFiles(good)
        let dates = try corpus.tagFileModificationDates()

        let second = try TagdeskProcess.run(["classify"], in: corpus.url)

        #expect(second.status == 0, "\(second)")
        #expect(second.stderr == "")
        #expect(try corpus.tagFiles() == good)
        #expect(try corpus.tagFileModificationDates() == dates)
        #expect(second.stdoutLines.last
            == "5 articles classified; tag files: 0 created, 0 updated, 5 unchanged; findings: 0 errors, 0 warnings; "
                + "5 up to date, not classified again")
        #expect(second.stdoutLines.count == 1, "\(second)")
        // No temporary file of an atomic write is left behind.
        #expect(try corpus.listing("seeds").filter { $0.hasPrefix(".") } == [".tagdesk"])
    }

    @Test func dryRunWritesNothing() throws {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }
        let before = try corpus.listing("seeds")

        let result = try TagdeskProcess.run(["classify", "--dry-run"], in: corpus.url)

        #expect(result.status == 0, "\(result)")
        #expect(try corpus.listing("seeds") == before)
        #expect(try corpus.tagFiles().isEmpty)
        #expect(result.stdoutLines.last
            == "5 articles classified; dry run, would write: 5 created, 0 updated, 0 unchanged; findings: 0 errors, 0 warnings")
        #expect(result.stdoutLines.dropLast().allSatisfy { $0.hasSuffix(" (would be created)") }, "\(result)")
    }

    @Test func oneArticleIDWritesOnlyThatTagFile() throws {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }

        let result = try TagdeskProcess.run(["classify", Self.seedID], in: corpus.url)

        #expect(result.status == 0, "\(result)")
        #expect(try corpus.tagFiles().keys.sorted() == ["\(Self.seedID).tags.yaml"])
        #expect(result.stdoutLines.count == 2)
        #expect(result.stdoutLines.first?.hasPrefix("seeds/\(Self.seedID).txt [fr] ") == true, "\(result)")
        #expect(result.stdoutLines.last?.contains("tag files: 1 created, 0 updated, 0 unchanged;") == true, "\(result)")
    }

    @Test func anArticlePathSelectsTheSameArticleAsItsID() throws {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }

        let result = try TagdeskProcess.run(["classify", "--dry-run", "seeds/\(Self.seedID).txt"], in: corpus.url)

        #expect(result.status == 0, "\(result)")
        #expect(result.stdoutLines.count == 2)
        #expect(result.stdoutLines.first?.hasPrefix("seeds/\(Self.seedID).txt [fr] ") == true, "\(result)")
        #expect(try corpus.tagFiles().isEmpty)
    }

    /// Corpus-wide facts (lines repeated across articles) must not depend on which articles were named.
    @Test func classifyingOneArticleWritesTheSameTagFileAsClassifyingAll() async throws {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }
        let good = try await GoodRun.tagFiles()
        let expected = try #require(good["\(Self.seedID).tags.yaml"])

        let result = try TagdeskProcess.run(["classify", Self.seedID], in: corpus.url)

        try #require(result.status == 0, "\(result)")
        let written = try corpus.readText(TemporaryCorpus.tagFilePath(Self.seedID))
        #expect(written == String(decoding: expected, as: UTF8.self))
    }

    @Test func anUnknownArticleIDExitsWithStatus2AndWritesNothing() throws {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }

        let result = try TagdeskProcess.run(["classify", "999_nope"], in: corpus.url)

        #expect(result.status == 2, "\(result)")
        #expect(result.stderrLines
            == ["error: found no article '999_nope' in seeds. Run 'tagdesk classify --dry-run' to list article ids."])
        #expect(result.stdout == "")
        #expect(try corpus.tagFiles().isEmpty)
    }

    @Test func aMissingCorpusFolderExitsWithStatus2() throws {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }

        let result = try TagdeskProcess.run(["classify", "--corpus", "no-such-folder"], in: corpus.url)

        #expect(result.status == 2, "\(result)")
        #expect(result.stderrLines == ["no-such-folder: error: cannot read the corpus folder; pass an existing folder with --corpus"])
        #expect(result.stdout == "")
    }

    /// A corpus as users store it: language folders, read recursively; ids are paths relative to the corpus.
    @Test func aCorpusOfFoldersIsReadRecursively() throws {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }
        for (index, id) in corpus.seedIDs.enumerated() {
            let folder = index % 2 == 0 ? "fr/2025" : "ar"
            try corpus.write(try corpus.read(TemporaryCorpus.articlePath(id)), to: "seeds/\(folder)/\(id).txt")
            try corpus.delete(TemporaryCorpus.articlePath(id))
        }

        let result = try TagdeskProcess.run(["classify"], in: corpus.url)

        #expect(result.status == 0, "\(result)")
        #expect(result.stdoutLines.first?.hasPrefix("seeds/ar/\(corpus.seedIDs[1]).txt [fr]") == true, "\(result)")
        #expect(corpus.exists("seeds/fr/2025/\(corpus.seedIDs[0]).tags.yaml"))
        #expect(try corpus.listing("seeds/ar").filter { $0.hasSuffix(".tags.yaml") }.count == 2)
        let one = try TagdeskProcess.run(["classify", "--dry-run", "--force", "fr/2025/\(corpus.seedIDs[0])"], in: corpus.url)
        #expect(one.status == 0, "\(one)")
        #expect(one.stdoutLines.count == 2)
        let shown = try TagdeskProcess.run(["show", "seeds/ar/\(corpus.seedIDs[1]).txt"], in: corpus.url)
        #expect(shown.status == 0, "\(shown)")
    }
}
