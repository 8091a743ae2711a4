import Foundation
import TagDeskCore
import TagDeskPlugins
import TagDeskTestSupport
import Testing

/// `tagdesk diff --watch` runs the examples and the diff again when a rule file changes, and tells only what changed.
@Suite struct RulesWatchTests {
    @Test func watchReportsOnlyWhatChangedSinceTheLastRun() throws {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }
        let options = ClassifyRun.Options(corpus: corpus.fileURL("seeds"), corpusDisplay: "seeds", rules: corpus.fileURL("Rules"), rulesDisplay: "Rules")
        var classify = options
        classify.dryRun = false
        var reporter = CollectingReporter(needsFreshTags: false)
        _ = ClassifyRun(options: classify, registry: .builtIn).run(reporter: &reporter)
        var watch = RulesWatch(options: options, registry: .builtIn)
        #expect(watch.poll() == "every example passes; no label or decision would change\n")
        #expect(watch.poll() == nil)

        let topic = try corpus.readText("Rules/topic.yaml")
        try corpus.write(topic.replacingOccurrences(of: "      - artiste\n", with: "      - {term: coopération, weight: 10}\n"), to: "Rules/topic.yaml")
        #expect(watch.poll() == "topic + culture  1 article: 001_711c1f60d4ccf35c\n")

        try corpus.write(topic.replacingOccurrences(of: "    labels: [diplomacy]\n", with: "    labels: [culture]\n"), to: "Rules/topic.yaml")
        let polled = watch.poll()
        let changed = try #require(polled)
        #expect(changed.hasPrefix("gone: topic + culture  1 article"), "\(changed)")
        #expect(changed.contains("Rules/topic.yaml:"), "\(changed)")
        #expect(changed.contains(": error: example fails: topic gives [diplomacy] but the example expects [culture]"), "\(changed)")
    }
}
