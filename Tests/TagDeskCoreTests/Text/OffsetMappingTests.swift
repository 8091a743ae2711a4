import Foundation
import Testing
import TagDeskCore

@Suite struct OffsetMappingTests {
    static let frenchLine = "Le 8 juillet à Hanoï, l'Union vietnamienne des organisations d'amitié et le ministère des "
        + "Affaires étrangères ont tenu une conférence"

    private func onlyMatch(of phrase: String, in text: NormalizedText) throws -> PhraseMatch {
        let matches = PhraseAutomaton(phrases: [phrase]).matches(in: text)
        try #require(matches.count == 1)
        return matches[0]
    }

    @Test func matchMapsBackToTheAccentedOriginal() throws {
        let text = Normalizer.normalize(Self.frenchLine)
        let match = try onlyMatch(of: "affaires etrangeres", in: text)
        #expect(match.range == 89..<108)
        #expect(text.originalUTF8Range(of: match.range) == 94..<115)
        #expect(text.originalText(of: match.range, in: Self.frenchLine) == "Affaires étrangères")
    }

    @Test func matchMapsBackToTheDecomposedOriginal() throws {
        let decomposed = Self.frenchLine.decomposedStringWithCanonicalMapping
        let text = Normalizer.normalize(decomposed)
        let match = try onlyMatch(of: "affaires etrangeres", in: text)
        let original = text.originalText(of: match.range, in: decomposed)
        #expect(original.unicodeScalars.elementsEqual("Affaires étrangères".decomposedStringWithCanonicalMapping.unicodeScalars))
        #expect(original.utf8.count == 23)
        #expect(text.originalUTF8Range(of: match.range) == 98..<121)
    }

    @Test func trailingCombiningMarksBelongToTheirLetter() throws {
        let original = "à Hanoi\u{0308}, 2024"
        let text = Normalizer.normalize(original)
        let match = try onlyMatch(of: "Hanoï", in: text)
        #expect(text.originalUTF8Range(of: match.range) == 3..<10)
        #expect(text.originalText(of: match.range, in: original).unicodeScalars.last == "\u{0308}")
    }

    @Test func expandedScalarsMapToTheWholeScalar() {
        let original = "en œuvre"
        let text = Normalizer.normalize(original)
        #expect(text.string == "en oeuvre")
        #expect(text.originalUTF8Range(of: 3..<4) == 3..<5)
        #expect(text.originalUTF8Range(of: 4..<5) == 3..<5)
        #expect(text.originalText(of: 3..<9, in: original) == "œuvre")
    }

    @Test func trailingSeparatorsAreNotPartOfTheLastWord() {
        let original = "« Hanoï »\u{00A0}!"
        let text = Normalizer.normalize(original)
        #expect(text.string == "hanoi")
        #expect(text.originalText(of: 0..<5, in: original) == "Hanoï")
    }

    @Test func separatorRunMapsToTheWholeRun() {
        let original = "domaines\u{00A0}: conseil"
        let text = Normalizer.normalize(original)
        #expect(text.string == "domaines conseil")
        #expect(text.originalUTF8Range(of: 8..<9) == 8..<12)
    }

    @Test func emptyRangeMapsToAnEmptyRange() {
        let text = Normalizer.normalize("Ảnh: Đinh Hòa")
        #expect(text.originalUTF8Range(of: 4..<4) == 7..<7)
        #expect(text.originalUTF8Range(of: 0..<0) == 0..<0)
    }

    @Test func vietnameseMatchMapsBackInBothForms() throws {
        let line = "Phó Thủ tướng, Bộ trưởng Ngoại giao Bùi Thanh Sơn phát  biểu kết luận."
        let phrase = "Bộ trưởng Ngoại giao"
        for (original, expected) in [(line, phrase), (line.decomposedStringWithCanonicalMapping, phrase.decomposedStringWithCanonicalMapping)] {
            let text = Normalizer.normalize(original)
            let match = try onlyMatch(of: phrase, in: text)
            let found = text.originalText(of: match.range, in: original)
            #expect(found.utf8.elementsEqual(expected.utf8))
        }
    }

    @Test func arabicMatchAfterProcliticMapsToThePhraseOnly() throws {
        let original = "ووزارة والخارجيّة"
        let text = Normalizer.normalize(original)
        let match = try onlyMatch(of: "الخارجية", in: text)
        #expect(text.string == "ووزاره والخارجيه")
        #expect(text.originalText(of: match.range, in: original) == "الخارجيّة")
    }

    @Test func substringOffsetsAreRelativeToTheSubstring() throws {
        let line = Self.frenchLine
        let tail = line[line.range(of: "ministère")!.lowerBound...]
        let text = Normalizer.normalize(tail)
        let match = try onlyMatch(of: "AFFAIRES ÉTRANGÈRES", in: text)
        #expect(text.originalUTF8Range(of: match.range) == 15..<36)
        #expect(text.originalText(of: match.range, in: tail) == "Affaires étrangères")
    }
}
