import Foundation
import TagDeskCore
import TagDeskScreen
import TagDeskTestSupport

/// Screens of real seed articles with hand-made results, so each test knows exactly what the screen must show.
enum SeedScreen {
    /// The French article with Vietnamese captions (lines 13, 20, 27).
    static let frenchID = "000_54b95f3bc5afc1bd"
    /// The Arabic article.
    static let arabicID = "003_154074880c2c91e6"

    static func article(_ id: String) throws -> Article {
        let bytes = try [UInt8](Data(contentsOf: RepositoryRoot.seeds.appendingPathComponent(id + ".txt")))
        return Article(id: id, path: "seeds/\(id).txt", bytes: bytes)
    }

    /// The French seed as a pass sees it: line 1 boilerplate, French lines 3 and 5, a Vietnamese caption on line
    /// 13, region evidence on lines 3 and 5, `culture` added and `economy` removed by people.
    static func french() throws -> ArticleScreen {
        let article = try article(frenchID)
        var result = ArticleResult(id: frenchID, path: article.path, sha256: article.sha256, language: "fr")
        result.boilerplate = [1: "site-header"]
        result.tags = [
            "boilerplate": [Tag(label: "site-header", score: 1, lines: [LineRange(line: 1)],
                                evidence: [Evidence(line: 1, text: "Vietnam.vn - Nền tảng quảng bá Việt Nam")])],
            "language": [Tag(label: "fr", score: 0.67, lines: [LineRange(3, 3), LineRange(5, 5)]),
                         Tag(label: "vi", score: 0.63, lines: [LineRange(13, 13)])],
            "region": [Tag(label: "VN", score: 18, evidence: [Evidence(line: 3, text: "vietnamienne"), Evidence(line: 5, text: "Hanoï")])],
            "topic": [Tag(label: "culture", score: 1, source: .human)],
            "tone": [],
        ]
        result.findings = [Finding(kind: "untranslated", severity: .info, lines: [LineRange(line: 13)],
                                   message: "1 content line is in 'vi', not in the article's language 'fr' (an untranslated caption or quote?)")]
        let decisions = [
            HumanDecision(classifier: "topic", action: .add, label: "culture", by: "alice", at: "2026-11-24T10:00:00Z", note: "a festival"),
            HumanDecision(classifier: "topic", action: .remove, label: "economy", by: "bob", at: "2026-11-25T09:30:00Z"),
        ]
        return ArticleScreen(article: article, result: result, decisions: decisions, languageClassifier: "language",
                             reviewState: "unreviewed", place: ArticleScreen.Place(position: 3, count: 12))
    }

    static func arabic() throws -> ArticleScreen {
        let article = try article(arabicID)
        let result = ArticleResult(id: arabicID, path: article.path, sha256: article.sha256, language: "ar",
                                   tags: ["region": [Tag(label: "VN", score: 2, evidence: [Evidence(line: 3, text: "الفيتنامية")])]])
        return ArticleScreen(article: article, result: result, languageClassifier: "language")
    }

    /// The rows of the text section that show line `number`: its first row and its continuation rows.
    static func rows(of number: Int, in screen: String) -> [String] {
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let first = lines.firstIndex(where: { row in
            let head = row.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
                .prefix { $0 != "│" }.split(separator: " ")
            return head.first == Substring(String(number)) && row.contains("│")
        }) else { return [] }
        let continuation = lines[(first + 1)...].prefix { row in
            row.contains("│") && row.prefix { $0 != "│" }.allSatisfy { $0 == " " }
        }
        return [lines[first]] + continuation
    }

    /// The text of a row after the gutter.
    static func body(_ row: String) -> String {
        guard let bar = row.firstIndex(of: "│") else { return row }
        return String(row[row.index(after: bar)...].dropFirst())
    }
}
