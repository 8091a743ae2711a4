import Dispatch
import Foundation

/// Runs the built `tagdesk` executable and captures what it prints.
///
/// The binary is looked up in the build products folder of the running test bundle (`swift test`
/// builds it because the CLI test target depends on it), so the tests run the product exactly as
/// built. The child gets a small fixed environment with `CI=true` (no progress output), plus any
/// variables a test adds.
public enum TagdeskProcess {
    /// The `tagdesk` executable beside the running test bundle.
    public static func executableURL() throws -> URL {
        if let found = cachedExecutable { return found }
        throw TestSupportError("""
            no executable named 'tagdesk' found above \(searchStarts.map(\.path)); \
            build it with 'swift build' or run the tests with 'swift test'
            """)
    }

    /// Runs `tagdesk arguments…` in `directory` and waits for it, at most `timeout` seconds; `input` is its
    /// standard input (none when nil).
    ///
    /// Standard output and standard error are read to their end (standard error on another thread,
    /// so a child filling one pipe cannot deadlock) before the exit status is collected.
    public static func run(_ arguments: [String], in directory: URL, environment extra: [String: String] = [:],
                           input: String? = nil, timeout: TimeInterval = 300) throws -> ProcessResult {
        let process = Process()
        process.executableURL = try executableURL()
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = environment(adding: extra)
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        let inputPipe = input.map { _ in Pipe() }
        process.standardInput = inputPipe ?? FileHandle.nullDevice
        try process.run()
        if let inputPipe, let input {
            let writer = inputPipe.fileHandleForWriting
            DispatchQueue.global().async {
                writer.write(Data(input.utf8))
                try? writer.close()
            }
        }

        let timedOut = Locked(false)
        let deadline = DispatchWorkItem {
            timedOut.set(true)
            process.terminate()
        }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: deadline)

        let errorData = Locked(Data())
        let errorsRead = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            errorData.set(errors.fileHandleForReading.readDataToEndOfFile())
            errorsRead.signal()
        }
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        errorsRead.wait()
        process.waitUntilExit()
        deadline.cancel()

        return ProcessResult(arguments: arguments, status: process.terminationStatus,
                             stdout: String(decoding: outputData, as: UTF8.self),
                             stderr: String(decoding: errorData.get(), as: UTF8.self),
                             timedOut: timedOut.get())
    }

    /// The environment of every child: a fixed base, `CI=true`, then `extra`.
    public static func environment(adding extra: [String: String]) -> [String: String] {
        let inherited = ProcessInfo.processInfo.environment
        var environment: [String: String] = [
            "PATH": inherited["PATH"] ?? "/usr/bin:/bin",
            "HOME": inherited["HOME"] ?? FileManager.default.temporaryDirectory.path,
            "LANG": "C.UTF-8",
            "COLUMNS": "100",
        ]
        environment.merge(extra) { _, new in new }
        environment["CI"] = "true"
        return environment
    }

    /// Where the search for the binary starts: the test bundle and the running executable.
    private static var searchStarts: [URL] {
        var starts = [Bundle.main.bundleURL, Bundle.main.executableURL].compactMap { $0 }
        if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            starts.append(URL(fileURLWithPath: exe))
        }
        starts.append(URL(fileURLWithPath: CommandLine.arguments.first ?? "", relativeTo: nil))
        return starts
    }

    private static let cachedExecutable: URL? = {
        let fileManager = FileManager.default
        for start in searchStarts {
            var folder = start.standardizedFileURL
            for _ in 0..<6 {
                let candidate = folder.appendingPathComponent("tagdesk")
                var isDirectory: ObjCBool = false
                if fileManager.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue,
                   fileManager.isExecutableFile(atPath: candidate.path) {
                    return candidate
                }
                let parent = folder.deletingLastPathComponent()
                if parent.path == folder.path { break }
                folder = parent
            }
        }
        return nil
    }()
}
