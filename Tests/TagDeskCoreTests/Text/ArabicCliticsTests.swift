import Testing
import TagDeskCore

@Suite struct ArabicCliticsTests {
    private func folded(_ text: String) -> [UInt8] { Array(Normalizer.fold(text).utf8) }

    @Test func formsOfPhrases() {
        #expect(ArabicClitics.form(ofFolded: folded("الخارجية")) == .article)
        #expect(ArabicClitics.form(ofFolded: folded("فيتنام")) == .bare)
        #expect(ArabicClitics.form(ofFolded: folded("وزارة الخارجية")) == .bare)
        #expect(ArabicClitics.form(ofFolded: folded("ال")) == .bare)
        #expect(ArabicClitics.form(ofFolded: folded("Hanoï")) == .none)
        #expect(ArabicClitics.form(ofFolded: folded("2024 عام")) == .none)
        #expect(ArabicClitics.form(ofFolded: []) == .none)
    }

    @Test func contractedVariantDropsTheAlefOfTheArticle() {
        #expect(ArabicClitics.contractedVariant(ofFolded: folded("الخارجية")) == folded("لخارجيه"))
        #expect(ArabicClitics.contractedVariant(ofFolded: folded("فيتنام")) == nil)
    }

    @Test func prefixesBeforeABareWord() {
        for prefix in ["", "و", "ف", "ب", "ك", "ل", "ال", "بال", "كال", "لل", "وال", "فبال", "ولل", "وب"] {
            #expect(ArabicClitics.allows(prefix: Array(prefix.utf8), before: .bare), "\(prefix)")
        }
        for prefix in ["وو", "لال", "الو", "بب", "ا", "x", "وبالل", "م", "ي"] {
            #expect(!ArabicClitics.allows(prefix: Array(prefix.utf8), before: .bare), "\(prefix)")
        }
    }

    @Test func prefixesBeforeTheArticle() {
        for prefix in ["", "و", "ف", "ب", "ك", "وب", "فك"] {
            #expect(ArabicClitics.allows(prefix: Array(prefix.utf8), before: .article), "\(prefix)")
        }
        for prefix in ["ل", "ال", "لل", "ول", "بال"] {
            #expect(!ArabicClitics.allows(prefix: Array(prefix.utf8), before: .article), "\(prefix)")
        }
    }

    @Test func contractedArticleNeedsLam() {
        for prefix in ["ل", "ول", "فل"] {
            #expect(ArabicClitics.allows(prefix: Array(prefix.utf8), before: .contractedArticle), "\(prefix)")
        }
        for prefix in ["", "و", "ا", "لل", "بل"] {
            #expect(!ArabicClitics.allows(prefix: Array(prefix.utf8), before: .contractedArticle), "\(prefix)")
        }
    }

    @Test func nonArabicPhrasesTakeNoPrefix() {
        #expect(ArabicClitics.allows(prefix: [], before: .none))
        #expect(!ArabicClitics.allows(prefix: Array("و".utf8), before: .none))
    }
}
