/// One key press (or pasted run of text) as decoded from the bytes a terminal sends.
enum Key: Equatable, Sendable {
    /// Printable text: one or more characters typed or pasted.
    case text(String)
    case enter
    case tab
    case backspace
    case delete
    case left
    case right
    case up
    case down
    case home
    case end
    /// Ctrl-Left or Alt-Left.
    case wordLeft
    /// Ctrl-Right or Alt-Right.
    case wordRight
    /// A control key with the lowercase letter it is typed with: Ctrl-A is `.control("a")`.
    case control(Character)
    /// Alt (Meta) with a printable ASCII character: Alt-B is `.meta("b")`.
    case meta(Character)
    /// Alt-Backspace.
    case metaBackspace
    /// A lone Escape key.
    case escape
}
