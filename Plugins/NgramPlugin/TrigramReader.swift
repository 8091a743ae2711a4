import Foundation

/// Reads a unit's text as the profiles were made: lower-cased, NFC, words of letters with their marks, anything
/// else a boundary; URLs, e-mail addresses and all-capital abbreviations left out. Collects the trigrams of
/// ` word ` into caller-provided buffers (up to their size), each with its word's script, and counts letters per
/// script. Works on the UTF-8 bytes; reused across the lines of a unit.
struct TrigramReader {
    let keys: UnsafeMutableBufferPointer<UInt64>
    let keyScripts: UnsafeMutableBufferPointer<UInt8>
    private(set) var count = 0
    /// Letters read, per script (by `WritingScript.index`).
    let letters: UnsafeMutableBufferPointer<Int>
    /// Words read, those of a cased script, and those of them starting with a capital.
    private(set) var words = 0
    private(set) var casedWords = 0
    private(set) var capitalisedWords = 0
    private let classes: ScalarClasses
    private static let latin = WritingScript.latin.index

    /// - Parameter letters: room for one counter per `WritingScript` case.
    init(keys: UnsafeMutableBufferPointer<UInt64>, keyScripts: UnsafeMutableBufferPointer<UInt8>,
         letters: UnsafeMutableBufferPointer<Int>, classes: ScalarClasses) {
        self.keys = keys
        self.keyScripts = keyScripts
        self.letters = letters
        self.classes = classes
        letters.update(repeating: 0)
    }

    var isFull: Bool { count == keys.count }

    mutating func reset() {
        count = 0
        letters.update(repeating: 0)
        words = 0
        casedWords = 0
        capitalisedWords = 0
    }

    /// Adds a line's words.
    mutating func read(_ text: String) {
        guard !isFull else { return }
        var text = text
        let composed: Bool = text.withUTF8 { bytes in
            guard !bytes.contains(where: { $0 == 0xCC || $0 == 0xCD }) else { return false }  // U+0300…U+036F
            read(bytes)
            return true
        }
        if !composed {
            var nfc = text.precomposedStringWithCanonicalMapping
            nfc.withUTF8 { read($0) }
        }
    }

    /// The scalar at `index` of valid UTF-8, and its length in bytes.
    @inline(__always)
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> (UInt32, Int) {
        let lead = UInt32(bytes[index])
        if lead < 0x80 { return (lead, 1) }
        if lead < 0xE0 { return ((lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2) }
        if lead < 0xF0 {
            return ((lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F), 3)
        }
        return ((lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6
                    | UInt32(bytes[index + 3] & 0x3F), 4)
    }

    private mutating func read(_ bytes: UnsafeBufferPointer<UInt8>) {
        var index = 0
        var start = 0
        while index < bytes.count {
            let (value, length) = Self.decode(bytes, index)
            if value == 0x20 || (value >= 0x09 && value <= 0x0D) || (value > 0x7F && classes.describe(value).kind == .space) {
                readToken(bytes, start..<index)
                guard !isFull else { return }
                start = index + length
            }
            index += length
        }
        readToken(bytes, start..<bytes.count)
    }

    /// The words of one space-delimited token, unless it is an address.
    private mutating func readToken(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        guard !range.isEmpty, !Self.isAddress(bytes, range) else { return }
        var word = WordState()
        var index = range.lowerBound
        while index < range.upperBound {
            let (value, length) = Self.decode(bytes, index)
            index += length
            var lowered = value
            var isLower = false
            var script: Int?
            var isLetter = false
            if value < 0x80 {
                if (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A {
                    isLetter = true
                    lowered = value | 0x20
                    isLower = lowered == value
                    script = Self.latin
                }
            } else {
                let described = classes.describe(value)
                if described.kind == .letter {
                    isLetter = true
                    lowered = described.lower
                    isLower = described.isLower
                    script = described.script
                } else if described.kind == .mark && word.length > 0 {
                    add(value, to: &word)
                    continue
                } else if described.kind == .ignored {
                    continue
                }
            }
            guard isLetter else {
                end(&word)
                continue
            }
            if let script { letters[script] += 1 }  // by each letter's own script: Japanese mixes kanji and kana in a word
            if word.length == 0 {
                word.script = script
                word.startsCapital = lowered != value
                word.firstKey = count
            }
            if lowered != value { word.upper += 1 } else if isLower { word.lower += 1 }
            word.letters += 1
            add(lowered, to: &word)
        }
        end(&word)
    }

    /// A word being read: its last two scalars (a space before the first) and what decides whether it counts.
    private struct WordState {
        var length = 0
        var previous: UInt32 = 0x20
        var current: UInt32 = 0x20
        var script: Int?
        var upper = 0
        var lower = 0
        var letters = 0
        var startsCapital = false
        var firstKey = 0
    }

    @inline(__always)
    private mutating func add(_ value: UInt32, to word: inout WordState) {
        if word.length > 0 { emit(word.previous, word.current, value, script: word.script) }
        word.previous = word.current
        word.current = value
        word.length += 1
    }

    @inline(__always)
    private mutating func emit(_ first: UInt32, _ second: UInt32, _ third: UInt32, script: Int?) {
        guard count < keys.count, let script else { return }
        keys[count] = TrigramTable.key(first, second, third)
        keyScripts[count] = UInt8(script)
        count += 1
    }

    private mutating func end(_ word: inout WordState) {
        defer { word = WordState() }
        guard word.length > 0, let script = word.script else { return }
        if word.upper >= 2 && word.lower == 0 {  // an abbreviation: VNA, CVN, UNESCO
            count = min(count, word.firstKey)
            letters[script] -= word.letters
            return
        }
        emit(word.previous, word.current, 0x20, script: script)
        words += 1
        if word.upper + word.lower > 0 {
            casedWords += 1
            if word.startsCapital { capitalisedWords += 1 }
        }
    }

    /// A URL, a domain name with a path or an e-mail address: not words of any language.
    private static func isAddress(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard range.count > 4 else { return false }
        var hasDot = false
        var previous: UInt8 = 0x20
        for index in range {
            let byte = bytes[index]
            if byte == 0x40 && index > range.lowerBound { return true }  // @
            if byte == 0x2F && (previous == 0x2F || hasDot) { return true }  // // or a / after a dot
            if byte == 0x2E { hasDot = true }
            previous = byte
        }
        return bytes[range.lowerBound] == 0x77 && bytes[range.lowerBound + 1] == 0x77 && bytes[range.lowerBound + 2] == 0x77
            && bytes[range.lowerBound + 3] == 0x2E  // www.
    }
}
