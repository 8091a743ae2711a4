import Foundation

/// A child process running while a test does other things: its output goes to files in a folder of the
/// test's, so nothing can fill a pipe; `wait()` collects it, `kill()` ends it with SIGKILL.
public final class BackgroundProcess: @unchecked Sendable {
    private let process = Process()
    private let stdoutURL: URL
    private let stderrURL: URL
    public let arguments: [String]

    /// Starts `executable arguments…` in `directory`, with the environment of `TagdeskProcess`.
    public init(_ executable: URL, _ arguments: [String], in directory: URL, logs: URL) throws {
        self.arguments = arguments
        let name = UUID().uuidString
        stdoutURL = logs.appendingPathComponent("\(name).out")
        stderrURL = logs.appendingPathComponent("\(name).err")
        _ = FileManager.default.createFile(atPath: stdoutURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: stderrURL.path, contents: nil)
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = TagdeskProcess.environment(adding: [:])
        process.standardOutput = try FileHandle(forWritingTo: stdoutURL)
        process.standardError = try FileHandle(forWritingTo: stderrURL)
        process.standardInput = FileHandle.nullDevice
        try process.run()
    }

    /// Starts `tagdesk arguments…` in `directory`.
    public convenience init(tagdesk arguments: [String], in directory: URL, logs: URL) throws {
        try self.init(try TagdeskProcess.executableURL(), arguments, in: directory, logs: logs)
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
