/// What one call to `LineEditor.readLine(prompt:)` produced.
public enum LineReadResult: Equatable, Sendable {
    /// The line entered, without its line break.
    case line(String)
    /// Ctrl-D on an empty line, or the end of piped input.
    case endOfInput
    /// Ctrl-C: the line being edited was abandoned.
    case interrupted
}
