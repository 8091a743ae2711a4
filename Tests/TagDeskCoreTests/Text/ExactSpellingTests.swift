import TagDeskCore
import Testing

@Suite struct ExactSpellingTests {
    @Test(arguments: [("Đức", "đức"), ("Anh", "Ảnh"), ("Nhật", "nhất"), ("Ý", "y"), ("Đảng", "đang"), ("Hòa Bình", "hòa bình")])
    func foldingEqualsAreToldApart(name: String, other: String) {
        #expect(!ExactSpelling(name, keepsCase: true).matches(other))
        #expect(ExactSpelling(name, keepsCase: true).matches(name))
    }

    @Test func toneMarkPlacementAndNormalizationFormDoNotCount() {
        let spelling = ExactSpelling("Khánh Hòa", keepsCase: true)
        #expect(spelling.matches("Khánh Hoà"))
        #expect(spelling.matches("Kha\u{0301}nh Ho\u{0300}a"))
        #expect(!spelling.matches("Khanh Hoa"))
    }

    @Test func capitalsThroughoutMatchACaseKeptName() {
        let spelling = ExactSpelling("Hòa Bình", keepsCase: true)
        #expect(spelling.matches("HÒA BÌNH"))
        #expect(!spelling.matches("Hòa bình"))
        #expect(!spelling.matches("HOA BINH"))
    }

    @Test func withoutCaseOnlyTheMarksCount() {
        let spelling = ExactSpelling("Lào", keepsCase: false)
        #expect(spelling.matches("lào"))
        #expect(spelling.matches("LÀO"))
        #expect(!spelling.matches("Lao"))
    }

    @Test func withoutAccentsOnlyTheCaseCounts() {
        let spelling = ExactSpelling("US", keepsAccents: false, keepsCase: true)
        #expect(spelling.matches("US"))
        #expect(!spelling.matches("us"))
    }

    @Test func punctuationAndSpacingBetweenWordsDoNotCount() {
        #expect(ExactSpelling("Thừa Thiên Huế", keepsCase: true).matches("Thừa Thiên-Huế"))
        #expect(ExactSpelling("Bà Rịa - Vũng Tàu", keepsCase: true).matches("Bà Rịa\u{00A0}Vũng Tàu"))
    }
}

extension ExactSpellingTests {
    @Test func aPhraseInLowerCaseMatchesInAnyCase() {
        let spelling = ExactSpelling("français", keepsAccents: false, keepsCase: true)
        #expect(spelling.matches("Français"))
        #expect(spelling.matches("FRANCAIS"))
        #expect(!ExactSpelling("Grenade", keepsAccents: false, keepsCase: true).matches("grenade"))
    }
}
