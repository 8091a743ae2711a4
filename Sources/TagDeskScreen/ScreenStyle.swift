/// How the screen marks emphasis: ANSI SGR escape codes on a colour terminal, nothing at all in `plain`.
///
/// In `plain` every `apply` returns its text unchanged, so plain output holds no ESC byte.
public struct ScreenStyle: Sendable, Hashable {
    /// What a piece of text is, which decides how it looks.
    public enum Role: Sendable, Hashable {
        /// Section titles and the article id.
        case heading
        /// Boilerplate lines and their kind, line numbers, secondary details.
        case dim
        /// Text that is the evidence of a tag, within its line.
        case evidence
        /// The margin mark of a line in another language than the article's.
        case language
        /// Tags and notes that come from a person's decision.
        case human
        /// A label a person removed.
        case removed
        case info
        case warning
        case error
    }

    /// Whether escape codes are written.
    public let usesColor: Bool

    /// No escape codes: for pipes, files, `NO_COLOR` and `TERM=dumb`.
    public static let plain = ScreenStyle(usesColor: false)
    /// ANSI colours and emphasis, for a terminal.
    public static let color = ScreenStyle(usesColor: true)

    /// `text` marked as `role`, the style reset after it.
    public func apply(_ role: Role?, to text: some StringProtocol) -> String {
        guard usesColor, let role, !text.isEmpty else { return String(text) }
        return "\u{1B}[" + Self.code(role) + "m" + text + "\u{1B}[0m"
    }

    private static func code(_ role: Role) -> String {
        switch role {
        case .heading: "1"
        case .dim: "2"
        case .evidence: "1;4"
        case .language: "33"
        case .human: "36"
        case .removed: "31;9"
        case .info: "34"
        case .warning: "33"
        case .error: "1;31"
        }
    }
}
