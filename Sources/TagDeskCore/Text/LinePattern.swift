/// A regular expression from a rule file, compiled once, matched against one line of original text.
///
/// Matching is case-insensitive unless the rule asks otherwise, and runs in time linear in the line's length
/// (`PikeVM`), so no pattern can hang a pass. A pattern that does not parse, uses what only a backtracking engine
/// can run (backreferences, lookaround), is too large, or can match the empty string is reported at its place in
/// the rule file.
public struct LinePattern: Sendable {
    public let source: String
    private let matcher: PikeVM

    /// - Throws: a `Diagnostic` at `located`'s place in `configuration.file`.
    public init<L: Sendable, S: Sendable>(_ located: Located<String>, caseSensitive: Bool = false,
                                          configuration: PluginConfiguration<L, S>) throws(Diagnostic) {
        source = located.value
        do throws(RegexError) {
            matcher = PikeVM(program: try RegexProgram(pattern: located.value, caseInsensitive: !caseSensitive))
        } catch {
            throw configuration.error(error.message(for: located.value), at: located)
        }
    }

    /// The text of the first match in `line`, if any.
    public func firstMatch(in line: String) -> String? {
        matcher.firstMatch(in: line)
    }
}
