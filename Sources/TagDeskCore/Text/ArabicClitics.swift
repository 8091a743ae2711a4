/// The Arabic proclitics a phrase may carry attached in front of its first word: a conjunction (و ف),
/// then a preposition (ب ك ل), then the article ال, where ل + ال is written لل.
public enum ArabicClitics {
    /// Which proclitic prefixes a phrase occurrence may follow inside the same word.
    public enum Form: Sendable, Hashable {
        /// Not an Arabic phrase: none.
        case none
        /// Starts with an Arabic letter but not with ال: و/ف, then ب/ك/ل, then ال (or لل for ل + ال).
        case bare
        /// Starts with the article ال: و/ف, then ب/ك ("والخارجية", "بالخارجية").
        case article
        /// An article phrase with its ا elided after ل ("للخارجية"): the occurrence starts at the second ل,
        /// and ل (after an optional و/ف) must come before it.
        case contractedArticle
    }

    private static let alef: [UInt8] = [0xD8, 0xA7]
    private static let lam: [UInt8] = [0xD9, 0x84]

    /// The form of a phrase already folded by `Normalizer`.
    public static func form(ofFolded phrase: [UInt8]) -> Form {
        guard let first = String(decoding: phrase.prefix(4), as: UTF8.self).unicodeScalars.first,
              (0x0620...0x06FF).contains(first.value), first.properties.isAlphabetic else { return .none }
        let startsWithArticle = phrase.starts(with: alef + lam) && phrase.count > 4 && phrase[4] != 0x20
        return startsWithArticle ? .article : .bare
    }

    /// For an `.article` phrase, the same phrase with the article's ا elided, as written after ل.
    public static func contractedVariant(ofFolded phrase: [UInt8]) -> [UInt8]? {
        guard form(ofFolded: phrase) == .article else { return nil }
        return lam + phrase.dropFirst(4)
    }

    /// Whether `prefix` (the bytes between the start of a word and a phrase occurrence) is a proclitic
    /// sequence that a phrase of `form` may follow. The empty prefix is allowed for all forms but `.contractedArticle`.
    public static func allows(prefix: some Collection<UInt8>, before form: Form) -> Bool {
        guard let code = code(of: prefix) else { return false }
        switch form {
        case .none: return code == 0
        case .bare: return bareCodes.contains(code)
        case .article: return articleCodes.contains(code)
        case .contractedArticle: return contractedCodes.contains(code)
        }
    }

    /// The longest allowed prefix, in bytes (و + ب + ال).
    static let maximumPrefixLength = 8

    /// Packs up to four clitic letters, one ASCII stand-in per byte ("w", "f", "b", "k", "l", "a");
    /// nil if the prefix holds anything else.
    private static func code(of prefix: some Collection<UInt8>) -> UInt32? {
        guard prefix.count <= maximumPrefixLength, prefix.count % 2 == 0 else { return nil }
        var code: UInt32 = 0
        var iterator = prefix.makeIterator()
        while let lead = iterator.next(), let trail = iterator.next() {
            let letter: UInt8
            switch (lead, trail) {
            case (0xD9, 0x88): letter = UInt8(ascii: "w")
            case (0xD9, 0x81): letter = UInt8(ascii: "f")
            case (0xD8, 0xA8): letter = UInt8(ascii: "b")
            case (0xD9, 0x83): letter = UInt8(ascii: "k")
            case (0xD9, 0x84): letter = UInt8(ascii: "l")
            case (0xD8, 0xA7): letter = UInt8(ascii: "a")
            default: return nil
            }
            code = code << 8 | UInt32(letter)
        }
        return code
    }

    private static func codes(_ conjunctions: [String], _ rests: [String]) -> [UInt32] {
        conjunctions.flatMap { conjunction in
            rests.map { rest in (conjunction + rest).utf8.reduce(0) { $0 << 8 | UInt32($1) } }
        }
    }

    private static let conjunctions = ["", "w", "f"]
    private static let bareCodes = codes(conjunctions, ["", "al", "b", "bal", "k", "kal", "l", "ll"])
    private static let articleCodes = codes(conjunctions, ["", "b", "k"])
    private static let contractedCodes = codes(conjunctions, ["l"])
}
