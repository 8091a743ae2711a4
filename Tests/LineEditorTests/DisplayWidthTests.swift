@testable import LineEditor
import Testing

@Suite struct DisplayWidthTests {
    @Test func asciiAndPrecomposedLettersTakeOneColumn() {
        #expect(DisplayWidth.of(Character("a")) == 1)
        #expect(DisplayWidth.of(Character("é")) == 1)
        #expect(DisplayWidth.of(Character("ộ")) == 1)
    }

    @Test func combiningMarksTakeNoColumn() {
        #expect(DisplayWidth.of(Character("e\u{0301}")) == 1)
        #expect(DisplayWidth.of(Character("o\u{0323}\u{0302}")) == 1)
        #expect(DisplayWidth.of(Character("\u{0645}\u{064F}")) == 1)
        #expect(DisplayWidth.of(Character("\u{0301}")) == 0)
        #expect(DisplayWidth.of(Character("\u{200B}")) == 0)
    }

    @Test func eastAsianWideCharactersTakeTwoColumns() {
        #expect(DisplayWidth.of(Character("東")) == 2)
        #expect(DisplayWidth.of(Character("한")) == 2)
        #expect(DisplayWidth.of(Character("Ａ")) == 2)
        #expect(DisplayWidth.of("東京") == 4)
    }

    @Test func emojiSequencesAreOneClusterTwoColumnsWide() {
        let family = "👩‍👩‍👧"
        #expect(family.count == 1)
        #expect(DisplayWidth.of(family) == 2)
        #expect(DisplayWidth.of("🇻🇳") == 2)
        #expect(DisplayWidth.of("❤️") == 2)
        #expect(DisplayWidth.of("❤") == 1)
        #expect(DisplayWidth.of("👍🏽") == 2)
    }

    @Test func sentencesInOurLanguagesMeasureByCharacterNotScalar() {
        #expect(DisplayWidth.of("Le ministère des Affaires étrangères à Hanoï") == 44)
        #expect(DisplayWidth.of("Bộ Ngoại giao") == 13)
        #expect(DisplayWidth.of("Bo\u{0323}\u{0302} Ngoa\u{0323}i giao") == 13)
        #expect(DisplayWidth.of("وزارة الخارجية") == 14)
        #expect(DisplayWidth.of("مُؤْتَمَر") == 5)
    }
}
