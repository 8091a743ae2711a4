/// Reads a rule's pattern into a `RegexNode`: ICU syntax, less what a linear-time engine cannot run.
///
/// Case-insensitivity is decided per literal and class as the parser meets them, so `(?i)` and `(?-i)` hold to the
/// end of the enclosing group, and `(?i:...)` within its own.
struct RegexParser {
    /// The most a counted repetition `{m,n}` may ask for.
    static let repetitionLimit = 1000
    /// How deep groups may nest.
    static let nestingLimit = 100

    let scalars: [Unicode.Scalar]
    var position = 0
    var caseInsensitive: Bool
    private var depth = 0

    static func parse(_ pattern: String, caseInsensitive: Bool) throws(RegexError) -> RegexNode {
        var parser = RegexParser(scalars: Array(pattern.unicodeScalars), caseInsensitive: caseInsensitive)
        let node = try parser.parseAlternation()
        if parser.position < parser.scalars.count {  // only an unmatched ')' stops the top level early
            throw .syntax(offset: parser.position,
                          message: #"unmatched closing parenthesis; expected a '(' before it, or \) for a literal one"#)
        }
        return node
    }

    private init(scalars: [Unicode.Scalar], caseInsensitive: Bool) {
        self.scalars = scalars
        self.caseInsensitive = caseInsensitive
    }

    var peek: Unicode.Scalar? { peek(0) }

    func peek(_ ahead: Int) -> Unicode.Scalar? {
        position + ahead < scalars.count ? scalars[position + ahead] : nil
    }

    mutating func advance() -> Unicode.Scalar? {
        defer { if position < scalars.count { position += 1 } }
        return peek
    }

    private mutating func parseAlternation() throws(RegexError) -> RegexNode {
        var branches = [try parseConcatenation()]
        while peek == "|" {
            position += 1
            branches.append(try parseConcatenation())
        }
        return branches.count == 1 ? branches[0] : .alternation(branches)
    }

    private mutating func parseConcatenation() throws(RegexError) -> RegexNode {
        var items: [RegexNode] = []
        while let next = peek, next != "|", next != ")" {
            guard let atom = try parseAtom() else { continue }
            items.append(try parseQuantifier(after: atom))
        }
        switch items.count {
        case 0: return .empty
        case 1: return items[0]
        default: return .concatenation(items)
        }
    }

    /// One atom, or `nil` for what matches nothing by itself: `(?i)` and comments `(?#...)`.
    private mutating func parseAtom() throws(RegexError) -> RegexNode? {
        let start = position
        guard let scalar = advance() else { return nil }
        switch scalar {
        case "(": return try parseGroup(openedAt: start)
        case "[": return .scalarClass(try parseClass())
        case ".": return .anyScalar
        case "^": return .assertion(.lineStart)
        case "$": return .assertion(.lineEnd)
        case "\\": return try parseEscape(at: start)
        case "*", "+", "?", "{": throw Self.nothingToRepeat(scalar, at: start)
        case "}": throw .syntax(offset: start, message: #"unescaped '}'; expected \} for a literal brace"#)
        default: return .scalar(scalar, caseInsensitive: caseInsensitive)
        }
    }

    private mutating func parseQuantifier(after atom: RegexNode) throws(RegexError) -> RegexNode {
        let start = position
        guard let bounds = try parseBounds() else { return atom }
        if case .assertion = atom { throw Self.nothingToRepeat(scalars[start], at: start) }
        var greedy = true
        if peek == "?" {
            greedy = false
            position += 1
        } else if peek == "+" {
            let quantifier = String(String.UnicodeScalarView(scalars[start...position]))
            throw .unsupported(construct: "a possessive quantifier (\(quantifier))",
                               reason: RegexError.linearTimeReason)
        }
        if let next = peek, next == "*" || next == "+" || next == "?" || next == "{" {
            throw Self.nothingToRepeat(next, at: position)
        }
        return .repetition(atom, min: bounds.min, max: bounds.max, greedy: greedy)
    }

    /// `*`, `+`, `?` or `{m}`, `{m,}`, `{m,n}` as bounds, or `nil` with nothing consumed if no quantifier is next.
    private mutating func parseBounds() throws(RegexError) -> (min: Int, max: Int?)? {
        let start = position
        switch peek {
        case "*": position += 1; return (0, nil)
        case "+": position += 1; return (1, nil)
        case "?": position += 1; return (0, 1)
        case "{": position += 1
        default: return nil
        }
        let malformed = RegexError.syntax(offset: start, message: "expected a repetition count like {2}, {2,} or {2,5} "
                                          + #"after '{', or \{ for a literal brace"#)
        guard let min = parseNumber() else { throw malformed }
        var max: Int? = min
        if peek == "," {
            position += 1
            max = parseNumber()
        }
        guard advance() == "}" else { throw malformed }
        let quantifier = String(String.UnicodeScalarView(scalars[start..<position]))
        if min > Self.repetitionLimit || (max ?? 0) > Self.repetitionLimit {
            throw .repetitionTooLarge(offset: start, quantifier: quantifier)
        }
        if let max, min > max {
            throw .syntax(offset: start,
                          message: "repetition \(quantifier) has its minimum above its maximum; expected {m,n} with m ≤ n")
        }
        return (min, max)
    }

    /// Decimal digits, capped well above `repetitionLimit`, or `nil` if there are none.
    private mutating func parseNumber() -> Int? {
        var value: Int?
        while let digit = peek, ("0"..."9").contains(digit) {
            value = Swift.min((value ?? 0) * 10 + Int(digit.value - 0x30), 10 * Self.repetitionLimit)
            position += 1
        }
        return value
    }

    private mutating func parseGroup(openedAt start: Int) throws(RegexError) -> RegexNode? {
        let saved = caseInsensitive
        if peek == "?" {
            position += 1
            switch peek {
            case ":": position += 1
            case "<": try parseGroupName(openedAt: start)
            case "=": throw .unsupported(construct: "a lookahead (?=...)", reason: RegexError.linearTimeReason)
            case "!": throw .unsupported(construct: "a negative lookahead (?!...)", reason: RegexError.linearTimeReason)
            case ">": throw .unsupported(construct: "an atomic group (?>...)", reason: RegexError.linearTimeReason)
            case "#":
                while let scalar = advance() {
                    if scalar == ")" { return nil }
                }
                throw .syntax(offset: scalars.count, message: "missing closing parenthesis")
            default:
                if try parseFlags(openedAt: start) { return nil }
            }
        }
        depth += 1
        if depth > Self.nestingLimit { throw .nestingTooDeep(offset: start) }
        let body = try parseAlternation()
        guard peek == ")" else { throw .syntax(offset: position, message: "missing closing parenthesis") }
        position += 1
        depth -= 1
        caseInsensitive = saved
        return body
    }

    /// After `(?<`: a name of ASCII letters and digits and `>`; lookbehinds are refused.
    private mutating func parseGroupName(openedAt start: Int) throws(RegexError) {
        if peek(1) == "=" {
            throw .unsupported(construct: "a lookbehind (?<=...)", reason: RegexError.linearTimeReason)
        }
        if peek(1) == "!" {
            throw .unsupported(construct: "a negative lookbehind (?<!...)", reason: RegexError.linearTimeReason)
        }
        position += 1
        func isNameScalar(_ scalar: Unicode.Scalar, first: Bool) -> Bool {
            scalar.isASCII && (scalar.properties.isAlphabetic || !first && ("0"..."9").contains(scalar))
        }
        guard let first = peek, isNameScalar(first, first: true) else { throw Self.badGroupName(at: start) }
        while let scalar = peek, isNameScalar(scalar, first: false) { position += 1 }
        guard advance() == ">" else { throw Self.badGroupName(at: start) }
    }

    private static func badGroupName(at offset: Int) -> RegexError {
        .syntax(offset: offset, message: "expected a group name of ASCII letters and digits, then '>', after '(?<'")
    }

    /// After `(?`: `i`, `-i` and `:` or `)`. Returns `true` for `(?i)`, which changes the flag for the rest of the
    /// enclosing group; `false` after `(?i:`, whose body the caller parses.
    private mutating func parseFlags(openedAt start: Int) throws(RegexError) -> Bool {
        var on = true
        while let scalar = advance() {
            switch scalar {
            case "i": caseInsensitive = on
            case "-" where on: on = false
            case ")": return true
            case ":": return false
            case "m", "s", "x", "w", "u", "d":
                throw .unsupported(construct: "the inline flag '\(scalar)' (?\(scalar))",
                                   reason: "only (?i) and (?-i) are, as case is the only option a line pattern has")
            default:
                throw .syntax(offset: start, message: "unknown group syntax '(?\(scalar)'; "
                              + "expected (?:...), (?<name>...), (?i) or (?-i)")
            }
        }
        throw .syntax(offset: scalars.count, message: "missing closing parenthesis")
    }

    static func nothingToRepeat(_ quantifier: Unicode.Scalar, at offset: Int) -> RegexError {
        .syntax(offset: offset, message: "nothing to repeat before '\(quantifier)'; "
                + "expected a character, class or group before a quantifier")
    }
}
