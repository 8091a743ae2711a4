import Foundation
import TagDeskTestSupport
import Testing

/// A full pass records its up-to-date articles' file stamps in `.tagdesk/fresh.index`; the next pass takes
/// them as fresh without reading them, and any change to an article, its tag file or its decisions is still seen.
@Suite struct FreshnessIndexTests {
    /// A corpus after one writing pass, whose files are older than the clock tick that could hide an edit.
    static func classifiedCorpus() throws -> TemporaryCorpus {
        let corpus = try TemporaryCorpus()
        Thread.sleep(forTimeInterval: 0.25)
        let first = try TagdeskProcess.run(["classify"], in: corpus.url)
        #expect(first.status == 0, "\(first)")
        #expect(corpus.exists("seeds/.tagdesk/fresh.index"))
        return corpus
    }

    static func classify(_ corpus: TemporaryCorpus) throws -> ProcessResult {
        let result = try TagdeskProcess.run(["classify", "--profile"], in: corpus.url)
        #expect(result.status == 0, "\(result)")
        return result
    }

    @Test func aSecondPassReadsNoArticleWhoseFilesAreUnchanged() throws {
        let corpus = try Self.classifiedCorpus()
        defer { corpus.remove() }
        let files = try corpus.tagFiles()

        let second = try Self.classify(corpus)

        #expect(second.stderrLines.contains { $0.hasPrefix("fresh by file stamps (not read)") }, "\(second)")
        #expect(!second.stderrLines.contains { $0.hasPrefix("read and normalize") }, "\(second)")
        #expect(second.stdoutLines.last?.hasSuffix("; 5 up to date, not classified again") == true, "\(second)")
        #expect(try corpus.tagFiles() == files)
    }

    @Test func anArticleEditedInPlaceIsClassifiedAgain() throws {
        let corpus = try Self.classifiedCorpus()
        defer { corpus.remove() }
        let path = TemporaryCorpus.articlePath(corpus.seedIDs[0])
        let text = try corpus.readText(path)
        // Same size, same inode: only the times tell. The longest line is no template line, so the facts stay.
        var lines = text.components(separatedBy: "\n")
        let longest = lines.indices.max { lines[$0].utf8.count < lines[$1].utf8.count }!
        lines[longest] = lines[longest].replacingOccurrences(of: "a", with: "e")
        let edited = lines.joined(separator: "\n")
        #expect(edited.utf8.count == text.utf8.count && edited != text)
        let handle = try FileHandle(forWritingTo: corpus.fileURL(path))
        try handle.write(contentsOf: Data(edited.utf8))
        try handle.close()

        let second = try Self.classify(corpus)

        #expect(second.stdoutLines.first?.hasPrefix("seeds/\(corpus.seedIDs[0]).txt ") == true, "\(second)")
        #expect(second.stdoutLines.last?.hasSuffix("; 4 up to date, not classified again") == true, "\(second)")
    }

    @Test func aChangedTagFileOrANewDecisionsFileIsSeen() throws {
        let corpus = try Self.classifiedCorpus()
        defer { corpus.remove() }
        let tagFile = TemporaryCorpus.tagFilePath(corpus.seedIDs[1])
        let original = try corpus.read(tagFile)
        try corpus.write("article: \(corpus.seedIDs[1])\n", to: tagFile)
        try corpus.write("article: \(corpus.seedIDs[2])\ndecisions:\n- {classifier: topic, action: add, label: culture, by: bob}\n",
                         to: "seeds/\(corpus.seedIDs[2]).decisions.yaml")

        let second = try Self.classify(corpus)

        #expect(try corpus.read(tagFile) == original, "\(second)")
        #expect(second.stdoutLines.last?.hasSuffix("; 3 up to date, not classified again") == true, "\(second)")
        #expect(try corpus.readText(TemporaryCorpus.tagFilePath(corpus.seedIDs[2])).contains("source: human"))
    }

    @Test func aDryRunOrARunOverNamedArticlesWritesNoIndex() throws {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }
        #expect(try TagdeskProcess.run(["classify", "--dry-run"], in: corpus.url).status == 0)
        #expect(try TagdeskProcess.run(["classify", corpus.seedIDs[0]], in: corpus.url).status == 0)
        #expect(!corpus.exists("seeds/.tagdesk/fresh.index"))
    }
}
