import Foundation
import Glibc
import LineEditor
import TagDeskTestSupport
import Testing

/// Runs a `LineEditor` on the terminal side of a pseudo-terminal, on a thread of its own, while the
/// test types keys into the controlling side and watches the screen.
final class EditorHarness: @unchecked Sendable {
    /// What the editor thread produced.
    struct Run: Sendable {
        var results: [LineReadResult] = []
        var history = History()
        var error: String?
        /// The terminal's flags after each `readLine` returned.
        var flagsAfterEachLine: [TerminalFlags] = []
    }

    let pty: PseudoTerminal
    let recorder: OutputRecorder
    let columns: Int
    let rows: Int
    /// The terminal's flags before the editor started.
    let initialFlags: TerminalFlags
    private let lock = NSLock()
    private var run = Run()
    private var finished = false

    /// Starts an editor that reads `lineCount` lines with `prompt`, then stops.
    init(
        prompt: String = "> ",
        columns: Int = 80,
        rows: Int = 24,
        lineCount: Int = 1,
        history: History = History(),
        environment: [String: String] = ["TERM": "xterm-256color"],
        completion: (@Sendable (String, Int) -> [String])? = nil
    ) throws {
        pty = try PseudoTerminal(columns: columns, rows: rows)
        self.columns = columns
        self.rows = rows
        initialFlags = TerminalFlags(pty.settings)
        recorder = OutputRecorder(reading: pty.controller)
        let terminal = pty.terminal
        let thread = Thread { [self] in
            let editor = LineEditor(input: terminal, output: terminal, history: history, environment: environment)
            editor.completion = completion
            var run = Run()
            do {
                for _ in 0..<lineCount {
                    run.results.append(try editor.readLine(prompt: prompt))
                    var settings = termios()
                    tcgetattr(terminal, &settings)
                    run.flagsAfterEachLine.append(TerminalFlags(settings))
                }
            } catch {
                run.error = "\(error)"
            }
            run.history = editor.history
            self.lock.withLock {
                self.run = run
                self.finished = true
            }
        }
        thread.start()
    }

    var isFinished: Bool { lock.withLock { finished } }

    var output: String { recorder.text }

    var screen: TerminalScreen {
        TerminalScreen(columns: columns, rows: rows, replaying: recorder.text)
    }

    func type(_ keys: String) {
        pty.type(keys)
    }

    /// Waits (up to 5 s) until the screen satisfies `condition`; returns the last screen seen.
    @discardableResult
    func waitForScreen(_ condition: (TerminalScreen) -> Bool) async -> TerminalScreen {
        let deadline = ContinuousClock.now + .seconds(5)
        var current = screen
        while !condition(current), ContinuousClock.now < deadline {
            try? await Task.sleep(for: .milliseconds(5))
            current = screen
        }
        return current
    }

    /// Waits until row `row` reads `text` (trailing blanks aside) and the cursor is at `column` on it,
    /// then checks both.
    func expectScreen(
        row: Int = 0, _ expected: String, cursorColumn column: Int,
        sourceLocation: SourceLocation = #_sourceLocation
    ) async {
        let text = trimmingTrailingBlanks(expected)
        let screen = await waitForScreen {
            $0.line(row) == text && $0.cursor == TerminalScreen.Position(row: row, column: column)
        }
        #expect(screen.line(row) == text, sourceLocation: sourceLocation)
        #expect(screen.cursor == TerminalScreen.Position(row: row, column: column), sourceLocation: sourceLocation)
    }

    /// Waits until the prompt has been drawn (the editor is then reading, in raw mode).
    func waitForPrompt(_ expected: String = "> ", sourceLocation: SourceLocation = #_sourceLocation) async {
        let prompt = trimmingTrailingBlanks(expected)
        let screen = await waitForScreen { $0.lines.last?.hasPrefix(prompt) == true }
        #expect(screen.lines.last?.hasPrefix(prompt) == true, sourceLocation: sourceLocation)
    }

    /// Waits (up to 5 s) for the editor to finish, then closes the pseudo-terminal. An editor still
    /// reading after that is unblocked by the hang-up and the run is reported as unfinished.
    func finish(sourceLocation: SourceLocation = #_sourceLocation) async -> Run {
        let deadline = ContinuousClock.now + .seconds(5)
        while !isFinished, ContinuousClock.now < deadline {
            try? await Task.sleep(for: .milliseconds(5))
        }
        let finishedInTime = isFinished
        #expect(finishedInTime, "the editor did not return", sourceLocation: sourceLocation)
        await recorder.stop()
        pty.closeController()
        if !finishedInTime {
            let hangUpDeadline = ContinuousClock.now + .seconds(5)
            while !isFinished, ContinuousClock.now < hangUpDeadline {
                try? await Task.sleep(for: .milliseconds(5))
            }
        }
        if isFinished { pty.closeTerminal() }
        return lock.withLock { run }
    }
}

func trimmingTrailingBlanks(_ text: String) -> String {
    var trimmed = text
    while trimmed.last == " " { trimmed.removeLast() }
    return trimmed
}

/// Key sequences as a terminal sends them.
enum Keys {
    static let enter = "\r"
    static let tab = "\t"
    static let backspace = "\u{7F}"
    static let left = "\u{1B}[D"
    static let right = "\u{1B}[C"
    static let up = "\u{1B}[A"
    static let down = "\u{1B}[B"
    static let home = "\u{1B}[H"
    static let end = "\u{1B}[F"
    static let delete = "\u{1B}[3~"
    static let altB = "\u{1B}b"
    static let altF = "\u{1B}f"
    static let altD = "\u{1B}d"

    /// Ctrl plus a letter: `control("a")` is byte 0x01.
    static func control(_ letter: Character) -> String {
        String(UnicodeScalar(letter.asciiValue! - 0x60))
    }

    static func repeated(_ key: String, _ count: Int) -> String {
        String(repeating: key, count: count)
    }
}
