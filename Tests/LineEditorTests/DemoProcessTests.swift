import Foundation
import Glibc
@testable import LineEditor
import TagDeskTestSupport
import Testing

extension TerminalTests {
    /// The demo executable as a child process: signals sent to a real process while it reads, and
    /// standard input from a pipe.
    @Suite struct DemoProcessTests {
        /// A demo running on a pseudo-terminal, with its screen output recorded.
        final class Session {
            let pty: PseudoTerminal
            let recorder: OutputRecorder
            let process: DemoProcess
            let initialFlags: TerminalFlags
            let directory: URL

            /// Starts the demo; `history` is written to its history file first.
            init(columns: Int = 80, history: String? = nil) throws {
                directory = FileManager.default.temporaryDirectory
                    .appendingPathComponent("LineEditorTests-\(UUID().uuidString)")
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
                if let history {
                    try history.write(to: directory.appendingPathComponent("history"), atomically: true, encoding: .utf8)
                }
                pty = try PseudoTerminal(columns: columns)
                initialFlags = TerminalFlags(pty.settings)
                recorder = OutputRecorder(reading: pty.controller)
                process = try DemoProcess(
                    arguments: ["--history", directory.appendingPathComponent("history").path],
                    input: pty.terminal, output: pty.terminal,
                    environment: ["TERM": "xterm-256color", "HOME": directory.path])
            }

            var flags: TerminalFlags { TerminalFlags(pty.settings) }
            var output: String { recorder.text }

            func screen(columns: Int = 80) -> TerminalScreen {
                TerminalScreen(columns: columns, replaying: recorder.text)
            }

            /// Waits for the demo's echo of `line` and the prompt drawn after it: only then is the
            /// terminal back in raw mode, so keys typed earlier would meet the cooked terminal.
            func waitForEcho(of line: String, sourceLocation: SourceLocation = #_sourceLocation) async {
                await waitForOutput(containing: "=> «\(line)»\r\n\r\u{1B}[Jdemo> ", sourceLocation: sourceLocation)
            }

            func waitForOutput(containing text: String, sourceLocation: SourceLocation = #_sourceLocation) async {
                let found = await eventually { recorder.text.contains(text) }
                #expect(found, "no \(text.debugDescription) in \(recorder.text.debugDescription)", sourceLocation: sourceLocation)
            }

            func close() async {
                process.terminate()
                await recorder.stop()
                pty.closeController()
                pty.closeTerminal()
                try? FileManager.default.removeItem(at: directory)
            }
        }

        @Test func sigtermWhileReadingRestoresTheTerminalThenTerminates() async throws {
            let session = try Session()
            await session.waitForOutput(containing: "demo> ")
            session.pty.type("abc")
            await session.waitForOutput(containing: "demo> abc")
            #expect(session.flags.isRaw, "\(session.flags)")
            kill(session.process.pid, SIGTERM)
            let status = await session.process.waitForStatus()
            #expect(status == .signaled(SIGTERM))
            #expect(session.flags == session.initialFlags)
            await session.close()
        }

        @Test func sigtstpRestoresTheTerminalAndSigcontReturnsToRawMode() async throws {
            let session = try Session()
            await session.waitForOutput(containing: "demo> ")
            session.pty.type("abc")
            await session.waitForOutput(containing: "demo> abc")
            kill(session.process.pid, SIGTSTP)
            await expectStoppedThenResumed(session, typing: "d", echo: "abcd")
        }

        @Test func ctrlZSuspendsWithTheTerminalRestoredAndResumesEditing() async throws {
            let session = try Session()
            await session.waitForOutput(containing: "demo> ")
            session.pty.type("Hano" + Keys.control("z"))
            await expectStoppedThenResumed(session, typing: "ï", echo: "Hanoï")
        }

        /// The stopped child left the terminal as it found it; after SIGCONT it is raw again, finishes the line and exits cleanly.
        private func expectStoppedThenResumed(_ session: Session, typing rest: String, echo: String) async {
            let stopped = await session.process.waitForStatus()
            #expect(stopped == .stopped(SIGTSTP))
            #expect(session.flags == session.initialFlags)

            kill(session.process.pid, SIGCONT)
            let rawAgain = await eventually { session.flags.isRaw }
            #expect(rawAgain, "\(session.flags)")
            session.pty.type(rest + Keys.enter)
            await session.waitForEcho(of: echo)
            session.pty.type(Keys.control("d"))
            let exited = await session.process.waitForStatus()
            #expect(exited == .exited(0))
            #expect(session.flags == session.initialFlags)
            await session.close()
        }

        @Test func sigwinchRedrawsTheLineForTheNewWidth() async throws {
            let session = try Session()
            await session.waitForOutput(containing: "demo> ")
            session.pty.type("abcdefghijklmnopqrstuvwxyz0123")
            await session.waitForOutput(containing: "demo> abcdefghijklmnopqrstuvwxyz0123")
            session.pty.resize(columns: 20)
            kill(session.process.pid, SIGWINCH)
            await session.waitForOutput(containing: "\r\u{1B}[Jdemo> abcdefghijklmn\r\nopqrstuvwxyz0123")
            session.pty.type(Keys.enter + Keys.control("d"))
            await session.waitForOutput(containing: "=> «abcdefghijklmnopqrstuvwxyz0123»")
            let exited = await session.process.waitForStatus()
            #expect(exited == .exited(0))
            await session.close()
        }

        @Test func historyWrittenByOneRunIsRecalledByTheNext() async throws {
            let first = try Session()
            await first.waitForOutput(containing: "demo> ")
            first.pty.type("Le ministère des Affaires étrangères" + Keys.enter)
            await first.waitForEcho(of: "Le ministère des Affaires étrangères")
            first.pty.type(Keys.control("d"))
            let firstStatus = await first.process.waitForStatus()
            #expect(firstStatus == .exited(0))
            let saved = try String(contentsOf: first.directory.appendingPathComponent("history"), encoding: .utf8)
            #expect(saved == "Le ministère des Affaires étrangères\n")
            await first.close()

            let second = try Session(history: saved)
            await second.waitForOutput(containing: "demo> ")
            second.pty.type(Keys.up)
            await second.waitForOutput(containing: "demo> Le ministère des Affaires étrangères")
            second.pty.type(Keys.enter + Keys.control("d"))
            await second.waitForOutput(containing: "=> «Le ministère des Affaires étrangères»")
            let secondStatus = await second.process.waitForStatus()
            #expect(secondStatus == .exited(0))
            await second.close()
        }

        @Test func pipedStandardInputGetsLinesBackWithoutEscapeCodes() async throws {
            var input: [Int32] = [-1, -1]
            var output: [Int32] = [-1, -1]
            #expect(pipe(&input) == 0)
            #expect(pipe(&output) == 0)
            for descriptor in input + output {
                _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
            }
            let directory = FileManager.default.temporaryDirectory
                .appendingPathComponent("LineEditorTests-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: directory) }
            let process = try DemoProcess(
                arguments: ["--history", directory.appendingPathComponent("history").path],
                input: input[0], output: output[1],
                environment: ["TERM": "xterm-256color", "HOME": directory.path])
            close(input[0])
            close(output[1])
            let recorder = OutputRecorder(reading: output[0])
            let text = "un\ndeux\nBộ Ngoại giao\nمُؤْتَمَر"
            _ = text.utf8CString.withUnsafeBufferPointer { write(input[1], $0.baseAddress, $0.count - 1) }
            close(input[1])

            let status = await process.waitForStatus()
            #expect(status == .exited(0))
            await recorder.stop()
            close(output[0])
            let received = recorder.text
            #expect(received == "demo> => «un»\ndemo> => «deux»\ndemo> => «Bộ Ngoại giao»\ndemo> => «مُؤْتَمَر»\ndemo> ")
            #expect(!recorder.bytes.contains(0x1B))
        }
    }
}
