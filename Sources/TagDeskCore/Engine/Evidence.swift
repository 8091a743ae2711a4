/// Why a tag was given: the 1-based physical line and the text that matched there.
public struct Evidence: Sendable, Hashable, Codable, Comparable {
    public var line: Int
    public var text: String

    public init(line: Int, text: String) {
        self.line = line
        self.text = text
    }

    public static func < (lhs: Evidence, rhs: Evidence) -> Bool {
        (lhs.line, lhs.text) < (rhs.line, rhs.text)
    }
}
