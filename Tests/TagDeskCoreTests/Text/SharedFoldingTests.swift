import Foundation
import Testing
import TagDeskCore
import TagDeskTestSupport

/// An article folds all its lines into one buffer; each line must behave as if folded on its own.
@Suite struct SharedFoldingTests {
    private static func seedArticles() throws -> [Article] {
        let files = try FileManager.default.contentsOfDirectory(at: RepositoryRoot.seeds, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" }.sorted { $0.path < $1.path }
        return try files.map { Article(id: $0.lastPathComponent, path: $0.path, bytes: Array(try Data(contentsOf: $0))) }
    }

    @Test func seedLinesFoldAsTheyDoAlone() throws {
        let articles = try Self.seedArticles()
        #expect(articles.count == 5)
        for article in articles {
            #expect(article.problem == nil)
            for line in article.lines {
                let alone = Normalizer.normalize(line.text)
                #expect(line.normalized == alone, "\(article.id):\(line.number)")
                #expect(line.normalized.bytes == alone.bytes)
                #expect(line.normalized.string == alone.string)
                #expect(line.normalized.hashValue == alone.hashValue)
                #expect(line.isBlank == (alone.isEmpty && line.text.allSatisfy(\.isWhitespace)))
            }
        }
    }

    @Test func seedMatchesMapBackAsTheyDoAlone() throws {
        let phrases = ["affaires etrangeres", "Việt Nam", "Bộ Ngoại giao", "الخارجية", "Hanoï", "vietnam vn", "2025"]
        let automaton = PhraseAutomaton(phrases: phrases)
        var checked = 0
        for article in try Self.seedArticles() {
            for line in article.lines {
                let alone = Normalizer.normalize(line.text)
                let matches = automaton.matches(in: line.normalized)
                #expect(matches == automaton.matches(in: alone))
                for match in matches {
                    #expect(line.normalized.originalUTF8Range(of: match.range) == alone.originalUTF8Range(of: match.range))
                    #expect(line.originalText(of: match.range) == String(alone.originalText(of: match.range, in: line.text)))
                    checked += 1
                }
            }
        }
        #expect(checked > 20)
    }

    @Test func linesAfterAnExpandingOneKeepTheirOwnBytes() {
        let text = "ﷺ ﷺ ﷺ\nLe ministère des Affaires étrangères\n½½½½\n\nBộ Ngoại giao"
        let article = Article(id: "a", text: text)
        #expect(article.lines.map(\.normalized.string)
            == ["صلي الله عليه وسلم صلي الله عليه وسلم صلي الله عليه وسلم", "le ministere des affaires etrangeres",
                "1 21 21 21 2", "", "bo ngoai giao"])
        let match = PhraseAutomaton(phrases: ["affaires étrangères"]).matches(in: article.lines[1].normalized)
        #expect(match.map { article.lines[1].originalText(of: $0.range) } == ["Affaires étrangères"])
        #expect(article.lines.map(\.isBlank) == [false, false, false, true, false])
    }

    @Test func invalidLinesFoldTheirRepairedText() {
        let bytes = Array("Hanoï\n".utf8) + [0x66, 0xFF, 0xC3, 0xA9, 0x0A] + Array("fin".utf8)
        let article = Article(id: "a", path: "a.txt", bytes: bytes)
        #expect(article.problem == .invalidUTF8(lines: [2]))
        #expect(article.lines.map(\.normalized.string) == ["hanoi", "f e", "fin"])
        #expect(article.lines[1].text == "f\u{FFFD}é")
    }

    @Test func precomputedDigestIsKept() {
        let bytes = Array("abc".utf8)
        let article = Article(id: "a", path: "a.txt", bytes: bytes, sha256: ContentDigest.sha256(bytes))
        #expect(article.sha256 == Article(id: "a", text: "abc").sha256)
        #expect(article.lines.map(\.text) == ["abc"])
    }
}
