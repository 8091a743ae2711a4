/// A parsed regular expression, before `RegexCompiler` turns it into NFA instructions.
indirect enum RegexNode: Sendable {
    /// Matches the empty string: an empty group or an empty alternative.
    case empty
    /// One scalar; when `caseInsensitive`, any scalar of its case-folding class.
    case scalar(Unicode.Scalar, caseInsensitive: Bool)
    /// `[...]`, `\d`, `\p{L}` and the like.
    case scalarClass(ScalarClass)
    /// `.`: any scalar but a line terminator.
    case anyScalar
    /// `^`, `$`, `\b` and the like: a condition on the position, consuming nothing.
    case assertion(RegexAssertion)
    case concatenation([RegexNode])
    /// Alternatives in order of preference.
    case alternation([RegexNode])
    /// `max == nil` for no upper bound; `greedy == false` for lazy quantifiers (`*?`).
    case repetition(RegexNode, min: Int, max: Int?, greedy: Bool)
}
