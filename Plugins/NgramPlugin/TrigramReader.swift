import Foundation

/// Reads a unit's text as the profiles were made: lower-cased, NFC, words of letters with their marks, anything
/// else a boundary; URLs, e-mail addresses and all-capital abbreviations left out. Collects the trigrams of
/// ` word ` (up to a limit), each with its word's script, and counts letters per script. Reused across lines.
struct TrigramReader {
    private(set) var keys: [UInt64] = []
    private(set) var keyScripts: [UInt8] = []
    private(set) var letters: [Int]
    /// Words of a cased script, and those of them starting with a capital.
    private(set) var casedWords = 0
    private(set) var capitalisedWords = 0
    private let limit: Int
    private var token: [Unicode.Scalar] = []
    private var word: [UInt32] = []

    init(limit: Int) {
        self.limit = limit
        letters = Array(repeating: 0, count: WritingScript.allCases.count)
        keys.reserveCapacity(limit)
        keyScripts.reserveCapacity(limit)
    }

    mutating func reset() {
        keys.removeAll(keepingCapacity: true)
        keyScripts.removeAll(keepingCapacity: true)
        for index in letters.indices { letters[index] = 0 }
        casedWords = 0
        capitalisedWords = 0
    }

    /// Adds a line's words.
    mutating func read(_ text: String) {
        if text.utf8.contains(where: { $0 == 0xCC || $0 == 0xCD }) {  // U+0300…U+036F: maybe not NFC
            readTokens(text.precomposedStringWithCanonicalMapping)
        } else {
            readTokens(text)
        }
    }

    private mutating func readTokens(_ text: String) {
        token.removeAll(keepingCapacity: true)
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                readToken()
            } else {
                token.append(scalar)
            }
        }
        readToken()
    }

    private mutating func readToken() {
        defer { token.removeAll(keepingCapacity: true) }
        guard !token.isEmpty, !Self.isAddress(token) else { return }
        word.removeAll(keepingCapacity: true)
        var script: WritingScript?
        var upper = 0
        var lower = 0
        var startsCapital = false
        for scalar in token {
            let value = scalar.value
            let isLetter: Bool
            let isMark: Bool
            if value < 0x80 {
                isLetter = (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A
                isMark = false
            } else {
                switch scalar.properties.generalCategory {
                case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
                    isLetter = true
                    isMark = false
                case .nonspacingMark, .spacingMark, .enclosingMark:
                    isLetter = false
                    isMark = !word.isEmpty
                default:
                    isLetter = false
                    isMark = false
                }
            }
            if isMark {
                word.append(value)
                continue
            }
            guard isLetter else {
                endWord(script: script, upper: upper, lower: lower, startsCapital: startsCapital)
                script = nil
                upper = 0
                lower = 0
                continue
            }
            let lowered = Self.lowercased(scalar)
            if lowered != value {
                upper += 1
            } else if value < 0x80 || scalar.properties.isLowercase {
                lower += 1
            }
            if word.isEmpty {
                script = WritingScript.of(value)
                startsCapital = lowered != value
            }
            word.append(lowered)
        }
        endWord(script: script, upper: upper, lower: lower, startsCapital: startsCapital)
    }

    private mutating func endWord(script: WritingScript?, upper: Int, lower: Int, startsCapital: Bool) {
        defer { word.removeAll(keepingCapacity: true) }
        guard !word.isEmpty, let script else { return }
        if upper >= 2 && lower == 0 { return }  // an abbreviation: VNA, CVN, UNESCO
        let letterCount = word.count { WritingScript.of($0) != nil }
        letters[script.index] += letterCount
        if upper + lower > 0 {
            casedWords += 1
            if startsCapital { capitalisedWords += 1 }
        }
        var previous: UInt32 = 0x20
        var current = word[0]
        for index in 1...word.count {
            guard keys.count < limit else { return }
            let next = index < word.count ? word[index] : 0x20
            keys.append(TrigramTable.key(previous, current, next))
            keyScripts.append(UInt8(script.index))
            previous = current
            current = next
        }
    }

    /// A URL, a domain name with a path or an e-mail address: not words of any language.
    private static func isAddress(_ token: [Unicode.Scalar]) -> Bool {
        guard token.count > 4 else { return false }
        var hasDot = false
        var previous: Unicode.Scalar = " "
        for (index, scalar) in token.enumerated() {
            if scalar == "@" && index > 0 { return true }
            if scalar == "/" && previous == "/" { return true }
            if scalar == "." { hasDot = true }
            if scalar == "/" && hasDot { return true }
            previous = scalar
        }
        return token.starts(with: "www.".unicodeScalars)
    }

    @inline(__always)
    private static func lowercased(_ scalar: Unicode.Scalar) -> UInt32 {
        let value = scalar.value
        if value < 0x80 { return value >= 0x41 && value <= 0x5A ? value + 0x20 : value }
        guard scalar.properties.changesWhenLowercased else { return value }
        return scalar.properties.lowercaseMapping.unicodeScalars.first?.value ?? value
    }
}
