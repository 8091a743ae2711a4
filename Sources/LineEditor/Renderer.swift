/// Builds the output that redraws the prompt and line, wrapping onto further rows at the terminal
/// width, and puts the cursor on the cell of the character it stands before.
///
/// Rows are broken explicitly (CR LF) at display-width boundaries, so the drawing never depends on
/// the terminal's own autowrap; the renderer remembers which row of its drawing the cursor is on so
/// the next redraw can start from the top.
struct Renderer {
    /// A position in the drawing: row 0 is the row the prompt starts on.
    struct Position: Equatable {
        var row: Int
        var column: Int
    }

    /// The text of each row and where the cursor and the end of the text fall.
    struct Layout: Equatable {
        var rows: [String]
        var cursor: Position
        var end: Position
    }

    var columns: Int
    private var cursorRow = 0

    init(columns: Int) {
        self.columns = max(1, columns)
    }

    static func layout(prompt: String, characters: [Character], cursor: Int, columns: Int) -> Layout {
        var rows = [""]
        var column = 0
        var cursorPosition: Position?
        func place(_ character: Character, atCursor: Bool) {
            let width = DisplayWidth.of(character)
            if column > 0, column + width > columns {
                rows.append("")
                column = 0
            }
            if atCursor {
                cursorPosition = Position(row: rows.count - 1, column: column)
            }
            rows[rows.count - 1].append(character)
            column += width
        }
        for piece in Self.promptPieces(prompt) {
            switch piece {
            case .text(let character):
                place(character, atCursor: false)
            case .escapeSequence(let sequence):
                rows[rows.count - 1] += sequence
            case .lineBreak:
                rows.append("")
                column = 0
            }
        }
        for (offset, character) in characters.enumerated() {
            place(character, atCursor: offset == cursor)
        }
        if column >= columns {
            rows.append("")
            column = 0
        }
        let end = Position(row: rows.count - 1, column: column)
        return Layout(rows: rows, cursor: cursorPosition ?? end, end: end)
    }

    /// A part of a prompt: a character to place, an escape sequence (such as a colour) that takes no
    /// column, or a line break.
    enum PromptPiece: Equatable {
        case text(Character)
        case escapeSequence(String)
        case lineBreak
    }

    static func promptPieces(_ prompt: String) -> [PromptPiece] {
        var pieces: [PromptPiece] = []
        var sequence = ""
        for character in prompt {
            if !sequence.isEmpty {
                sequence.append(character)
                let isFinal = sequence.count == 2
                    ? character != "["
                    : character.asciiValue.map { (0x40...0x7E).contains($0) } ?? true
                if isFinal {
                    pieces.append(.escapeSequence(sequence))
                    sequence = ""
                }
            } else if character == "\u{1B}" {
                sequence = "\u{1B}"
            } else if character == "\n" || character == "\r\n" {
                pieces.append(.lineBreak)
            } else {
                pieces.append(.text(character))
            }
        }
        return pieces
    }

    /// `prompt` without its escape sequences, for output that must have none.
    static func plainPrompt(_ prompt: String) -> String {
        var text = ""
        for piece in promptPieces(prompt) {
            switch piece {
            case .text(let character): text.append(character)
            case .lineBreak: text.append("\n")
            case .escapeSequence: break
            }
        }
        return text
    }

    /// Output that erases the previous drawing and draws `prompt` and `characters` with the cursor at
    /// offset `cursor`.
    mutating func redraw(prompt: String, characters: [Character], cursor: Int) -> String {
        let layout = Self.layout(prompt: prompt, characters: characters, cursor: cursor, columns: columns)
        var output = ""
        if cursorRow > 0 {
            output += "\u{1B}[\(cursorRow)A"
        }
        output += "\r\u{1B}[J"
        output += layout.rows.joined(separator: "\r\n")
        let up = layout.end.row - layout.cursor.row
        if up > 0 {
            output += "\u{1B}[\(up)A"
        }
        output += "\r"
        if layout.cursor.column > 0 {
            output += "\u{1B}[\(layout.cursor.column)C"
        }
        cursorRow = layout.cursor.row
        return output
    }

    /// Output that redraws with the cursor at the end, writes `suffix` (such as "^C") and moves to the
    /// start of the next row, leaving the drawing in place; the next redraw starts a new drawing.
    mutating func finish(prompt: String, characters: [Character], suffix: String = "") -> String {
        var output = redraw(prompt: prompt, characters: characters, cursor: characters.count)
        let layout = Self.layout(prompt: prompt, characters: characters, cursor: characters.count, columns: columns)
        output += suffix
        if layout.end.column > 0 || !suffix.isEmpty || layout.rows.count == 1 {
            output += "\r\n"
        }
        cursorRow = 0
        return output
    }

    /// Forgets the current drawing (after something else wrote to the terminal): the next redraw
    /// starts on the row the terminal cursor is on.
    mutating func startNewDrawing() {
        cursorRow = 0
    }

    /// Output that clears the screen and moves to its top-left corner, where the next redraw starts.
    mutating func clearScreen() -> String {
        cursorRow = 0
        return "\u{1B}[H\u{1B}[2J"
    }

    /// Output that prints `rows` (such as completion candidates) below the current drawing; the next
    /// redraw starts a new drawing under them.
    mutating func list(_ rows: [String], prompt: String, characters: [Character]) -> String {
        var output = finish(prompt: prompt, characters: characters)
        for row in rows {
            output += row + "\r\n"
        }
        return output
    }
}
