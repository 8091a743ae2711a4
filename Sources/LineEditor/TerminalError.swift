/// A system call on the input or output file descriptor failed.
public struct TerminalError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The call that failed, such as "tcsetattr" or "write".
    public let operation: String
    /// The `errno` it failed with.
    public let code: Int32

    public init(operation: String, code: Int32) {
        self.operation = operation
        self.code = code
    }

    public var description: String { "\(operation) failed with errno \(code)" }
}
