/// One instruction of a Thompson NFA over Unicode scalars; consuming ones and assertions continue at the next one.
enum RegexInstruction: Sendable, Equatable {
    /// Consumes exactly this scalar.
    case scalar(Unicode.Scalar)
    /// Consumes an ASCII letter in either case; the payload is the lowercase letter's value.
    case asciiLetter(UInt32)
    /// Consumes any of a literal's case variants (case-insensitive, non-ASCII or with non-ASCII variants).
    case caseVariants(CaseVariants)
    /// Consumes a scalar of `RegexProgram.classes[index]`.
    case scalarClass(Int)
    /// `.`: consumes any scalar but a line terminator.
    case anyScalar
    /// Continues only if the assertion holds at the current position.
    case assertion(RegexAssertion)
    /// Continues at both targets, the first preferred.
    case split(Int, Int)
    case jump(Int)
    /// Ends an iteration of a loop whose body can match empty: continues at the loop's start, unless this iteration
    /// consumed nothing, then leaves the loop at the second target (ICU's rule; it keeps `(|a)*` from looping).
    case loopBack(Int, exit: Int)
    case match
}
