import Foundation
import TagDeskTestSupport
import Testing

/// Cached corpus-wide facts: a run over named articles checks them by the corpus's names alone (no look at every
/// file), a full pass checks every file.
@Suite struct CachedFactsTests {
    static func factsSource(_ arguments: [String], in corpus: TemporaryCorpus) throws -> String? {
        let result = try TagdeskProcess.run(["classify", "--dry-run", "--profile"] + arguments, in: corpus.url)
        #expect(result.status == 0, "\(result)")
        return result.stderrLines.first { $0.hasPrefix("corpus-wide facts") }?.split(separator: " ").dropFirst(2).first.map(String.init)
    }

    @Test func aRunOverNamedArticlesUsesTheCacheUntilAnArticleIsAddedOrRemoved() throws {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }
        let built = try TagdeskProcess.run(["facts", "build"], in: corpus.url)
        #expect(built.status == 0, "\(built)")
        let id = corpus.seedIDs[0]
        #expect(try Self.factsSource([id], in: corpus) == "(cached)")
        #expect(try Self.factsSource([], in: corpus) == "(cached)")

        // An edit in place keeps names and inodes: a named run trusts the cache, a full pass sees the edit.
        let other = try FileHandle(forWritingTo: corpus.fileURL(TemporaryCorpus.articlePath(corpus.seedIDs[1])))
        try other.seekToEnd()
        try other.write(contentsOf: Data("\nĐọc thêm\n".utf8))
        try other.close()
        #expect(try Self.factsSource([id], in: corpus) == "(cached)")
        #expect(try Self.factsSource([], in: corpus) == "(computed)")

        let rebuilt = try TagdeskProcess.run(["facts", "build"], in: corpus.url)
        #expect(rebuilt.status == 0, "\(rebuilt)")
        #expect(try Self.factsSource([id], in: corpus) == "(cached)")
        try corpus.write(try corpus.readText(TemporaryCorpus.articlePath(id)), to: "seeds/zz_copy.txt")
        #expect(try Self.factsSource([id], in: corpus) == "(computed)")
        try FileManager.default.removeItem(at: corpus.fileURL("seeds/zz_copy.txt"))
        #expect(try Self.factsSource([id], in: corpus) == "(cached)")
    }

    @Test func writingTagFilesLeavesTheCacheValidForNamedRuns() throws {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }
        let first = try TagdeskProcess.run(["classify"], in: corpus.url)
        #expect(first.status == 0, "\(first)")
        #expect(try corpus.tagFiles().count == corpus.seedIDs.count)
        #expect(try Self.factsSource([corpus.seedIDs[2]], in: corpus) == "(cached)")
    }
}
