/// Which articles a review walks: `topic=health`, `finding=untranslated`, `lang=ar`, `decision=hold`,
/// `unreviewed`, `reviewed`, `disagrees`, `changed`, combined with `and` (or a comma), `or`, `not` and
/// parentheses; `and` binds tighter than `or`. Parsing checks names against the rules and reports the column.
public indirect enum ReviewFilter: Sendable, Equatable, CustomStringConvertible {
    case label(classifier: String, label: String)
    case finding(String)
    case language(String)
    case decision(String)
    case state(ReviewState.Kind)
    case disagrees
    case not(ReviewFilter)
    case and(ReviewFilter, ReviewFilter)
    case or(ReviewFilter, ReviewFilter)

    /// The default queue: articles never reviewed, or changed since their review.
    public static let needsReview = ReviewFilter.or(.state(.unreviewed), .state(.changed))

    /// A filter that cannot be read: what is wrong, at a 1-based column of the expression.
    public struct ParseError: Error, Sendable, Equatable, CustomStringConvertible {
        public let column: Int
        public let message: String
        public var description: String { "\(column): \(message)" }
    }

    /// The names a filter may use.
    public struct Vocabulary: Sendable {
        public var labels: [String: [String]]
        public var findings: [String] = Finding.kinds
        public var decisions: [String] = PolicyDecision.Outcome.allCases.map(\.rawValue)

        public init(labels: [String: [String]]) { self.labels = labels }
    }

    public static func parse(_ text: String, vocabulary: Vocabulary) throws(ParseError) -> ReviewFilter {
        var parser = Parser(tokens: try Self.tokens(text), end: text.count + 1, vocabulary: vocabulary)
        let filter = try parser.disjunction()
        if let extra = parser.peek {
            throw ParseError(column: extra.column, message: "unexpected '\(extra.text)'; expected 'and', 'or', ',' or the end")
        }
        return filter
    }

    public func matches(_ facts: ReviewFacts) -> Bool {
        switch self {
        case .label(let classifier, let label): facts.labels[classifier]?.contains(label) ?? false
        case .finding(let kind): facts.findings.contains(kind)
        case .language(let code): facts.language == code
        case .decision(let outcome): facts.decision == outcome
        case .state(let kind): facts.state.kind == kind
        case .disagrees: facts.findings.contains("human-disagreement")
        case .not(let inner): !inner.matches(facts)
        case .and(let left, let right): left.matches(facts) && right.matches(facts)
        case .or(let left, let right): left.matches(facts) || right.matches(facts)
        }
    }

    public var description: String {
        switch self {
        case .label(let classifier, let label): "\(classifier)=\(label)"
        case .finding(let kind): "finding=\(kind)"
        case .language(let code): "lang=\(code)"
        case .decision(let outcome): "decision=\(outcome)"
        case .state(let kind): kind.rawValue
        case .disagrees: "disagrees"
        case .not(let inner): "not \(inner.grouped)"
        case .and(let left, let right): "\(left.grouped) and \(right.grouped)"
        case .or(let left, let right): "\(left) or \(right)"
        }
    }

    private var grouped: String {
        if case .or = self { return "(\(self))" }
        return description
    }

    struct Token: Equatable {
        let text: String
        let column: Int
    }

    /// Words, `=`, `,`, `(` and `)`, each with its column.
    static func tokens(_ text: String) throws(ParseError) -> [Token] {
        var tokens: [Token] = []
        var word = ""
        var start = 0
        for (offset, character) in text.enumerated() {
            let column = offset + 1
            if character.isWhitespace || "=,()".contains(character) {
                if !word.isEmpty { tokens.append(Token(text: word, column: start)) }
                word = ""
                if !character.isWhitespace { tokens.append(Token(text: String(character), column: column)) }
            } else if character.isLetter || character.isNumber || "-_/.".contains(character) {
                if word.isEmpty { start = column }
                word.append(character)
            } else {
                throw ParseError(column: column, message: "unexpected '\(character)'; expected a name, '=', ',', '(' or ')'")
            }
        }
        if !word.isEmpty { tokens.append(Token(text: word, column: start)) }
        return tokens
    }

    private struct Parser {
        var tokens: [Token]
        let end: Int
        let vocabulary: Vocabulary
        var index = 0

        var peek: Token? { index < tokens.count ? tokens[index] : nil }

        mutating func take() -> Token? {
            defer { index += 1 }
            return peek
        }

        mutating func disjunction() throws(ParseError) -> ReviewFilter {
            var filter = try conjunction()
            while peek?.text == "or" {
                index += 1
                filter = .or(filter, try conjunction())
            }
            return filter
        }

        mutating func conjunction() throws(ParseError) -> ReviewFilter {
            var filter = try negation()
            while peek?.text == "and" || peek?.text == "," {
                index += 1
                filter = .and(filter, try negation())
            }
            return filter
        }

        mutating func negation() throws(ParseError) -> ReviewFilter {
            guard let token = take() else {
                throw ParseError(column: end, message: "expected a condition such as 'topic=health', 'lang=ar' or 'unreviewed'")
            }
            switch token.text {
            case "not": return .not(try negation())
            case "(":
                let inner = try disjunction()
                let closing = take()
                guard closing?.text == ")" else {
                    throw ParseError(column: closing?.column ?? end, message: "expected ')' to close the '(' at column \(token.column)")
                }
                return inner
            default: return try condition(token)
            }
        }

        mutating func condition(_ name: Token) throws(ParseError) -> ReviewFilter {
            guard peek?.text == "=" else {
                switch name.text {
                case "unreviewed": return .state(.unreviewed)
                case "reviewed": return .state(.reviewed)
                case "changed": return .state(.changed)
                case "disagrees": return .disagrees
                default:
                    let words = ["unreviewed", "reviewed", "changed", "disagrees", "not"] + vocabulary.labels.keys.sorted() + ["finding", "lang", "decision"]
                    let hint = nearestWord(to: name.text, in: words).map { "did you mean '\($0)'? " } ?? ""
                    throw ParseError(column: name.column, message: "unknown condition '\(name.text)'; \(hint)expected CLASSIFIER=LABEL, finding=KIND, lang=CODE, decision=OUTCOME, unreviewed, reviewed, changed or disagrees")
                }
            }
            let equals = take()!
            guard let value = take(), !"=,()".contains(value.text) else {
                throw ParseError(column: equals.column + 1, message: "expected a value after '\(name.text)='")
            }
            func known(_ candidates: [String], _ what: String) throws(ParseError) {
                guard !candidates.contains(value.text) else { return }
                let hint = nearestWord(to: value.text, in: candidates).map { "did you mean '\($0)'? " } ?? ""
                throw ParseError(column: value.column, message: "unknown \(what) '\(value.text)'; \(hint)expected one of: \(candidates.joined(separator: ", "))")
            }
            switch name.text {
            case "finding":
                try known(vocabulary.findings, "finding")
                return .finding(value.text)
            case "lang", "language":
                return .language(value.text)
            case "decision":
                try known(vocabulary.decisions, "decision")
                return .decision(value.text)
            default:
                guard let labels = vocabulary.labels[name.text] else {
                    let names = vocabulary.labels.keys.sorted() + ["finding", "lang", "decision"]
                    let hint = nearestWord(to: name.text, in: names).map { "did you mean '\($0)'? " } ?? ""
                    throw ParseError(column: name.column, message: "unknown classifier '\(name.text)'; \(hint)expected one of: \(names.joined(separator: ", "))")
                }
                try known(labels, "\(name.text) label")
                return .label(classifier: name.text, label: value.text)
            }
        }
    }
}
