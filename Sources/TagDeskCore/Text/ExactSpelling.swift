import Foundation

/// A phrase's spelling with its diacritics and/or its case, to tell apart what folding makes equal:
/// `Đức` and `đức`, `Ảnh` and `Anh`, `Nhật` and `nhất`, `Ý` and `y`.
///
/// Words are compared letter by letter, with each word's combining marks compared as a set, so that the two
/// placements of a Vietnamese tone mark (`Hòa` and `Hoà`) and composed or decomposed forms count as one spelling.
/// Punctuation and spacing between words do not count. With case kept, a text in capitals throughout
/// (`HÒA BÌNH`, a headline) still matches, and a phrase written all in lower case (`français`) matches in any
/// case (`Français`): only capitals in the phrase are kept.
public struct ExactSpelling: Sendable, Hashable {
    private let words: [Word]
    public let keepsAccents: Bool
    public let keepsCase: Bool

    public init(_ text: some StringProtocol, keepsAccents: Bool = true, keepsCase: Bool) {
        self.keepsAccents = keepsAccents
        self.keepsCase = keepsCase && text.contains(where: \.isUppercase)
        words = Self.words(of: text, keepingAccents: keepsAccents, keepingCase: self.keepsCase)
    }

    /// True when `original` (a matched stretch of an article's text) is spelled this way.
    public func matches(_ original: some StringProtocol) -> Bool {
        if Self.words(of: original, keepingAccents: keepsAccents, keepingCase: keepsCase) == words { return true }
        guard keepsCase, original.uppercased() == String(original) else { return false }
        return Self.words(of: original, keepingAccents: keepsAccents, keepingCase: false) == words.map(\.lowercased)
    }

    private struct Word: Hashable, Sendable {
        var letters: [Unicode.Scalar]
        var marks: [Unicode.Scalar]

        var lowercased: Word {
            Word(letters: String(String.UnicodeScalarView(letters)).lowercased().unicodeScalars.map { $0 }, marks: marks)
        }
    }

    private static func words(of text: some StringProtocol, keepingAccents: Bool, keepingCase: Bool) -> [Word] {
        let decomposed = (keepingCase ? String(text) : text.lowercased()).decomposedStringWithCanonicalMapping
        var words: [Word] = []
        var current = Word(letters: [], marks: [])
        func close() {
            guard !current.letters.isEmpty else { return }
            current.marks.sort { $0.value < $1.value }
            words.append(current)
            current = Word(letters: [], marks: [])
        }
        for scalar in decomposed.unicodeScalars {
            let properties = scalar.properties
            if properties.generalCategory == .nonspacingMark || properties.generalCategory == .spacingMark {
                if keepingAccents, !current.letters.isEmpty { current.marks.append(scalar) }
            } else if properties.isAlphabetic || properties.numericType != nil {
                current.letters.append(scalar)
            } else {
                close()
            }
        }
        close()
        return words
    }
}
