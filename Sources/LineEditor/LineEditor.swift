import Foundation
import Glibc

/// Reads lines from a terminal with editing keys, history, incremental search and Tab completion.
///
/// When the input or output is not a terminal, or TERM names one that cannot move the cursor
/// (such as `dumb`), it reads plainly like `readLine()`: the prompt is written without its escape
/// sequences, and no escape code is ever written. The terminal is in raw mode only while a line is
/// being read, and signal handlers put it back if the process is stopped or terminated meanwhile.
public final class LineEditor {
    /// Returns the candidates for completing the word before the cursor, given the whole line and the
    /// cursor's offset in it counted in `Character`s. A word is the run of non-blank characters ending
    /// at the cursor; each candidate is a full replacement for it.
    public typealias Completion = (_ line: String, _ cursor: Int) -> [String]

    /// Lines recalled by Up/Down and Ctrl-R. Lines entered on a terminal are added to it when
    /// `recordsHistory` is true.
    public var history: History
    /// Supplies Tab completion candidates; without it Tab rings the bell.
    public var completion: Completion?
    /// Whether lines entered interactively are added to `history`. Lines read plainly never are.
    public var recordsHistory = true
    /// Where keys (or piped lines) are read from.
    public let inputFileDescriptor: Int32
    /// Where the prompt and line are drawn.
    public let outputFileDescriptor: Int32

    private let environment: [String: String]
    private var decoder = KeyDecoder()
    private var killRing = KillRing()
    private var plainInput: [UInt8] = []
    private var wakePipe: (read: Int32, write: Int32)?

    /// Milliseconds to wait for the rest of an escape sequence before taking ESC as a key of its own.
    private let escapeTimeout: Int32 = 100

    /// Creates an editor reading from `input` and drawing on `output`; `environment` supplies TERM.
    public init(
        input: Int32 = STDIN_FILENO,
        output: Int32 = STDOUT_FILENO,
        history: History = History(),
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) {
        inputFileDescriptor = input
        outputFileDescriptor = output
        self.history = history
        self.environment = environment
    }

    deinit {
        if let wakePipe {
            close(wakePipe.read)
            close(wakePipe.write)
        }
    }

    /// Whether `readLine(prompt:)` edits interactively (both descriptors are capable terminals).
    public var isInteractive: Bool {
        terminal.supportsEditing(environment: environment)
    }

    /// Shows `prompt` and reads one line. The prompt may contain escape sequences (colours), which
    /// take no column and are left out in plain reading, and line breaks.
    ///
    /// Interactively, Ctrl-D on an empty line gives `.endOfInput` and Ctrl-C `.interrupted`; a hang-up
    /// gives `.endOfInput`. Plainly, the end of the input gives `.endOfInput` (a last line without a
    /// line break is returned first). Throws `TerminalError` when the terminal cannot be set up or written.
    public func readLine(prompt: String) throws -> LineReadResult {
        if isInteractive {
            return try readInteractively(prompt: prompt)
        }
        return try readPlainly(prompt: prompt)
    }

    private var terminal: Terminal {
        Terminal(input: inputFileDescriptor, output: outputFileDescriptor)
    }

    private func readPlainly(prompt: String) throws -> LineReadResult {
        let plainPrompt = Renderer.plainPrompt(prompt)
        if !plainPrompt.isEmpty {
            try terminal.write(plainPrompt)
        }
        while true {
            if let newline = plainInput.firstIndex(of: UInt8(ascii: "\n")) {
                var line = plainInput[..<newline]
                if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
                let text = String(decoding: line, as: UTF8.self)
                plainInput.removeSubrange(...newline)
                return .line(text)
            }
            let bytes = try terminal.read()
            if bytes.isEmpty {
                guard !plainInput.isEmpty else { return .endOfInput }
                defer { plainInput.removeAll() }
                return .line(String(decoding: plainInput, as: UTF8.self))
            }
            plainInput.append(contentsOf: bytes)
        }
    }

    private func readInteractively(prompt: String) throws -> LineReadResult {
        let terminal = terminal
        let wake = try wakeFileDescriptors()
        return try terminal.withRawMode(wakeFileDescriptor: wake.write) { slot in
            var session = EditingSession(prompt: prompt, history: history.entries, completion: completion, killRing: killRing)
            defer { killRing = session.killRing }
            var renderer = Renderer(columns: terminal.columns)
            try terminal.write(Self.redraw(session, with: &renderer))
            while true {
                var needsRedraw = false
                while let key = decoder.next() {
                    let outcome = session.handle(key)
                    if let result = try perform(
                        outcome, in: session, renderer: &renderer, needsRedraw: &needsRedraw, canSuspend: slot != nil) {
                        if case .line(let line) = result, recordsHistory {
                            history.add(line)
                        }
                        return result
                    }
                }
                if needsRedraw {
                    try terminal.write(Self.redraw(session, with: &renderer))
                }
                let timeout = decoder.hasPendingBytes ? escapeTimeout : -1
                switch try terminal.wait(wakeFileDescriptor: wake.read, timeout: timeout) {
                case .timeout:
                    decoder.expirePendingSequence()
                case .input:
                    let bytes = try terminal.read()
                    if bytes.isEmpty {
                        let display = session.display
                        try terminal.write(renderer.finish(prompt: display.prompt, characters: display.characters))
                        return .endOfInput
                    }
                    decoder.feed(bytes)
                case .wake:
                    handleSignals(drainWakePipe(wake.read), slot: slot, renderer: &renderer)
                    try terminal.write(Self.redraw(session, with: &renderer))
                }
            }
        }
    }

    /// Carries out what a key asked for; returns the result when the line is finished.
    private func perform(
        _ outcome: EditingSession.Outcome,
        in session: EditingSession,
        renderer: inout Renderer,
        needsRedraw: inout Bool,
        canSuspend: Bool
    ) throws -> LineReadResult? {
        let display = session.display
        switch outcome {
        case .none:
            return nil
        case .redraw:
            needsRedraw = true
            return nil
        case .accept(let line):
            try terminal.write(renderer.finish(prompt: session.prompt, characters: Array(line)))
            return .line(line)
        case .endOfInput:
            try terminal.write(renderer.finish(prompt: display.prompt, characters: display.characters))
            return .endOfInput
        case .interrupt:
            try terminal.write(renderer.finish(prompt: display.prompt, characters: display.characters, suffix: "^C"))
            return .interrupted
        case .clearScreen:
            try terminal.write(renderer.clearScreen())
            needsRedraw = true
            return nil
        case .list(let candidates):
            let rows = CandidateList.rows(candidates, columns: renderer.columns)
            try terminal.write(renderer.list(rows, prompt: display.prompt, characters: display.characters))
            needsRedraw = true
            return nil
        case .bell:
            try terminal.write("\u{07}")
            return nil
        case .suspend:
            // The relay's SIGTSTP handler restores the terminal, stops, and on resuming sets raw mode
            // again and wakes the loop, which redraws the line below whatever the shell printed.
            guard canSuspend else { return nil }
            try terminal.write(renderer.finish(prompt: display.prompt, characters: display.characters))
            raise(SIGTSTP)
            return nil
        }
    }

    /// Reacts to the signals the relay reported: a new width, a resumed process (whose terminal the
    /// shell has written to), or a terminating signal the process survived.
    private func handleSignals(_ signals: [Int32], slot: Int?, renderer: inout Renderer) {
        for signal in signals {
            switch signal {
            case SIGWINCH:
                renderer.columns = max(1, terminal.columns)
            case SIGCONT, SIGTSTP:
                renderer.columns = max(1, terminal.columns)
                renderer.startNewDrawing()
            default:
                if let slot { SignalRelay.reinstate(signal, slot: slot) }
            }
        }
    }

    private static func redraw(_ session: EditingSession, with renderer: inout Renderer) -> String {
        let display = session.display
        return renderer.redraw(prompt: display.prompt, characters: display.characters, cursor: display.cursor)
    }

    private func wakeFileDescriptors() throws -> (read: Int32, write: Int32) {
        if let wakePipe { return wakePipe }
        var descriptors: [Int32] = [-1, -1]
        guard pipe(&descriptors) == 0 else {
            throw TerminalError(operation: "pipe", code: errno)
        }
        for descriptor in descriptors {
            _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
            _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
        }
        let created = (read: descriptors[0], write: descriptors[1])
        wakePipe = created
        return created
    }

    private func drainWakePipe(_ descriptor: Int32) -> [Int32] {
        var signals: [Int32] = []
        var buffer = [UInt8](repeating: 0, count: 64)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            signals += buffer.prefix(count).map { Int32($0) }
        }
        return signals
    }
}
