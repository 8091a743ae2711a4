/// Why a pattern was refused, before `LinePattern` places it in the rule file as a `Diagnostic`.
enum RegexError: Error, Equatable {
    /// The pattern does not parse; `offset` counts Unicode scalars from the start of the pattern.
    case syntax(offset: Int, message: String)
    /// A construct other engines accept and this one does not, such as a backreference.
    case unsupported(construct: String, reason: String)
    /// A counted repetition such as `{1,100000}` above `RegexParser.repetitionLimit`.
    case repetitionTooLarge(offset: Int, quantifier: String)
    /// Groups nested deeper than `RegexParser.nestingLimit`.
    case nestingTooDeep(offset: Int)
    /// More instructions than `RegexCompiler.instructionLimit` once repetitions are expanded.
    case programTooLarge(instructions: Int)
    /// The pattern can match without consuming a character, so it would match every line.
    case matchesEmpty

    /// Why backtracking constructs are refused.
    static let linearTimeReason = "patterns run in linear time, without backtracking"

    /// The message for a rule file's reader; offsets are given in characters of `pattern`.
    func message(for pattern: String) -> String {
        switch self {
        case .syntax(let offset, let message):
            return "invalid regex '\(pattern)' at offset \(Self.characterOffset(offset, in: pattern)): \(message)"
        case .unsupported(let construct, let reason):
            return "regex '\(pattern)' uses \(construct), which TagDesk does not support: \(reason)"
        case .repetitionTooLarge(let offset, let quantifier):
            return "regex '\(pattern)' is too large (the repetition \(quantifier) at offset "
                + "\(Self.characterOffset(offset, in: pattern)) goes over the limit of \(RegexParser.repetitionLimit) repetitions)"
        case .nestingTooDeep(let offset):
            return "regex '\(pattern)' is too large (groups nest more than \(RegexParser.nestingLimit) deep at offset "
                + "\(Self.characterOffset(offset, in: pattern)))"
        case .programTooLarge(let instructions):
            let count = instructions >= RegexCompiler.sizeCap ? "over \(RegexCompiler.sizeCap)" : "\(instructions)"
            return "regex '\(pattern)' is too large (\(count) instructions after expanding repetitions; "
                + "the limit is \(RegexCompiler.instructionLimit))"
        case .matchesEmpty:
            return "regex '\(pattern)' matches the empty string, so it would tag every line; "
                + "expected a pattern that needs at least one character"
        }
    }

    /// The number of characters in the first `scalars` Unicode scalars of `pattern`.
    private static func characterOffset(_ scalars: Int, in pattern: String) -> Int {
        String(String.UnicodeScalarView(pattern.unicodeScalars.prefix(scalars))).count
    }
}
