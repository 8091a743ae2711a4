import Foundation
import Glibc
@testable import LineEditor
import TagDeskTestSupport
import Testing

/// Without a capable terminal the editor reads like `readLine()` and writes no escape code.
@Suite struct PlainModeTests {
    /// Runs `body` with a pipe whose write end holds `text` and is then closed.
    private func withPipedInput<T>(_ text: String, _ body: (Int32) throws -> T) throws -> T {
        var descriptors: [Int32] = [-1, -1]
        guard pipe(&descriptors) == 0 else { throw TestFailure("pipe failed") }
        for descriptor in descriptors { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
        defer { close(descriptors[0]) }
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(descriptors[1], $0.baseAddress, $0.count) }
        close(descriptors[1])
        return try body(descriptors[0])
    }

    private func readAll(_ descriptor: Int32) -> [UInt8] {
        var result: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { return result }
            result += buffer.prefix(count)
        }
    }

    @Test func pipedInputIsReadLineByLineWithNoEscapeCodes() throws {
        var output: [Int32] = [-1, -1]
        #expect(pipe(&output) == 0)
        for descriptor in output { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
        let results = try withPipedInput("un\r\ndeux\n\nBộ Ngoại giao\nمُؤْتَمَر") { input in
            let editor = LineEditor(input: input, output: output[1], environment: ["TERM": "xterm-256color"])
            #expect(!editor.isInteractive)
            return try (0..<6).map { _ in try editor.readLine(prompt: "\u{1B}[1m>\u{1B}[0m ") }
        }
        close(output[1])
        let written = readAll(output[0])
        close(output[0])
        #expect(results == [.line("un"), .line("deux"), .line(""), .line("Bộ Ngoại giao"), .line("مُؤْتَمَر"), .endOfInput])
        #expect(String(decoding: written, as: UTF8.self) == "> > > > > > ")
        #expect(!written.contains(0x1B))
    }

    @Test func pipedInputWithATerminalOutputStaysPlain() async throws {
        let pty = try PseudoTerminal()
        let recorder = OutputRecorder(reading: pty.controller)
        let results = try withPipedInput("premier\nsecond\n") { input in
            let editor = LineEditor(input: input, output: pty.terminal, environment: ["TERM": "xterm-256color"])
            #expect(!editor.isInteractive)
            return try (0..<3).map { _ in try editor.readLine(prompt: "? ") }
        }
        let written = await eventually { recorder.text == "? ? ? " }
        #expect(written)
        await recorder.stop()
        pty.closeController()
        pty.closeTerminal()
        #expect(results == [.line("premier"), .line("second"), .endOfInput])
        #expect(!recorder.bytes.contains(0x1B))
    }

    @Test func aDumbTerminalGetsPlainReading() async throws {
        let harness = try EditorHarness(lineCount: 2, environment: ["TERM": "dumb"])
        await harness.waitForPrompt()
        let whileReading = TerminalFlags(harness.pty.settings)
        #expect(whileReading == harness.initialFlags)
        harness.type("Bonjour à tous\n")
        let second = await eventually { harness.output.hasSuffix("Bonjour à tous\r\n> ") }
        #expect(second, "\(harness.output.debugDescription)")
        harness.type(Keys.control("d"))
        let run = await harness.finish()
        #expect(run.results == [.line("Bonjour à tous"), .endOfInput])
        #expect(!harness.recorder.bytes.contains(0x1B))
        #expect(run.history.entries.isEmpty)
    }
}
