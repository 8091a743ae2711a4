import Foundation
import LineEditor
import TagDeskCore

/// `tagdesk review`'s terminal side: reads lines (with `LineEditor` on a terminal, plainly otherwise), hands each
/// to the `ReviewDesk`, prints its answer, runs the editor for `edit`; ends with the session's summary.
struct ReviewLoop {
    let keepGoing: Bool
    /// Standard input and output are a terminal.
    let interactive = isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1

    /// Columns to wrap the screen to.
    var width: Int {
        var size = winsize()
        if interactive, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init) ?? 100
    }

    /// Colour only on a terminal, never with NO_COLOR or TERM=dumb.
    var colors: Bool {
        let environment = ProcessInfo.processInfo.environment
        return interactive && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
    }

    /// Runs the session to its end: `quit`, the end of the input, or (piped, without `keepGoing`) a failed command.
    /// - Returns: `.checkFailed` when a piped command failed.
    func run(_ desk: ReviewDesk, history url: URL) -> ExitStatus {
        var desk = desk
        let editor = LineEditor(history: interactive ? (try? History(contentsOf: url)) ?? History() : History())
        let vocabulary = desk.vocabulary
        editor.completion = { line, cursor in ReviewCommand.completions(line, cursor: cursor, vocabulary: vocabulary) }
        say(desk.start())
        var failed = false
        reading: while true {
            let result: LineReadResult
            do { result = try editor.readLine(prompt: desk.prompt) } catch {
                Output.error("error: cannot read the next command: \(error)")
                failed = true
                break
            }
            switch result {
            case .endOfInput:
                say("\n")
                break reading
            case .interrupted:
                continue
            case .line(let line):
                if interactive {
                    try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                    try? editor.history.save(to: url)
                } else {
                    say(line + "\n")
                }
                var reply = desk.execute(line)
                if let target = reply.edit {
                    if let problem = openEditor(target) {
                        reply.text = "error: " + problem + "\n"
                        reply.failed = true
                    } else {
                        reply = desk.rulesEdited()
                    }
                }
                say(reply.text)
                if reply.failed {
                    failed = true
                    if !interactive && !keepGoing {
                        Output.error("stopped at the first failing command; --keep-going runs the rest")
                        break reading
                    }
                }
                if reply.quit { break reading }
            }
        }
        say(desk.summary)
        return failed && !interactive ? .checkFailed : .success
    }

    /// Runs $VISUAL or $EDITOR on the file at the line, through /bin/sh so that `EDITOR="vi -n"` works.
    /// - Returns: why it could not run, or nil.
    func openEditor(_ target: ReviewDesk.Reply.EditTarget) -> String? {
        let environment = ProcessInfo.processInfo.environment
        guard let command = [environment["VISUAL"], environment["EDITOR"]].compactMap({ $0 }).first(where: { !$0.isEmpty }) else {
            return "set VISUAL or EDITOR to the editor to open \(target.path) with"
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command + " \"$@\"", "sh", "+\(target.line)", target.path]
        do { try process.run() } catch { return "cannot run the editor '\(command)': \(error)" }
        process.waitUntilExit()
        return nil
    }

    /// Writes straight to standard output (no buffer), so a transcript interleaves with the prompts and a killed
    /// session has printed everything it answered.
    func say(_ text: String) {
        guard !text.isEmpty else { return }
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
