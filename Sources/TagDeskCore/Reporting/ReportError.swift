/// A reporter could not encode its document (a non-finite number has no JSON form); the command exits 2.
public struct ReportError: Error, Sendable, CustomStringConvertible {
    public let message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { "error: cannot write the report: \(message)" }
}
