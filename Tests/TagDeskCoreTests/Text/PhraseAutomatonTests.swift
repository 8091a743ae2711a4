import Testing
import TagDeskCore

@Suite struct PhraseAutomatonTests {
    static let frenchLine = "Le 8 juillet à Hanoï, l'Union vietnamienne des organisations d'amitié et le ministère des "
        + "Affaires étrangères ont tenu une conférence"
    static let vietnameseLine = "Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam Phan Anh Sơn phaát biểu tại Hội nghị. (Ảnh: Đinh Hòa)"
    static let arabicLine = "يساهم في هذا النجاح التنسيق الوثيق والمتنامي بين اتحاد منظمات الصداقة الفيتنامية ووزارة الخارجية في مجالات عديدة"

    private func found(_ phrases: [String], in text: String) -> [PhraseMatch] {
        PhraseAutomaton(phrases: phrases).matches(in: Normalizer.normalize(text))
    }

    private func texts(_ phrases: [String], in text: String) -> [String] {
        let normalized = Normalizer.normalize(text)
        return PhraseAutomaton(phrases: phrases).matches(in: normalized).map {
            "\($0.phrase):" + String(normalized.originalText(of: $0.range, in: text))
        }
    }

    @Test func overlappingPhrasesAreAllReported() {
        let phrases = ["affaires etrangeres", "Ministère des Affaires étrangères", "affaires", "étrangères ont"]
        #expect(found(phrases, in: Self.frenchLine) == [
            PhraseMatch(phrase: 1, range: 75..<108),
            PhraseMatch(phrase: 0, range: 89..<108),
            PhraseMatch(phrase: 2, range: 89..<97),
            PhraseMatch(phrase: 3, range: 98..<112),
        ])
    }

    @Test func matchesAreWholeWords() {
        let line = "Phó Thủ tướng, Bộ trưởng Ngoại giao Bùi Thanh Sơn phát biểu kết luận. Ils sont à Hanoï."
        #expect(texts(["son", "an", "hanoi", "on", "so", "ha"], in: line) == ["0:Sơn", "2:Hanoï"])
    }

    @Test func phrasesMatchAtTheStartAndEndOfTheText() {
        #expect(found(["chu tich", "dinh hoa", "hoa"], in: Self.vietnameseLine) == [
            PhraseMatch(phrase: 0, range: 0..<8),
            PhraseMatch(phrase: 1, range: 90..<98),
            PhraseMatch(phrase: 2, range: 95..<98),
        ])
    }

    @Test func vietnamesePhrasesMatchWithoutDiacritics() {
        #expect(texts(["Việt Nam", "PHAN ANH SON", "hội nghị", "Ảnh"], in: Self.vietnameseLine)
            == ["0:Việt Nam", "1:Phan Anh Sơn", "3:Anh", "2:Hội nghị", "3:Ảnh"])
    }

    @Test func arabicPhraseMatchesAfterProclitics() {
        #expect(texts(["الخارجية", "وزارة", "فيتنام"], in: "ووزارة والخارجية") == ["1:وزارة", "0:الخارجية"])
        #expect(texts(["الخارجية"], in: "بالخارجية وللخارجية فالخارجية كالخارجية الخارجية")
            == ["0:الخارجية", "0:لخارجية", "0:الخارجية", "0:الخارجية", "0:الخارجية"])
        #expect(texts(["فيتنام"], in: "وفيتنام لفيتنام الفيتنامية بفيتنام للفيتنام مفيتنام") == ["0:فيتنام", "0:فيتنام", "0:فيتنام", "0:فيتنام"])
    }

    @Test func arabicProcliticsMustBeValid() {
        #expect(texts(["الخارجية"], in: "لالخارجية اخارجية لخارجية ولخارجية مالخارجية").isEmpty)
        #expect(texts(["فيتنام"], in: "ووفيتنام لالفيتنام الفيتنامية").isEmpty)
    }

    @Test func arabicCorpusLine() {
        #expect(texts(["الفيتنامية", "وزارة الخارجية", "المتنامي", "اتحاد منظمات الصداقة", "الوثيق", "هذا"], in: Self.arabicLine)
            == ["5:هذا", "4:الوثيق", "2:المتنامي", "3:اتحاد منظمات الصداقة", "0:الفيتنامية", "1:وزارة الخارجية"])
    }

    @Test func latinPhrasesTakeNoProclitics() {
        #expect(texts(["hanoi"], in: "وhanoi lhanoi hanoi").count == 1)
    }

    @Test func emptyTextHasNoMatches() {
        #expect(found(["hanoi", "الخارجية"], in: "").isEmpty)
        #expect(found(["hanoi"], in: " « » ").isEmpty)
    }

    @Test func emptyPhraseListMatchesNothing() {
        let automaton = PhraseAutomaton(phrases: [])
        #expect(automaton.phraseCount == 0)
        #expect(automaton.matches(in: Normalizer.normalize(Self.frenchLine)).isEmpty)
    }

    @Test func phrasesThatNormalizeToNothingNeverMatch() {
        let automaton = PhraseAutomaton(phrases: ["", " « — » ", "\u{0301}", "hanoi"])
        #expect(automaton.phraseCount == 4)
        #expect(automaton.matches(in: Normalizer.normalize(Self.frenchLine)) == [PhraseMatch(phrase: 3, range: 15..<20)])
    }

    @Test func duplicatePhrasesAreReportedUnderEachIndex() {
        #expect(found(["Hanoï", "hanoi", "HANOI"], in: "à Hanoï") == [
            PhraseMatch(phrase: 0, range: 2..<7), PhraseMatch(phrase: 1, range: 2..<7), PhraseMatch(phrase: 2, range: 2..<7),
        ])
    }

    @Test func forEachMatchReportsInOrderOfEnd() {
        var seen: [PhraseMatch] = []
        PhraseAutomaton(phrases: ["a b", "b", "a b c", "c"]).forEachMatch(in: Normalizer.normalize("a b c")) { seen.append($0) }
        #expect(seen == [
            PhraseMatch(phrase: 0, range: 0..<3), PhraseMatch(phrase: 1, range: 2..<3),
            PhraseMatch(phrase: 2, range: 0..<5), PhraseMatch(phrase: 3, range: 4..<5),
        ])
    }

    @Test func longTextsFindOccurrencesAcrossTheMiddle() {
        let text = Array(repeating: Self.frenchLine, count: 40).joined(separator: " ; ")
        let phrases = ["affaires etrangeres", "conference le 8 juillet a hanoi", "une conference le", "le", "Hanoï"]
        let normalized = Normalizer.normalize(text)
        let found = PhraseAutomaton(phrases: phrases).matches(in: normalized)
        #expect(found == ReferenceMatcher(phrases: phrases).matches(in: normalized))
        #expect((0..<5).map { phrase in found.count { $0.phrase == phrase } } == [40, 39, 39, 80, 40])
    }

    @Test func longTextWithoutSpacesInItsSecondHalf() {
        let text = "Hanoï " + String(repeating: "x", count: 3_000) + " وفيتنام"
        let found = PhraseAutomaton(phrases: ["hanoi", "فيتنام", "xx"]).matches(in: Normalizer.normalize(text))
        #expect(found == [PhraseMatch(phrase: 0, range: 0..<5), PhraseMatch(phrase: 1, range: 3_009..<3_021)])
    }

    @Test func agreesWithTheReferenceOnRandomTexts() {
        var random = SplitMix64(seed: 0x7A6D_E5C0)
        let words = ["a", "b", "ab", "ba", "aab", "son", "sont", "an", "hanoi", "Hanoï", "des", "affaires", "étrangères",
                     "فيتنام", "الفيتنامية", "الخارجية", "خارجية", "لخارجية", "وزارة", "ل", "ال", "و", "ب", "ا"]
        let clitics = ["", "", "", "و", "ف", "ب", "ل", "ال", "لل", "بال", "وال", "ولل", "ك", "وب"]
        let separators = [" ", " ", ", ", "’", " — ", "\u{00A0}"]
        var total = 0
        var afterProclitics = 0
        for _ in 0..<600 {
            let phrases = (0..<Int.random(in: 1...12, using: &random)).map { _ in
                (0..<Int.random(in: 1...2, using: &random)).map { _ in
                    (Bool.random(using: &random) ? "" : clitics.randomElement(using: &random)!)
                        + words.randomElement(using: &random)!
                }.joined(separator: " ")
            }
            var text = ""
            for _ in 0..<Int.random(in: 0...(Bool.random(using: &random) ? 40 : 400), using: &random) {
                text += clitics.randomElement(using: &random)! + words.randomElement(using: &random)!
                text += separators.randomElement(using: &random)!
            }
            let normalized = Normalizer.normalize(text)
            let expected = ReferenceMatcher(phrases: phrases).matches(in: normalized)
            #expect(PhraseAutomaton(phrases: phrases).matches(in: normalized) == expected, "\(phrases) in \(text)")
            total += expected.count
            afterProclitics += expected.filter { $0.range.lowerBound > 0 && normalized.bytes[$0.range.lowerBound - 1] != 0x20 }.count
        }
        #expect(total > 1_200)
        #expect(afterProclitics > 600)
    }

    @Test func agreesWithTheReferenceOnDenseOverlaps() {
        var random = SplitMix64(seed: 42)
        for _ in 0..<200 {
            let phrases = (0..<Int.random(in: 1...20, using: &random)).map { _ in
                String((0..<Int.random(in: 1...7, using: &random)).map { _ in "ab ".randomElement(using: &random)! })
            }
            let text = String((0..<Int.random(in: 0...200, using: &random)).map { _ in "aab  ".randomElement(using: &random)! })
            let normalized = Normalizer.normalize(text)
            #expect(PhraseAutomaton(phrases: phrases).matches(in: normalized)
                == ReferenceMatcher(phrases: phrases).matches(in: normalized), "\(phrases) in \(text)")
        }
    }

    @Test func twoThousandPhrasesMakeAnAutomatonTheSizeOfTheirTrie() {
        var random = SplitMix64(seed: 2_000)
        let syllables = ["ba", "ngo", "thanh", "viet", "son", "ha", "noi", "الخ", "ارج", "ية", "وز", "ara", "étr", "œu"]
        let phrases = (0..<2_000).map { _ in
            (0..<Int.random(in: 1...4, using: &random)).map { _ in
                (0..<Int.random(in: 1...3, using: &random)).map { _ in syllables.randomElement(using: &random)! }.joined()
            }.joined(separator: " ")
        }
        // Speed is measured by Scripts/bench.sh, not here; what must hold is that the automaton stays the size
        // of a trie of the phrases (one state per byte at most, with the space each starts with).
        let automaton = PhraseAutomaton(phrases: phrases)
        let bytes = phrases.map { Normalizer.fold($0).utf8.count + 1 }.reduce(0, +)
        #expect(automaton.phraseCount == 2_000)
        #expect(automaton.stateCount <= 2 * bytes + 2)
    }
}
