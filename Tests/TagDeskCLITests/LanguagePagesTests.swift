import Foundation
import TagDeskTestSupport
import Testing

/// Article language on pages of our own making in 25 languages (Tests/Fixtures/languages), scored by
/// `tagdesk eval` against Tests/Fixtures/gold/languages.yaml.
@Suite struct LanguagePagesTests {
    @Test func everyPageGetsItsLanguage() throws {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }
        let pages = RepositoryRoot.url.appendingPathComponent("Tests/Fixtures/languages")
        let names = try FileManager.default.contentsOfDirectory(atPath: pages.path).filter { $0.hasSuffix(".txt") }.sorted()
        try #require(names.count >= 16)
        for name in names { try corpus.write(try Data(contentsOf: pages.appendingPathComponent(name)), to: "pages/" + name) }
        let gold = RepositoryRoot.url.appendingPathComponent("Tests/Fixtures/gold/languages.yaml").path

        let result = try TagdeskProcess.run(["eval", "--corpus", "pages", "--gold", gold, "--require", "language=1"], in: corpus.url)

        #expect(result.status == 0, "\(result)")
        #expect(result.stdoutLines.contains { $0.hasPrefix("language ") && $0.hasSuffix("1.000   1.000  1.000") && $0.contains(" \(names.count) ") },
                "\(result)")
    }
}
