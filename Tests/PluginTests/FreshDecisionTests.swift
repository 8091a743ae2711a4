import Foundation
import TagDeskCore
import TagDeskPlugins
import TagDeskTestSupport
import Testing

/// An article found fresh by its files' stamps alone still reports its decision, made again from the names of
/// the policies that fired, which the freshness index records.
@Suite struct FreshDecisionTests {
    @Test func aFreshArticleReportsTheDecisionItsTagFileHolds() throws {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }
        Thread.sleep(forTimeInterval: 0.25)
        let options = ClassifyRun.Options(corpus: corpus.fileURL("seeds"), corpusDisplay: "seeds", rules: corpus.fileURL("Rules"), rulesDisplay: "Rules")
        var first = CollectingReporter(needsFreshTags: false)
        _ = ClassifyRun(options: options, registry: .builtIn).run(reporter: &first)
        Thread.sleep(forTimeInterval: 0.25)
        var second = CollectingReporter(needsFreshTags: false)
        _ = ClassifyRun(options: options, registry: .builtIn).run(reporter: &second)

        #expect(second.entries.allSatisfy { $0.state == .fresh })
        #expect(try corpus.readText("seeds/.tagdesk/fresh.index").contains(" untranslated-lines 000_"))
        #expect(second.entries.map(\.decision) == first.entries.map(\.decision))
        #expect(second.entries.contains { $0.decision?.outcome == .review })
        for entry in second.entries {
            #expect(entry.decision == (try corpus.decodedTagFile(entry.id).decision), "\(entry.id)")
        }
    }
}
