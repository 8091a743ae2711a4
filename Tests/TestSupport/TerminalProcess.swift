import Foundation
import Glibc

/// `tagdesk` running on a pseudo-terminal, as a person at a terminal runs it: the test types keys into the
/// controlling side and reads everything the program draws (escape codes included).
public final class TerminalProcess: @unchecked Sendable {
    private let process = Process()
    private let controller: Int32
    private let screen = Locked([UInt8]())
    private let reader = DispatchGroup()

    /// Starts `tagdesk arguments…` in `directory` on a new terminal of `columns`, with the environment of
    /// `TagdeskProcess` plus `TERM=xterm-256color` and `extra`.
    public init(tagdesk arguments: [String], in directory: URL, columns: Int = 100, environment extra: [String: String] = [:]) throws {
        var controller: Int32 = -1
        var terminal: Int32 = -1
        var size = winsize(ws_row: 40, ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&controller, &terminal, nil, nil, &size) == 0 else { throw TestSupportError("openpty failed with errno \(errno)") }
        _ = fcntl(controller, F_SETFD, FD_CLOEXEC)
        self.controller = controller
        let handle = FileHandle(fileDescriptor: terminal, closeOnDealloc: false)
        process.executableURL = try TagdeskProcess.executableURL()
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = TagdeskProcess.environment(adding: ["TERM": "xterm-256color"].merging(extra) { _, new in new })
        process.standardInput = handle
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        close(terminal)  // the child's copy is the only one left, so reading ends when it exits
        reader.enter()
        let screen = screen
        let descriptor = controller
        Thread.detachNewThread { [reader] in
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                if count > 0 {
                    screen.set(screen.get() + buffer[..<count])
                } else if count < 0, errno == EINTR {
                    continue
                } else {
                    break
                }
            }
            reader.leave()
        }
    }

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        close(controller)
    }

    /// Everything drawn so far, as text.
    public var output: String { String(decoding: screen.get(), as: UTF8.self) }

    /// Sends `keys` as the keyboard would (`\t` Tab, `\r` Return, `\u{04}` Ctrl-D, `\u{1B}[A` Up).
    public func type(_ keys: String) {
        var bytes = Array(keys.utf8)[...]
        while !bytes.isEmpty {
            let count = bytes.withUnsafeBytes { write(controller, $0.baseAddress, $0.count) }
            if count > 0 { bytes = bytes.dropFirst(count) } else if count < 0, errno != EINTR { return }
        }
    }

    /// Waits (at most `timeout` seconds) until the output satisfies `condition`.
    public func waitForOutput(timeout: TimeInterval = 60, _ condition: (String) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if condition(output) { return true }
            usleep(20_000)
        }
        return condition(output)
    }

    /// Waits (at most `timeout` seconds) for the program to end; its exit status, or `SIGKILL`'s number after
    /// killing a program that did not end, so that a lost keystroke fails the test instead of hanging the suite.
    public func wait(timeout: TimeInterval = 120) -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { usleep(20_000) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            _ = reader.wait(timeout: .now() + 5)
            return -SIGKILL
        }
        process.waitUntilExit()
        _ = reader.wait(timeout: .now() + 5)
        return process.terminationStatus
    }
}
