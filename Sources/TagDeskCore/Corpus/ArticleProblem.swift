/// Why an article's text could not be taken as it is.
public enum ArticleProblem: Sendable, Hashable {
    case empty
    case invalidUTF8(lines: [Int])
    case tooLarge(bytes: Int, limit: Int)
    /// The file could not be read: a symlink, a folder, a FIFO, no permission.
    case unreadable(String)

    /// The finding a pass reports for the problem.
    public var finding: Finding {
        switch self {
        case .empty:
            Finding(kind: "empty-article", severity: .error, message: "the article is empty; nothing to classify")
        case .invalidUTF8(let lines):
            Finding(kind: "invalid-utf8", severity: .error, lines: LineRange.covering(lines),
                    message: "the article is not valid UTF-8; invalid bytes were read as U+FFFD on the lines given")
        case .tooLarge(let bytes, let limit):
            Finding(kind: "too-large", severity: .error,
                    message: "the article has \(bytes) bytes, over the limit of \(limit); it was not classified")
        case .unreadable(let reason):
            Finding(kind: "unreadable-article", severity: .error,
                    message: "the article was not read: \(reason); it was not classified")
        }
    }
}
