import TagDeskCore
import Testing

/// The source line an article cites, which makes articles versions of one story.
@Suite struct CitedSourceTests {
    @Test(arguments: [
        "Source : https://thoidai.com.vn/lien-hiep-cac-to-chuc-huu-nghi-viet-nam-214721.html",
        "المصدر: https://thoidai.com.vn/lien-hiep-cac-to-chuc-huu-nghi-viet-nam-214721.html",
        "Nguồn: HTTPS://ThoiDai.com.vn/lien-hiep-cac-to-chuc-huu-nghi-viet-nam-214721.html/",
        "来源：https://thoidai.com.vn/lien-hiep-cac-to-chuc-huu-nghi-viet-nam-214721.html",
    ])
    func aLabelAndOneURLIsACitation(line: String) {
        let source = CitedSource.find(in: Array("Titre\n\n\(line)\n".utf8))
        #expect(source?.url == "thoidai.com.vn/lien-hiep-cac-to-chuc-huu-nghi-viet-nam-214721.html")
        #expect(source?.line == 3)
    }

    @Test(arguments: [
        "Voir la vidéo sur le site de la chaîne : https://example.org/v",  // a sentence, not a label
        "Source : https://example.org/a et https://example.org/b",        // more than one address
        "Source : ftp://example.org/file",
        "https://example.org/a",
        "Source : https://",
    ])
    func otherLinesAreNot(line: String) {
        #expect(CitedSource.find(in: Array(line.utf8)) == nil)
    }
}
