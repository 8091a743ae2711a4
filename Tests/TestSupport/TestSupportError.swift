/// A failure of the test harness itself (a missing binary, a file that is not where a test expects it).
public struct TestSupportError: Error, CustomStringConvertible, Sendable {
    public let description: String

    public init(_ description: String) {
        self.description = description
    }
}
