import Foundation

/// A regular expression from a rule file, compiled once, matched against one line of original text.
///
/// Matching is case-insensitive unless the rule asks otherwise; a pattern that does not compile is
/// reported with its offset and what the regex parser expected.
public struct LinePattern: Sendable {
    public let source: String
    private let expression: NSRegularExpression

    /// - Throws: a `Diagnostic` at `located`'s place in `configuration.file`.
    public init<L: Sendable, S: Sendable>(_ located: Located<String>, caseSensitive: Bool = false,
                                          configuration: PluginConfiguration<L, S>) throws(Diagnostic) {
        source = located.value
        if let problem = LinePattern.problem(in: located.value) {
            throw configuration.error("invalid regex '\(located.value)' at offset \(problem.offset): \(problem.message)", at: located)
        }
        do {
            expression = try NSRegularExpression(pattern: located.value, options: caseSensitive ? [] : [.caseInsensitive])
        } catch {
            throw configuration.error("invalid regex '\(located.value)': not accepted by the ICU regex engine", at: located)
        }
    }

    /// The text of the first match in `line`, if any.
    public func firstMatch(in line: String) -> String? {
        let range = NSRange(line.startIndex..<line.endIndex, in: line)
        guard let match = expression.firstMatch(in: line, options: [], range: range),
              let found = Range(match.range, in: line) else { return nil }
        return String(line[found])
    }

    /// Where and why a pattern fails to parse, as Swift's regex parser sees it.
    static func problem(in pattern: String) -> (offset: Int, message: String)? {
        func parseError(_ text: String) -> String? {
            do { _ = try Regex(text); return nil } catch { return "\(error)" }
        }
        guard let message = parseError(pattern) else { return nil }
        let readable = message
            .replacingOccurrences(of: "expected ')'", with: "missing closing parenthesis")
            .replacingOccurrences(of: "expected ']'", with: "missing closing bracket")
        if message.hasPrefix("expected") { return (pattern.count, readable) }
        let characters = Array(pattern)
        for length in 1...characters.count where parseError(String(characters[..<length])) == message {
            return (length - 1, readable)
        }
        return (pattern.count, readable)
    }
}
