import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One running copy of an external plugin's command, spoken to one JSON line at a time.
///
/// Its standard input, output and error are pipes driven by `poll`: a request is written while the output and
/// error are read, so a command that writes much to standard error while reading a long request cannot
/// deadlock it, and every exchange has a deadline. Used by one thread at a time (`WorkerPool` hands it out).
final class PluginProcess {
    /// Why an exchange with the command failed; the process is no longer usable after any of these.
    struct Failure: Error {
        let message: String
    }

    /// The most a reply line may hold.
    static let replyLimit = 64 * 1024 * 1024
    /// The most standard error may take during one exchange before the command is stopped as flooding it.
    static let errorLimit = 1024 * 1024
    /// How much of standard error is kept to quote in a finding.
    private static let errorTailLength = 400

    private let process: Process
    private let inputHandle: FileHandle
    private let outputHandle: FileHandle
    private let errorHandle: FileHandle
    private var input: Int32 { inputHandle.fileDescriptor }
    private var output: Int32 { outputHandle.fileDescriptor }
    private var errors: Int32 { errorHandle.fileDescriptor }
    private var pending: [UInt8] = []
    private var errorTail: [UInt8] = []
    private var errorBytes = 0
    private var outputClosed = false
    private var errorClosed = false

    /// Starts `command` in `directory` with the environment of this process plus `environment`.
    /// - Throws: `Failure` when the program cannot be started (not found, not executable).
    init(command: [String], directory: URL, environment: [String: String]) throws(Failure) {
        _ = Self.ignoreBrokenPipes
        guard let program = command.first else { throw Failure(message: "the command is empty") }
        let process = Process()
        process.executableURL = Self.resolve(program, in: directory)
        process.arguments = Array(command.dropFirst())
        process.currentDirectoryURL = directory
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        let (stdin, stdout, stderr) = (Pipe(), Pipe(), Pipe())
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        do {
            try process.run()
        } catch {
            throw Failure(message: "cannot start '\(program)' (\(Self.reason(error)))")
        }
        self.process = process
        inputHandle = stdin.fileHandleForWriting
        outputHandle = stdout.fileHandleForReading
        errorHandle = stderr.fileHandleForReading
        for handle in [inputHandle, outputHandle, errorHandle] {
            _ = fcntl(handle.fileDescriptor, F_SETFL, fcntl(handle.fileDescriptor, F_GETFL) | O_NONBLOCK)
        }
        // The child's ends, which this process must not hold open (its output would never reach end of file).
        try? stdin.fileHandleForReading.close()
        try? stdout.fileHandleForWriting.close()
        try? stderr.fileHandleForWriting.close()
    }

    deinit { stop(grace: .zero) }

    /// Writing to a command that exited must fail with `EPIPE`, not end TagDesk with `SIGPIPE`.
    private static let ignoreBrokenPipes: Void = { _ = signal(SIGPIPE, SIG_IGN) }()

    /// A program name with a `/` is a path relative to `directory`; a bare name is looked up in `PATH`.
    static func resolve(_ program: String, in directory: URL) -> URL {
        if program.hasPrefix("/") { return URL(fileURLWithPath: program) }
        if program.contains("/") { return directory.appendingPathComponent(program).standardizedFileURL }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(program)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return URL(fileURLWithPath: program)
    }

    private static func reason(_ error: any Error) -> String {
        let nsError = error as NSError
        if nsError.domain == NSCocoaErrorDomain, nsError.code == NSFileNoSuchFileError || nsError.code == 4 { return "no such file" }
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return nsError.localizedDescription
    }

    /// Writes `line` (a newline is added) and returns the next line the command writes, without its newline.
    /// - Throws: `Failure` when the command exits, does not answer before `deadline`, floods standard error or
    ///   writes a line over `replyLimit`.
    func exchange(_ line: [UInt8], deadline: ContinuousClock.Instant) throws(Failure) -> [UInt8] {
        let toWrite = line + [UInt8(ascii: "\n")]
        var written = 0
        errorBytes = 0
        while true {
            if let newline = pending.firstIndex(of: UInt8(ascii: "\n")), written == toWrite.count {
                let reply = Array(pending[..<newline])
                pending.removeSubrange(...newline)
                return reply
            }
            if outputClosed { throw Failure(message: exitDescription()) }
            let remaining = deadline - ContinuousClock.now
            guard remaining > .zero else { throw Failure(message: "no answer in time") }
            var fds: [pollfd] = [pollfd(fd: output, events: Int16(POLLIN), revents: 0)]
            if !errorClosed { fds.append(pollfd(fd: errors, events: Int16(POLLIN), revents: 0)) }
            if written < toWrite.count { fds.append(pollfd(fd: input, events: Int16(POLLOUT), revents: 0)) }
            let milliseconds = Int32(clamping: max(1, remaining.components.seconds * 1000 + remaining.components.attoseconds / 1_000_000_000_000_000))
            let ready = poll(&fds, nfds_t(fds.count), milliseconds)
            if ready < 0 {
                if errno == EINTR { continue }
                throw Failure(message: "cannot wait for the command (\(String(cString: strerror(errno))))")
            }
            for entry in fds where entry.revents != 0 {
                if entry.fd == input {
                    let count = toWrite[written...].withUnsafeBytes { write(input, $0.baseAddress, $0.count) }
                    if count < 0 && errno != EAGAIN && errno != EINTR { throw Failure(message: exitDescription()) }
                    if count > 0 { written += count }
                } else if entry.fd == output {
                    if !drain(output, into: &pending) { outputClosed = true }
                    if pending.count > Self.replyLimit { throw Failure(message: "wrote a line of over \(Self.replyLimit) bytes") }
                } else {
                    var chunk: [UInt8] = []
                    if !drain(errors, into: &chunk) { errorClosed = true }
                    errorBytes += chunk.count
                    errorTail = Array((errorTail + chunk).suffix(Self.errorTailLength))
                    if errorBytes > Self.errorLimit { throw Failure(message: "wrote over \(Self.errorLimit) bytes to standard error") }
                }
            }
        }
    }

    /// Reads what is there; false at end of file.
    private func drain(_ fd: Int32, into buffer: inout [UInt8]) -> Bool {
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count > 0 {
                buffer += chunk[..<count]
                if count < chunk.count { return true }
                continue
            }
            if count == 0 { return false }
            return errno == EAGAIN || errno == EINTR
        }
    }

    /// The last of what the command wrote to standard error, on one line, or "".
    var errorOutput: String {
        let text = String(decoding: errorTail, as: UTF8.self).split(whereSeparator: \.isNewline).joined(separator: " / ")
        return text.trimmingCharacters(in: .whitespaces)
    }

    /// How the command ended, once its output closed.
    private func exitDescription() -> String {
        let deadline = ContinuousClock.now + .milliseconds(500)
        while process.isRunning, ContinuousClock.now < deadline { usleep(5000) }
        guard !process.isRunning else { return "closed its output" }
        var last: [UInt8] = []
        _ = drain(errors, into: &last)
        errorTail = Array((errorTail + last).suffix(Self.errorTailLength))
        let status = process.terminationStatus
        let ending = process.terminationReason == .uncaughtSignal ? "was killed by signal \(status)" : "exited with status \(status)"
        let said = errorOutput
        return said.isEmpty ? ending : "\(ending); it wrote: \(said)"
    }

    /// Asks the command to end (a `shutdown` line, then end of input), waits `grace` for it, then kills it.
    func stop(grace: Duration = .milliseconds(500)) {
        guard !stopped else { return }
        stopped = true
        if process.isRunning, grace > .zero {
            let line = ExternalClassifier.encode(ProtocolMessages.Shutdown()) + [UInt8(ascii: "\n")]
            _ = line.withUnsafeBytes { write(input, $0.baseAddress, $0.count) }  // best effort: the pipe may be full
        }
        try? inputHandle.close()
        let deadline = ContinuousClock.now + grace
        while process.isRunning, ContinuousClock.now < deadline { usleep(2000) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        try? outputHandle.close()
        try? errorHandle.close()
    }

    private var stopped = false
}
