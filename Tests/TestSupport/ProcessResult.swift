/// What a finished `tagdesk` process printed and how it ended.
public struct ProcessResult: Sendable, CustomStringConvertible {
    public let arguments: [String]
    /// The exit status, or the signal number if the process was killed (see `timedOut`).
    public let status: Int32
    public let stdout: String
    public let stderr: String
    /// Whether the harness killed the process for running too long.
    public let timedOut: Bool

    public init(arguments: [String], status: Int32, stdout: String, stderr: String, timedOut: Bool) {
        self.arguments = arguments
        self.status = status
        self.stdout = stdout
        self.stderr = stderr
        self.timedOut = timedOut
    }

    /// Standard output split into lines, without the empty string after a final newline.
    public var stdoutLines: [String] { Self.lines(stdout) }

    /// Standard error split into lines, without the empty string after a final newline.
    public var stderrLines: [String] { Self.lines(stderr) }

    public var description: String {
        "tagdesk \(arguments.joined(separator: " ")) → status \(status)\(timedOut ? " (timed out)" : "")\n"
            + "--- stdout ---\n\(stdout.prefix(4000))\n--- stderr ---\n\(stderr.prefix(4000))"
    }

    static func lines(_ text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }
}
