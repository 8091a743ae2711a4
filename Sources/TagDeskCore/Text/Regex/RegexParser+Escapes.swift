/// Escapes and bracketed classes.
extension RegexParser {
    /// What an escape or a class member stands for: one scalar, or a property class such as `\d`.
    enum ClassAtom {
        case scalar(Unicode.Scalar)
        case property(ScalarProperty, negated: Bool)
    }

    /// After a `\` outside brackets, at `start`.
    mutating func parseEscape(at start: Int) throws(RegexError) -> RegexNode {
        guard let scalar = peek else { throw Self.trailingBackslash(at: start) }
        switch scalar {
        case "b": position += 1; return .assertion(.wordBoundary)
        case "B": position += 1; return .assertion(.notWordBoundary)
        case "A": position += 1; return .assertion(.lineStart)
        case "Z": position += 1; return .assertion(.lineEnd)
        case "z": position += 1; return .assertion(.textEnd)
        case "1"..."9":
            throw .unsupported(construct: #"a backreference (\\#(scalar))"#, reason: RegexError.linearTimeReason)
        case "k" where peek(1) == "<":
            throw .unsupported(construct: #"a backreference (\k<name>)"#, reason: RegexError.linearTimeReason)
        default:
            switch try parseEscapedAtom(at: start) {
            case .scalar(let scalar): return .scalar(scalar, caseInsensitive: caseInsensitive)
            case .property(let property, let negated):
                return .scalarClass(ScalarClass(property, negated: negated, caseInsensitive: caseInsensitive))
            }
        }
    }

    /// After the `[` of a class.
    mutating func parseClass() throws(RegexError) -> ScalarClass {
        var negated = false
        if peek == "^" {
            negated = true
            position += 1
        }
        var ranges: [ClosedRange<UInt32>] = []
        var members: [ScalarClass.Member] = []
        var first = true
        while true {
            guard let scalar = peek else { throw .syntax(offset: position, message: "missing closing bracket") }
            if scalar == "]" && !first {
                position += 1
                break
            }
            first = false
            let start = position
            switch try parseClassAtom() {
            case .property(let property, let negated):
                members.append(ScalarClass.Member(property: property, negated: negated))  // a '-' after it is literal
            case .scalar(let low):
                guard peek == "-", let after = peek(1), after != "]" else {
                    ranges.append(low.value...low.value)
                    continue
                }
                position += 1
                guard case .scalar(let high) = try parseClassAtom() else {
                    throw .syntax(offset: start,
                                  message: #"a range cannot end at a class like \d; expected \- for a literal hyphen"#)
                }
                guard low <= high else {
                    throw .syntax(offset: start, message: "range '\(low)-\(high)' is out of order; "
                                  + "expected the lower character first, as in '\(high)-\(low)'")
                }
                ranges.append(low.value...high.value)
            }
        }
        return ScalarClass(ranges: ranges, members: members, negated: negated, caseInsensitive: caseInsensitive)
    }

    private mutating func parseClassAtom() throws(RegexError) -> ClassAtom {
        let start = position
        guard let scalar = advance() else { throw .syntax(offset: position, message: "missing closing bracket") }
        if scalar == "[" || scalar == "&" && peek == "&" {
            throw .syntax(offset: start, message: "nested classes and set operations ([a[b]], [a&&b], [[:alpha:]]) "
                          + #"are not supported; expected \[ for a literal bracket"#)
        }
        guard scalar == "\\" else { return .scalar(scalar) }
        guard let escaped = peek else { throw Self.trailingBackslash(at: start) }
        if "bBAZz".unicodeScalars.contains(escaped) {
            throw .syntax(offset: start,
                          message: #"\\#(escaped) is a position, not a character; it cannot appear inside [...]"#)
        }
        return try parseEscapedAtom(at: start)
    }

    /// The escape after the `\` at `start`, as a scalar or a property class.
    private mutating func parseEscapedAtom(at start: Int) throws(RegexError) -> ClassAtom {
        guard let scalar = advance() else { throw Self.trailingBackslash(at: start) }
        switch scalar {
        case "d": return .property(.digit, negated: false)
        case "D": return .property(.digit, negated: true)
        case "w": return .property(.word, negated: false)
        case "W": return .property(.word, negated: true)
        case "s": return .property(.space, negated: false)
        case "S": return .property(.space, negated: true)
        case "h": return .property(.horizontalSpace, negated: false)
        case "H": return .property(.horizontalSpace, negated: true)
        case "p", "P": return .property(try parsePropertyName(at: start), negated: scalar == "P")
        case "t": return .scalar("\t")
        case "n": return .scalar("\n")
        case "r": return .scalar("\r")
        case "f": return .scalar("\u{0C}")
        case "a": return .scalar("\u{07}")
        case "e": return .scalar("\u{1B}")
        case "u": return .scalar(try parseHex(at: start, digits: 4...4))
        case "x":
            guard peek == "{" else { return .scalar(try parseHex(at: start, digits: 2...2)) }
            position += 1
            let value = try parseHex(at: start, digits: 1...6)
            guard advance() == "}" else {
                throw .syntax(offset: start, message: #"expected one to six hex digits and '}' after \x{"#)
            }
            return .scalar(value)
        case "0":
            var value: UInt8 = 0
            var digits = 0
            while let digit = peek, ("0"..."7").contains(digit), value <= 0o37 {  // ICU stops at \0377
                value = value * 8 + UInt8(digit.value - 0x30)
                digits += 1
                position += 1
            }
            guard digits > 0 else {
                throw .syntax(offset: start, message: #"expected one to three octal digits after \0"#)
            }
            return .scalar(Unicode.Scalar(value))
        case "a"..."z", "A"..."Z", "0"..."9":
            throw .syntax(offset: start, message: #"unsupported escape '\\#(scalar)'; expected "# + Self.knownEscapes)
        default:
            return .scalar(scalar)
        }
    }

    /// After `\p` or `\P`: `{name}` with a general category name.
    private mutating func parsePropertyName(at start: Int) throws(RegexError) -> ScalarProperty {
        let escape = scalars[position - 1]
        guard advance() == "{" else {
            throw .syntax(offset: start, message: #"expected '{' after \\#(escape), as in \\#(escape){L}"#)
        }
        var name = ""
        while let scalar = advance() {
            if scalar == "}" {
                guard let property = ScalarProperty.named(name) else {
                    throw .syntax(offset: start, message: #"unknown property \\#(escape){\#(name)}; "#
                                  + "expected a general category: \(ScalarProperty.knownNames)")
                }
                return property
            }
            name.unicodeScalars.append(scalar)
        }
        throw .syntax(offset: start, message: #"missing '}' after \\#(escape){"#)
    }

    /// Hex digits, `digits` of them at most (and at least its lower bound), as a Unicode scalar.
    private mutating func parseHex(at start: Int, digits: ClosedRange<Int>) throws(RegexError) -> Unicode.Scalar {
        var value: UInt32 = 0
        var count = 0
        while count < digits.upperBound, let digit = peek, let nibble = Self.hexValue(digit) {
            value = value * 16 + nibble
            count += 1
            position += 1
        }
        let braced = start + 2 < scalars.count && scalars[start + 2] == "{"
        let escape = #"\"# + String(scalars[start + 1]) + (braced ? "{" : "")
        guard count >= digits.lowerBound else {
            let expected = digits.count == 1 ? "\(digits.lowerBound)" : "\(digits.lowerBound) to \(digits.upperBound)"
            throw .syntax(offset: start, message: "expected \(expected) hex digits after '\(escape)'")
        }
        guard let scalar = Unicode.Scalar(value) else {
            let hex = String(value, radix: 16, uppercase: true)
            throw .syntax(offset: start, message: "U+\(hex) is not a Unicode scalar value (a surrogate, or above U+10FFFF)")
        }
        return scalar
    }

    private static func hexValue(_ scalar: Unicode.Scalar) -> UInt32? {
        switch scalar {
        case "0"..."9": return scalar.value - 0x30
        case "a"..."f": return scalar.value - 0x61 + 10
        case "A"..."F": return scalar.value - 0x41 + 10
        default: return nil
        }
    }

    /// The escapes the parser knows, for error messages.
    static let knownEscapes = #"\d \D \w \W \s \S \h \H \p{..} \P{..} \b \B \A \z \Z \t \n \r \f \a \e \uHHHH \xHH "#
        + #"\x{H..} \0ooo, or a backslash before punctuation"#

    private static func trailingBackslash(at offset: Int) -> RegexError {
        .syntax(offset: offset, message: #"trailing backslash; expected a character after '\'"#)
    }
}
