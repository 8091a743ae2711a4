import TagDeskCore

/// A brute-force matcher with the documented semantics, written independently of `PhraseAutomaton` to check it.
struct ReferenceMatcher {
    private struct Form {
        let phrase: Int
        let bytes: [UInt8]
        let prefixes: Set<[UInt8]>
    }

    private let forms: [Form]

    init(phrases: [String]) {
        let conjunctions = ["", "و", "ف"]
        func prefixes(_ rests: [String]) -> Set<[UInt8]> {
            Set(conjunctions.flatMap { conjunction in rests.map { Array((conjunction + $0).utf8) } })
        }
        var forms: [Form] = []
        for (index, phrase) in phrases.enumerated() {
            let folded = Normalizer.fold(phrase)
            guard let first = folded.unicodeScalars.first else { continue }
            let arabic = (0x0620...0x06FF).contains(first.value) && first.properties.isAlphabetic
            let firstWord = folded.split(separator: " ")[0]
            if !arabic {
                forms.append(Form(phrase: index, bytes: Array(folded.utf8), prefixes: [[]]))
            } else if firstWord.hasPrefix("ال"), firstWord.count > 2 {
                forms.append(Form(phrase: index, bytes: Array(folded.utf8), prefixes: prefixes(["", "ب", "ك"])))
                forms.append(Form(phrase: index, bytes: Array(("ل" + folded.dropFirst(2)).utf8), prefixes: prefixes(["ل"])))
            } else {
                let rests = ["", "ال", "ب", "بال", "ك", "كال", "ل", "لل"]
                forms.append(Form(phrase: index, bytes: Array(folded.utf8), prefixes: prefixes(rests)))
            }
        }
        self.forms = forms
    }

    func matches(in text: NormalizedText) -> [PhraseMatch] {
        let bytes = text.bytes
        var found: [PhraseMatch] = []
        for form in forms where form.bytes.count <= bytes.count {
            for start in 0...(bytes.count - form.bytes.count) {
                let end = start + form.bytes.count
                guard bytes[start..<end].elementsEqual(form.bytes), end == bytes.count || bytes[end] == 0x20 else { continue }
                let wordStart = bytes[..<start].lastIndex(of: 0x20).map { $0 + 1 } ?? 0
                if form.prefixes.contains(Array(bytes[wordStart..<start])) {
                    found.append(PhraseMatch(phrase: form.phrase, range: start..<end))
                }
            }
        }
        return found.sorted { ($0.range.lowerBound, $0.phrase) < ($1.range.lowerBound, $1.phrase) }
    }
}
