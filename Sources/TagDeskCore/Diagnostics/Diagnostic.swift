/// A problem in a rule or tag file, rendered compiler-style: `Rules/topic.yaml:12:7: error: …`.
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Level: String, Sendable { case error, warning }

    public var level: Level
    /// `nil` for problems of a whole file that has no position (an unreadable file).
    public var location: SourceLocation?
    public var file: String
    public var message: String
    /// The offending line with a caret under the column, when the source is known.
    public var snippet: String?

    public init(_ level: Level = .error, file: String, location: SourceLocation?, message: String, snippet: String? = nil) {
        self.level = level
        self.file = file
        self.location = location
        self.message = message
        self.snippet = snippet
    }

    /// The one-line form, without the snippet.
    public var headline: String {
        "\(location?.description ?? file): \(level.rawValue): \(message)"
    }

    /// The headline followed by the snippet, if any.
    public var description: String {
        guard let snippet, !snippet.isEmpty else { return headline }
        return headline + "\n" + snippet
    }
}

/// Every diagnostic a step found, thrown together so one run reports them all.
public struct DiagnosticList: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics.sorted {
            let lhs = $0.location ?? SourceLocation(file: $0.file, line: 0, column: 0)
            let rhs = $1.location ?? SourceLocation(file: $1.file, line: 0, column: 0)
            return lhs < rhs
        }
    }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
