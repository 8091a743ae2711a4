import TagDeskCore
import Testing

@Suite struct ArticleIDListTests {
    static let ids = ["vi/Hội nghị", "fr/été/article", "ar/في_الموضوع", "fr/ete", "fr/été/article", "000_54b95f3bc5afc1bd", "fr"]

    @Test func idsComeInByteOrderWithoutDuplicates() {
        let list = ArticleIDList(Self.ids)
        let expected = Array(Set(Self.ids)).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        #expect(Array(list) == expected)
        #expect(list.count == 6)
    }

    @Test func containsFindsEveryIDAndNothingElse() {
        let list = ArticleIDList(Self.ids)
        for id in Self.ids { #expect(list.contains(id), "\(id)") }
        for absent in ["", "fr/", "fr/été", "vi/Hội nghị ", "zz", "000"] { #expect(!list.contains(absent), "\(absent)") }
        #expect(!ArticleIDList([]).contains("fr"))
        #expect(ArticleIDList([]).isEmpty)
    }
}
