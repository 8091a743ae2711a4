/// A small terminal emulator for checking what the editor drew: it interprets CR, LF, BEL and the
/// cursor movement and erase sequences (CUU, CUD, CUF, CUB, CUP, ED, EL), with autowrap.
///
/// Cell widths follow a deliberately separate, simple model: nonspacing marks, variation selectors,
/// format characters and whatever follows a zero-width joiner take no cell; CJK ideographs, kana,
/// Hangul syllables and emoji-presentation scalars take two.
struct TerminalScreen {
    struct Position: Equatable, CustomStringConvertible {
        var row: Int
        var column: Int
        var description: String { "(row \(row), column \(column))" }
    }

    let columns: Int
    let rows: Int
    private var cells: [[String]]
    private(set) var cursor = Position(row: 0, column: 0)
    private var pendingWrap = false
    private var joinNext = false
    private(set) var bells = 0
    private(set) var unhandledSequences: [String] = []

    init(columns: Int = 80, rows: Int = 24) {
        self.columns = columns
        self.rows = rows
        cells = Array(repeating: Array(repeating: " ", count: columns), count: rows)
    }

    init(columns: Int = 80, rows: Int = 24, replaying output: String) {
        self.init(columns: columns, rows: rows)
        feed(output)
    }

    /// The text of `row` without trailing blanks.
    func line(_ row: Int) -> String {
        var text = cells[row].joined()
        while text.last == " " { text.removeLast() }
        return text
    }

    /// All rows up to the last non-blank one.
    var lines: [String] {
        var all = (0..<rows).map(line)
        while all.last == "" { all.removeLast() }
        return all
    }

    mutating func feed(_ output: String) {
        var scalars = output.unicodeScalars[...]
        while let scalar = scalars.popFirst() {
            switch scalar {
            case "\u{1B}":
                escape(&scalars)
            case "\r":
                cursor.column = 0
                pendingWrap = false
            case "\n":
                lineFeed()
            case "\u{07}":
                bells += 1
            case "\u{08}":
                cursor.column = max(0, cursor.column - 1)
                pendingWrap = false
            default:
                if scalar.value >= 0x20 { put(scalar) }
            }
        }
    }

    private mutating func escape(_ scalars: inout Substring.UnicodeScalarView) {
        guard let introducer = scalars.popFirst() else { return }
        guard introducer == "[" else {
            unhandledSequences.append("ESC \(introducer)")
            return
        }
        var parameters = ""
        while let next = scalars.popFirst() {
            if (0x30...0x3F).contains(next.value) {
                parameters.unicodeScalars.append(next)
                continue
            }
            controlSequence(parameters: parameters, final: next)
            return
        }
    }

    private mutating func controlSequence(parameters: String, final: Unicode.Scalar) {
        let numbers = parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) }
        let first = numbers.first.flatMap { $0 } ?? 0
        let count = max(1, first)
        pendingWrap = false
        switch final {
        case "A": cursor.row = max(0, cursor.row - count)
        case "B": cursor.row = min(rows - 1, cursor.row + count)
        case "C": cursor.column = min(columns - 1, cursor.column + count)
        case "D": cursor.column = max(0, cursor.column - count)
        case "H":
            let row = numbers.count > 0 ? (numbers[0] ?? 1) : 1
            let column = numbers.count > 1 ? (numbers[1] ?? 1) : 1
            cursor = Position(row: max(0, row - 1), column: max(0, column - 1))
        case "J":
            switch first {
            case 0:
                erase(row: cursor.row, from: cursor.column)
                for row in cursor.row + 1..<rows { erase(row: row, from: 0) }
            case 2, 3:
                for row in 0..<rows { erase(row: row, from: 0) }
            default:
                unhandledSequences.append("CSI \(parameters)J")
            }
        case "K":
            switch first {
            case 0: erase(row: cursor.row, from: cursor.column)
            case 2: erase(row: cursor.row, from: 0)
            default: unhandledSequences.append("CSI \(parameters)K")
            }
        default:
            unhandledSequences.append("CSI \(parameters)\(final)")
        }
    }

    private mutating func erase(row: Int, from column: Int) {
        for index in column..<columns { cells[row][index] = " " }
    }

    private mutating func lineFeed() {
        pendingWrap = false
        if cursor.row == rows - 1 {
            cells.removeFirst()
            cells.append(Array(repeating: " ", count: columns))
        } else {
            cursor.row += 1
        }
    }

    private mutating func put(_ scalar: Unicode.Scalar) {
        let width = Self.width(of: scalar, joined: joinNext)
        joinNext = scalar == "\u{200D}"
        if width == 0 {
            let column = pendingWrap ? cursor.column : cursor.column - 1
            if column >= 0 {
                var target = column
                if cells[cursor.row][target].isEmpty, target > 0 { target -= 1 }
                cells[cursor.row][target].unicodeScalars.append(scalar)
            }
            return
        }
        if pendingWrap || cursor.column + width > columns {
            cursor.column = 0
            lineFeed()
        }
        cells[cursor.row][cursor.column] = String(scalar)
        if width == 2 { cells[cursor.row][cursor.column + 1] = "" }
        cursor.column += width
        if cursor.column >= columns {
            cursor.column = columns - 1
            pendingWrap = true
        }
    }

    private static func width(of scalar: Unicode.Scalar, joined: Bool) -> Int {
        if joined { return 0 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        let value = scalar.value
        let wide: [ClosedRange<UInt32>] = [
            0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFF00...0xFF60, 0x20000...0x3FFFD,
        ]
        if scalar.properties.isEmojiPresentation || wide.contains(where: { $0.contains(value) }) { return 2 }
        return 1
    }
}
