import LineEditor

/// One line of the screen as pieces of text, each with the role that styles it; wrapped by display width.
///
/// Wrapping breaks only at breaking spaces (never at a no-break space) and, for a word wider than the row,
/// between grapheme clusters; text is never reordered, and nothing but the spaces at a break is left out.
public struct StyledLine: Sendable, Hashable {
    public struct Run: Sendable, Hashable {
        public var text: String
        public var role: ScreenStyle.Role?

        public init(_ text: String, _ role: ScreenStyle.Role? = nil) {
            self.text = text
            self.role = role
        }
    }

    public var runs: [Run]

    public init(_ runs: [Run] = []) {
        self.runs = runs
    }

    public init(_ text: String, _ role: ScreenStyle.Role? = nil) {
        runs = [Run(text, role)]
    }

    /// The text with no style.
    public var text: String { runs.map(\.text).joined() }

    /// Columns the line takes on a terminal.
    public var width: Int { runs.reduce(0) { $0 + DisplayWidth.of($1.text) } }

    public mutating func append(_ text: String, _ role: ScreenStyle.Role? = nil) {
        guard !text.isEmpty else { return }
        if let last = runs.last, last.role == role {
            runs[runs.count - 1].text += text
        } else {
            runs.append(Run(text, role))
        }
    }

    /// The line in `style`, each run reset after itself so a row never leaks its style into the next.
    public func rendered(_ style: ScreenStyle) -> String {
        runs.map { style.apply($0.role, to: $0.text) }.joined()
    }

    /// The rows of at most `width` columns the line fills (one row, as it is, when `width` is `nil`).
    public func wrapped(width: Int?) -> [StyledLine] {
        guard let width, width > 0 else { return [self] }
        let words = words()
        guard words.joined().reduce(0, { $0 + $1.width }) > width else { return [self] }
        var rows: [StyledLine] = []
        var row: [Cell] = []
        var rowWidth = 0
        func finishRow() {
            while let last = row.last, last.breaks { rowWidth -= last.width; row.removeLast() }
            rows.append(Self.line(of: row))
            row = []
            rowWidth = 0
        }
        for word in words {
            let wordWidth = word.reduce(0) { $0 + ($1.breaks ? 0 : $1.width) }
            if rowWidth + wordWidth > width, row.contains(where: { !$0.breaks }) { finishRow() }
            for cell in word {
                if cell.breaks, row.isEmpty, !rows.isEmpty { continue }
                if !cell.breaks, rowWidth + cell.width > width, row.contains(where: { !$0.breaks }) { finishRow() }
                row.append(cell)
                rowWidth += cell.width
            }
        }
        if !row.isEmpty || rows.isEmpty { finishRow() }
        return rows
    }

    /// One grapheme cluster with its width, its role, and whether a row may break at it (a breaking space).
    private struct Cell {
        let character: Character
        let width: Int
        let role: ScreenStyle.Role?
        let breaks: Bool
    }

    /// The cells in words: a run of non-breaking cells, then the breaking spaces after it.
    private func words() -> [[Cell]] {
        var words: [[Cell]] = []
        var word: [Cell] = []
        for run in runs {
            for character in run.text {
                let breaks = Self.isBreakingSpace(character)
                if !breaks, word.last?.breaks == true {
                    words.append(word)
                    word = []
                }
                word.append(Cell(character: character, width: DisplayWidth.of(character), role: run.role, breaks: breaks))
            }
        }
        if !word.isEmpty { words.append(word) }
        return words
    }

    private static func line(of cells: [Cell]) -> StyledLine {
        var line = StyledLine()
        for cell in cells { line.append(String(cell.character), cell.role) }
        return line
    }

    /// Spaces a row may break at: U+0020, tab and the other space separators, but not the no-break spaces.
    static func isBreakingSpace(_ character: Character) -> Bool {
        guard character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first else { return false }
        if scalar == "\t" { return true }
        guard scalar.properties.generalCategory == .spaceSeparator else { return false }
        return !["\u{00A0}", "\u{2007}", "\u{202F}"].contains(scalar)
    }
}
