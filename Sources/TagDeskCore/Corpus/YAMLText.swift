/// Writes YAML scalars for the files TagDesk emits itself: plain when the text reads back as the same string,
/// double-quoted with escapes otherwise. Byte for byte the same for the same input.
enum YAMLText {
    /// Words a YAML 1.1 or 1.2 reader takes for something other than a string.
    private static let reserved: Set<String> = [
        "null", "Null", "NULL", "~", "true", "True", "TRUE", "false", "False", "FALSE", "yes", "Yes", "YES",
        "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF", "y", "Y", "n", "N",
    ]

    static func string(_ text: String, into out: inout String) {
        if isPlain(text) { out += text } else { quoted(text, into: &out) }
    }

    static func number(_ value: Double, into out: inout String) {
        if value == value.rounded(), abs(value) < 1e15 { out += String(Int(value)) } else { out += String(value) }
    }

    static func ranges(_ ranges: [LineRange], into out: inout String) {
        out += "["
        for (index, range) in ranges.enumerated() {
            if index > 0 { out += ", " }
            out += "[\(range.start), \(range.end)]"
        }
        out += "]"
    }

    /// Plain only for text that starts with a letter and holds letters, marks, digits, spaces and a few
    /// safe punctuation marks, without leading or trailing space, and is no reserved word.
    static func isPlain(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard let firstByte = utf8.first, utf8.last != 0x20 else { return false }
        if firstByte < 0x80 {
            guard isASCIILetter(firstByte), !(utf8.count <= 5 && reserved.contains(text)) else { return false }
            if utf8.allSatisfy({ $0 < 0x80 && plainASCII[Int($0)] }) { return true }
        } else if let first = text.unicodeScalars.first, !first.properties.isAlphabetic {
            return false
        }
        for scalar in text.unicodeScalars {
            if scalar.value < 0x80 {
                guard plainASCII[Int(scalar.value)] else { return false }
                continue
            }
            if scalar == "’" { continue }
            let properties = scalar.properties
            guard properties.isAlphabetic || properties.generalCategory == .nonspacingMark
                    || properties.generalCategory == .spacingMark || properties.numericType != nil else { return false }
        }
        return true
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

    /// The ASCII bytes a plain scalar may hold.
    private static let plainASCII: [Bool] = (0..<128).map { byte in
        isASCIILetter(UInt8(byte)) || (0x30...0x39).contains(byte) || " -_.'()/".utf8.contains(UInt8(byte))
    }

    static func quoted(_ text: String, into out: inout String) {
        out += "\""
        guard text.utf8.contains(where: mayNeedEscape) else {
            out += text
            out += "\""
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                let value = scalar.value
                if value < 0x20 || value == 0x7F || (0x80...0x9F).contains(value) || value == 0x2028 || value == 0x2029
                    || value == 0xFEFF || (0xFFF0...0xFFFF).contains(value) && value != 0xFFFD {
                    out += "\\u" + String(repeating: "0", count: 4 - String(value, radix: 16).count) + String(value, radix: 16)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }

    /// False for a byte that cannot start or be part of an escaped scalar: ASCII printable other than the quote
    /// and the backslash, and the lead bytes of scalars that are never escaped (only C2, E2 and EF lead escaped ones).
    private static func mayNeedEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F || byte == 0xC2 || byte == 0xE2 || byte == 0xEF
    }
}

extension YAMLText {
    /// The string a scalar written by `string(_:into:)` stands for; `nil` for any other form.
    static func read(_ text: Substring) -> String? {
        guard text.first == "\"" else { return text.isEmpty || text.first == "'" ? nil : String(text) }
        guard text.utf8.count >= 2, text.utf8.last == UInt8(ascii: "\"") else { return nil }
        let inner = text.dropFirst().dropLast()
        if !inner.utf8.contains(UInt8(ascii: "\\")) { return String(inner) }
        var out = String.UnicodeScalarView()
        var scalars = text.dropFirst().dropLast().unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            guard scalar == "\\" else { out.append(scalar); continue }
            switch scalars.next() {
            case "\""?: out.append("\"")
            case "\\"?: out.append("\\")
            case "n"?: out.append("\n")
            case "t"?: out.append("\t")
            case "r"?: out.append("\r")
            case "u"?:
                var hex = ""
                for _ in 0..<4 { if let digit = scalars.next() { hex.unicodeScalars.append(digit) } }
                guard let value = UInt32(hex, radix: 16), let decoded = Unicode.Scalar(value) else { return nil }
                out.append(decoded)
            default: return nil
            }
        }
        return String(out)
    }

    /// The colon that ends a mapping key written by `string(_:into:)` at the start of `entry`: after the closing
    /// quote of a quoted key, which may hold colons of its own; `nil` when there is none.
    static func colonAfterKey(in entry: Substring) -> Substring.Index? {
        let utf8 = entry.utf8
        guard utf8.first == UInt8(ascii: "\"") else { return utf8.firstIndex(of: UInt8(ascii: ":")) }
        var index = utf8.index(after: utf8.startIndex)
        while index < utf8.endIndex {
            switch utf8[index] {
            case UInt8(ascii: "\\"):
                index = utf8.index(index, offsetBy: 2, limitedBy: utf8.endIndex) ?? utf8.endIndex
            case UInt8(ascii: "\""):
                let next = utf8.index(after: index)
                return next < utf8.endIndex && utf8[next] == UInt8(ascii: ":") ? next : nil
            default:
                index = utf8.index(after: index)
            }
        }
        return nil
    }

    /// `[[1, 2], [4, 4]]` as written by `ranges(_:into:)`.
    static func readRanges(_ text: Substring) -> [LineRange]? {
        let numbers = text.split { !$0.isNumber }.compactMap { Int($0) }
        guard numbers.count % 2 == 0 else { return nil }
        return stride(from: 0, to: numbers.count, by: 2).compactMap { index in
            numbers[index] >= 1 && numbers[index] <= numbers[index + 1] ? LineRange(numbers[index], numbers[index + 1]) : nil
        }
    }
}
