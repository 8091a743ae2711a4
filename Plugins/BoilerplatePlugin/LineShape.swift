import Foundation
import TagDeskCore

/// What a line looks like, read from its bytes once: how many words it has (each CJK character is a word), how
/// many of them are numbers, how it ends, and the widget marks scrapers leave (menu separators, all capitals, an
/// email or a link, a copyright sign). Every `PageChromeModel` feature is read from it.
struct LineShape: Sendable {
    var words = 0
    var numbers = 0
    var endsSentence = false
    var separators = 0
    var allCaps = false
    var emailOrLink = false
    var copyright = false
    /// A page title with the site's name after it (`Headline - CNN`, `Headline | World news | The Guardian`): a
    /// first part of at least five words, then one to three parts of at most four words each, with no number.
    var siteSuffix = false
    /// The line opens with a lowercase letter or with `,` `;` `:` `)`: the rest of a sentence a scraper cut at a
    /// link.
    var continuesSentence = false
    /// A hyphen or a dash with a space on each side (`Headline - CNN`).
    private var spacedDash = false

    init(_ line: ArticleLine) {
        line.normalized.withFoldedBytes { countWords(folded: $0) }
        var text = line.text
        text.withUTF8 { readMarks($0) }
        siteSuffix = (separators > 0 || spacedDash) && (6...30).contains(words) && Self.hasSiteSuffix(line.text)
        if let first = line.text.unicodeScalars.first(where: { !$0.properties.isWhitespace }) {
            continuesSentence = first.properties.isLowercase || ",;:)".unicodeScalars.contains(first)
        }
    }

    /// Whether the parts of the line between ` | `, ` - `, ` – ` or ` — ` read as a title and a site's name.
    private static func hasSiteSuffix(_ text: String) -> Bool {
        guard text.contains(" | ") || text.contains(" - ") || text.contains(" – ") || text.contains(" — ") else { return false }
        var joined = text
        for separator in [" - ", " – ", " — "] { joined = joined.replacingOccurrences(of: separator, with: " | ") }
        let parts = joined.components(separatedBy: " | ")
        func words(_ part: String) -> Int { part.split(whereSeparator: { $0.isWhitespace }).count }
        guard parts.count >= 2, parts.count <= 4, words(parts[0]) >= 5 else { return false }
        return parts.dropFirst().allSatisfy { (1...4).contains(words($0)) && !$0.contains(where: \.isNumber) }
    }

    /// Tokens are runs of bytes between spaces, cut before and after each CJK character (U+3040–U+9FFF:
    /// three-byte sequences led by 0xE3 to 0xE9, punctuation below U+3040 being folded to spaces already).
    private mutating func countWords(folded: UnsafeBufferPointer<UInt8>) {
        var inWord = false
        var index = 0
        while index < folded.count {
            let byte = folded[index]
            if byte == 0x20 {
                inWord = false
            } else if byte >= 0xE3 && byte <= 0xE9 {
                words += 1
                inWord = false
                index += 3
                continue
            } else if !inWord {
                inWord = true
                words += 1
                if byte >= 0x30 && byte <= 0x39 { numbers += 1 }
            }
            index += 1
        }
    }

    /// Separators count between words only: a `|` a scraper left at the end of a caption separates nothing.
    private mutating func readMarks(_ bytes: UnsafeBufferPointer<UInt8>) {
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
        let inner = (bytes.firstIndex { !isSpace($0) } ?? 0)..<((bytes.lastIndex { !isSpace($0) } ?? -1) + 1)
        var upper = 0
        var lower = 0
        var nonASCIILetters = false
        var opensGuillemet = false
        var closesGuillemet = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case 0x41...0x5A: upper += 1
            case 0x61...0x7A: lower += 1
            case 0x7C where index > inner.lowerBound && index + 1 < inner.upperBound: separators += 1   // |
            case 0x40 where index > 0 && bytes[index - 1] != 0x20: emailOrLink = true     // name@host
            case 0x3A where index + 2 < bytes.count && bytes[index + 1] == 0x2F && bytes[index + 2] == 0x2F:
                emailOrLink = true                                       // scheme://
            case 0x77 where index + 3 < bytes.count && bytes[index + 1] == 0x77 && bytes[index + 2] == 0x77
                && bytes[index + 3] == 0x2E:
                emailOrLink = true                                       // www.
                lower += 1
            case 0x2E where Self.endsSiteName(bytes, dot: index): emailOrLink = true   // name.tld
            case 0x2D where index > 0 && index + 1 < bytes.count && bytes[index - 1] == 0x20 && bytes[index + 1] == 0x20:
                spacedDash = true                                        // " - "
            case 0x3E where index > inner.lowerBound && index + 1 < inner.upperBound && bytes[index - 1] == 0x20:
                separators += 1                                          // " > "
            case 0xC2 where index + 1 < bytes.count:
                switch bytes[index + 1] {
                case 0xB7 where index + 2 < inner.upperBound: separators += 1   // ·
                case 0xBB: closesGuillemet += 1                          // »
                case 0xAB: opensGuillemet = true                         // «
                case 0xA9: copyright = true                              // ©
                default: break
                }
            case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80:
                if (bytes[index + 2] == 0xBA || bytes[index + 2] == 0xA2) && index + 3 < inner.upperBound { separators += 1 }   // › •
                if (bytes[index + 2] == 0x93 || bytes[index + 2] == 0x94) && index > 0 && bytes[index - 1] == 0x20
                    && index + 3 < bytes.count && bytes[index + 3] == 0x20 { spacedDash = true }   // " – " " — "
            case 0x80...: if byte >= 0xC3 { nonASCIILetters = true }
            default: break
            }
            index += 1
        }
        if !opensGuillemet { separators += closesGuillemet }
        let gaps = Self.gaps(bytes)
        if gaps >= 2 { separators += gaps }
        allCaps = upper >= 4 && lower == 0 && !nonASCIILetters && words >= 2
        endsSentence = Self.endsSentence(bytes)
    }

    /// Whether the dot ends a site's name (`Vietnam.vn`, `moneystore.be`): three or more ASCII letters, digits or
    /// hyphens before it, two to four lowercase letters after it, then no letter or digit.
    private static func endsSiteName(_ bytes: UnsafeBufferPointer<UInt8>, dot: Int) -> Bool {
        func isNameByte(_ byte: UInt8) -> Bool {
            (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte == 0x2D
        }
        var before = 0
        while dot - before - 1 >= 0 && isNameByte(bytes[dot - before - 1]) && before < 3 { before += 1 }
        guard before == 3 else { return false }
        var after = 0
        while dot + after + 1 < bytes.count && (0x61...0x7A).contains(bytes[dot + after + 1]) { after += 1 }
        let next = dot + after + 1
        return (2...4).contains(after) && (next == bytes.count || (!isNameByte(bytes[next]) && bytes[next] < 0x80))
    }

    /// Runs of two or more spaces, or tabs, between words: how a scraper joins the items of a menu (one such run
    /// is more likely a typing slip).
    private static func gaps(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let first = bytes.firstIndex(where: { $0 != 0x20 && $0 != 0x09 }),
              let last = bytes.lastIndex(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { return 0 }
        var gaps = 0
        var index = first
        while index < last {
            if bytes[index] == 0x09 || (bytes[index] == 0x20 && bytes[index + 1] == 0x20) {
                gaps += 1
                while index < last && (bytes[index] == 0x20 || bytes[index] == 0x09) { index += 1 }
            } else {
                index += 1
            }
        }
        return gaps
    }

    /// Whether the last visible character ends a sentence (. ! ? … 。 ！ ？ ؟ ۔), looking past closing quotes and
    /// brackets.
    static func endsSentence(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var end = bytes.count
        while end > 0 {
            let scalarStart = lastScalarStart(bytes, end: end)
            var value = UInt32(bytes[scalarStart]) & (end - scalarStart == 1 ? 0x7F : 0xFF >> (end - scalarStart + 1))
            for index in (scalarStart + 1)..<end { value = value << 6 | UInt32(bytes[index] & 0x3F) }
            switch value {
            case 0x20, 0x09, 0x0D, 0xA0,                                   // spaces, NBSP
                 0x22, 0x27, 0x29, 0xBB, 0x201D, 0x2019, 0x300D, 0x300F, 0xFF09:   // " ' ) » ” ’ 」 』 ）
                end = scalarStart
            case 0x2E, 0x21, 0x3F, 0x2026, 0x3002, 0xFF01, 0xFF1F, 0x061F, 0x06D4:  // . ! ? … 。 ！ ？ ؟ ۔
                return true
            default:
                return false
            }
        }
        return false
    }

    private static func lastScalarStart(_ bytes: UnsafeBufferPointer<UInt8>, end: Int) -> Int {
        var start = end - 1
        while start > 0 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return start
    }
}
