import TagDeskCore
import Testing

@Suite struct ArticleTests {
    @Test func linesAreNumberedFromOneAndParagraphsSplitAtBlankLines() {
        let article = Article(id: "a", text: "Titre\n\nPremière ligne\nDeuxième ligne\r\n\nFin\n")
        #expect(article.lines.map(\.number) == [1, 2, 3, 4, 5, 6])
        #expect(article.lines[3].text == "Deuxième ligne")
        #expect(article.paragraphs == [LineRange(1, 1), LineRange(3, 4), LineRange(6, 6)])
        #expect(article.problem == nil)
    }

    @Test func sha256IsOfTheRawBytes() {
        #expect(Article(id: "a", text: "abc").sha256 == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test func invalidUTF8IsRecordedWithItsLine() {
        let article = Article(id: "a", path: "a.txt", bytes: Array("ok\n".utf8) + [0x66, 0xFF, 0xFE, 0x0A])
        #expect(article.problem == .invalidUTF8(lines: [2]))
        #expect(article.lines[1].text == "f\u{FFFD}\u{FFFD}")
    }

    @Test func emptyAndBlankArticlesAreEmpty() {
        #expect(Article(id: "a", text: "").problem == .empty)
        #expect(Article(id: "a", text: "\n \u{00A0}\n").problem == .empty)
    }

    @Test func lineRangesCoverNumbersInFewestRanges() {
        #expect(LineRange.covering([5, 1, 2, 3, 9, 8]) == [LineRange(1, 3), LineRange(5, 5), LineRange(8, 9)])
        #expect(LineRange.covering([Int]()) == [])
    }
}
