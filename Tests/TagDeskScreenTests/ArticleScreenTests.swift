import LineEditor
import TagDeskCore
import TagDeskScreen
import Testing

@Suite struct ArticleScreenTests {
    @Test func aLongFrenchLineWrapsUnderTheGutterAtWidth60() throws {
        let screen = try SeedScreen.french()
        let line = try #require(screen.article.line(5)).text
        let text = screen.render(width: 60, style: .plain)

        let rows = SeedScreen.rows(of: 5, in: text)
        #expect(rows.count >= 4, "\(rows)")
        for row in text.split(separator: "\n") { #expect(DisplayWidth.of(row) <= 60, "\(row)") }
        let gutter = try #require(rows.first?.firstIndex(of: "│")).utf16Offset(in: try #require(rows.first))
        for row in rows.dropFirst() {
            #expect(row.firstIndex(of: "│")?.utf16Offset(in: row) == gutter, "continuation aligned: \(row)")
            #expect(row.first == " ", "never at column 0: \(row)")
            #expect(SeedScreen.body(row).first != " ")
        }
        #expect(rows.map(SeedScreen.body).joined(separator: " ") == line)
    }

    @Test(arguments: [60, 33, 12])
    func anArabicLineStaysIntactAndInOrder(width: Int) throws {
        let screen = try SeedScreen.arabic()
        let text = screen.render(width: width, style: .plain)

        for number in [1, 3, 9] {
            let line = try #require(screen.article.line(number)).text
            let rows = SeedScreen.rows(of: number, in: text)
            #expect(rows.count > 1, "line \(number) wraps at \(width)")
            #expect(rows.map(SeedScreen.body).joined(separator: " ") == line, "line \(number) at \(width)")
            for row in rows { #expect(DisplayWidth.of(row) <= max(width, 20 + 7), "\(row)") }
        }
        let marks: Set<Unicode.Scalar> = ["\u{200E}", "\u{200F}", "\u{061C}", "\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}",
                                          "\u{202E}", "\u{2066}", "\u{2067}", "\u{2068}", "\u{2069}"]
        #expect(!text.unicodeScalars.contains(where: marks.contains), "no direction mark inserted")
    }

    @Test func aVietnameseCaptionIsMarkedWithItsLanguage() throws {
        let text = try SeedScreen.french().render(width: nil, style: .plain)

        let caption = try #require(SeedScreen.rows(of: 13, in: text).first)
        #expect(caption.hasPrefix("13 vi          │ Chủ tịch Liên hiệp"), "\(caption)")
        #expect(SeedScreen.rows(of: 14, in: text).first?.hasPrefix("14             │ Le président") == true)
        #expect(SeedScreen.rows(of: 1, in: text).first?.hasPrefix(" 1 site-header │ Vietnam.vn") == true)
    }

    @Test func plainModeWritesNoEscapeByte() throws {
        let text = try SeedScreen.french().render(width: 60, style: .plain)

        #expect(!text.utf8.contains(0x1B))
        #expect(text.contains("vietnamienne"))
    }

    @Test func colourModeHighlightsEvidenceAndDimsBoilerplate() throws {
        let text = try SeedScreen.french().render(width: nil, style: .color)

        let line3 = try #require(SeedScreen.rows(of: 3, in: text).first)
        #expect(line3.contains("L'Union \u{1B}[1;4mvietnamienne\u{1B}[0m des organisations"), "\(line3)")
        let line5 = try #require(SeedScreen.rows(of: 5, in: text).first)
        #expect(line5.contains("\u{1B}[1;4mHanoï\u{1B}[0m"))
        #expect(!line5.contains("\u{1B}[1;4mvietnamienne"), "evidence only where a tag gives it")
        let line1 = try #require(SeedScreen.rows(of: 1, in: text).first)
        #expect(line1.contains("\u{1B}[2mVietnam.vn - Nền tảng quảng bá Việt Nam\u{1B}[0m"), "\(line1)")
        #expect(SeedScreen.rows(of: 13, in: text).first?.contains("\u{1B}[33mvi\u{1B}[0m") == true)
    }

    @Test func theHeaderAndTagsSayWhoDecidedWhenAndWhatWasRemoved() throws {
        let lines = try SeedScreen.french().render(width: nil, style: .plain).split(separator: "\n").map(String.init)

        #expect(lines[0] == "000_54b95f3bc5afc1bd  3 of 12  review: unreviewed")
        #expect(lines[1].hasPrefix("language fr  source seeds/000_54b95f3bc5afc1bd.txt  sha256 "))
        #expect(lines.contains("    culture  1  human alice on 2026-11-24: a festival"))
        #expect(lines.contains("    -economy  removed by bob on 2026-11-25"))
        #expect(lines.contains("    VN  18  rules  evidence 3 \"vietnamienne\", 5 \"Hanoï\""))
        #expect(lines.contains("    site-header  1  rules  line 1"), "boilerplate evidence is the line itself: not repeated")
        #expect(lines.contains("  tone: none"))
        #expect(lines.contains("  info untranslated line 13: 1 content line is in 'vi', not in the article's language 'fr' (an untranslated caption or quote?)"))
    }

    @Test func controlCharactersOfAnArticleNeverReachTheTerminal() {
        let article = Article(id: "x", path: "seeds/x.txt", bytes: Array("title\u{1B}[31m red\u{7}\n\tindented\n".utf8))
        let screen = ArticleScreen(article: article, result: ArticleResult(id: "x", path: article.path, sha256: article.sha256))

        let text = screen.render(width: nil, style: .plain)

        #expect(!text.utf8.contains(0x1B) && !text.utf8.contains(0x07) && !text.utf8.contains(0x09))
        #expect(text.contains("1 │ title␛[31m red␇"), "\(text)")
        #expect(text.contains("2 │         indented"), "a tab goes to the next stop of 8")
    }

    @Test func aNoBreakSpaceIsNeverABreak() {
        let words = Array(repeating: "mot", count: 4).joined(separator: "\u{00A0}")
        let line = StyledLine("un deux trois " + words + " fin")

        let rows = line.wrapped(width: 18).map(\.text)

        #expect(rows.contains(where: { $0.contains("mot\u{00A0}mot") }))
        #expect(rows.allSatisfy { !$0.hasPrefix("\u{00A0}") && !$0.hasSuffix("\u{00A0}") }, "\(rows)")
        #expect(rows.joined(separator: " ") == line.text)
    }
}
