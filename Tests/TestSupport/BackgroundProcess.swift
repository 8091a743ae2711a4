import Foundation

/// A child process running while a test does other things: its output goes to files in a folder of the
/// test's, so nothing can fill a pipe; `wait()` collects it, `kill()` ends it with SIGKILL.
public final class BackgroundProcess: @unchecked Sendable {
    private let process = Process()
    private let stdoutURL: URL
    private let stderrURL: URL
    public let arguments: [String]
    /// Its standard input, when started with `input: true`: `send(_:)` writes to it.
    private let input: Pipe?

    /// Starts `executable arguments…` in `directory`, with the environment of `TagdeskProcess` plus `extra`;
    /// with `input`, its standard input is a pipe the test writes to with `send(_:)`.
    public init(_ executable: URL, _ arguments: [String], in directory: URL, logs: URL,
                environment extra: [String: String] = [:], input: Bool = false) throws {
        self.arguments = arguments
        let name = UUID().uuidString
        stdoutURL = logs.appendingPathComponent("\(name).out")
        stderrURL = logs.appendingPathComponent("\(name).err")
        _ = FileManager.default.createFile(atPath: stdoutURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: stderrURL.path, contents: nil)
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = TagdeskProcess.environment(adding: extra)
        process.standardOutput = try FileHandle(forWritingTo: stdoutURL)
        process.standardError = try FileHandle(forWritingTo: stderrURL)
        self.input = input ? Pipe() : nil
        process.standardInput = self.input ?? FileHandle.nullDevice
        try process.run()
    }

    /// Starts `tagdesk arguments…` in `directory`.
    public convenience init(tagdesk arguments: [String], in directory: URL, logs: URL,
                            environment extra: [String: String] = [:], input: Bool = false) throws {
        try self.init(try TagdeskProcess.executableURL(), arguments, in: directory, logs: logs, environment: extra, input: input)
    }

    /// Writes `text` to its standard input.
    public func send(_ text: String) {
        input?.fileHandleForWriting.write(Data(text.utf8))
    }

    /// What it printed on standard output so far.
    public var output: String {
        (try? String(contentsOf: stdoutURL, encoding: .utf8)) ?? ""
    }

    /// Waits (at most `timeout` seconds) until its standard output satisfies `condition`; false on timeout.
    public func waitForOutput(timeout: TimeInterval = 60, _ condition: (String) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if condition(output) { return true }
            if !process.isRunning { return condition(output) }
            usleep(20_000)
        }
        return false
    }

    public var isRunning: Bool { process.isRunning }

    public func kill() {
        Foundation.kill(process.processIdentifier, SIGKILL)
    }

    /// Waits for the process to end and returns what it printed.
    public func wait() -> ProcessResult {
        process.waitUntilExit()
        return ProcessResult(arguments: arguments, status: process.terminationStatus,
                             stdout: (try? String(contentsOf: stdoutURL, encoding: .utf8)) ?? "",
                             stderr: (try? String(contentsOf: stderrURL, encoding: .utf8)) ?? "",
                             timedOut: false)
    }
}
