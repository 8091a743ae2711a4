/// Lines laid out for the screen: each wrapped to the width after its prefix, continuation rows starting
/// under the first row's body (a hanging indent), never at column 0.
struct Page {
    /// One logical line: a prefix (a gutter, an indent) and a body that wraps.
    struct Line {
        var prefix = StyledLine()
        /// What continuation rows start with; spaces as wide as `prefix` when `nil`.
        var continuation: StyledLine?
        var body: StyledLine

        /// `body` after `indent` spaces; continuation rows `hanging` columns further in.
        init(indent: Int = 0, body: StyledLine, hanging: Int = 0) {
            prefix = StyledLine(String(repeating: " ", count: indent))
            continuation = StyledLine(String(repeating: " ", count: indent + hanging))
            self.body = body
        }

        init(prefix: StyledLine, continuation: StyledLine, body: StyledLine) {
            self.prefix = prefix
            self.continuation = continuation
            self.body = body
        }
    }

    /// Below this many columns for the body, rows are as wide as the body needs that many columns.
    static let narrowestBody = 20

    let width: Int?
    let style: ScreenStyle

    func write(_ lines: [Line], into out: inout String) {
        for line in lines {
            let continuation = line.continuation ?? StyledLine(String(repeating: " ", count: line.prefix.width))
            let bodyWidth = width.map { max($0 - max(line.prefix.width, continuation.width), Self.narrowestBody) }
            for (index, row) in line.body.wrapped(width: bodyWidth).enumerated() {
                let prefix = index == 0 ? line.prefix : continuation
                var text = prefix.rendered(style) + row.rendered(style)
                while text.last == " " { text.removeLast() }
                out += text + "\n"
            }
        }
    }
}
