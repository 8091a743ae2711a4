import Dispatch
import Foundation

extension TagdeskProcess {
    /// Runs `tagdesk arguments…` in `directory` with standard output on a pseudo-terminal `columns` wide (standard
    /// input empty, standard error a pipe), and returns what the terminal received, its CR LF line ends as LF.
    public static func runOnTerminal(_ arguments: [String], in directory: URL, environment extra: [String: String] = [:],
                                     columns: Int = 80, timeout: TimeInterval = 300) async throws -> ProcessResult {
        let pty = try PseudoTerminal(columns: columns)
        defer { pty.closeController() }
        let recorder = OutputRecorder(reading: pty.controller)
        let process = Process()
        process.executableURL = try executableURL()
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = environment(adding: extra)
        let errors = Pipe()
        process.standardOutput = FileHandle(fileDescriptor: pty.terminal, closeOnDealloc: false)
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            pty.closeTerminal()
            throw error
        }
        pty.closeTerminal()

        let timedOut = Locked(false)
        let deadline = DispatchWorkItem {
            timedOut.set(true)
            process.terminate()
        }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: deadline)
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        deadline.cancel()
        await recorder.stop()

        return ProcessResult(arguments: arguments, status: process.terminationStatus,
                             stdout: recorder.text.replacingOccurrences(of: "\r\n", with: "\n"),
                             stderr: String(decoding: errorData, as: UTF8.self), timedOut: timedOut.get())
    }
}
