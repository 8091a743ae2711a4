import Foundation
import TagDeskTestSupport
import Testing

/// One way to break the rules folder: a textual edit of one rule file (or a new file), and the
/// diagnostic `tagdesk classify` must print for it.
///
/// Edits are regular-expression replacements of the first match, so the rows keep working when the
/// real rule files change; the expected line and column are found in the edited text, while the
/// message is written out in full.
struct BrokenRule: Sendable, CustomTestStringConvertible {
    enum Edit: Sendable {
        /// Replace the first match of `pattern` (anchors match at line ends) with `template` (`$1` allowed).
        case replace(pattern: String, template: String)
        /// Create the file with this text.
        case create(String)
    }

    let name: String
    /// File name inside `Rules/`.
    let file: String
    let edit: Edit
    /// The diagnostic points at the first line containing `lineContaining`, at the column where `columnAt` starts in it.
    let lineContaining: String
    let columnAt: String
    /// The message after `error: `, written out in full; it is given the real `Rules/` folder for the one
    /// message that names a line of another rule file.
    let message: @Sendable (_ rules: URL) throws -> String

    var testDescription: String { name }

    /// The expected `Rules/<file>:LINE:COL: error: <message>` line and the offending source line, from the edited text.
    func expectedDiagnostic(editedText: String, rules: URL) throws -> (headline: String, sourceLine: String, column: Int) {
        let lines = editedText.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let index = lines.firstIndex(where: { $0.contains(lineContaining) }) else {
            throw TestSupportError("no line of the edited Rules/\(file) contains \(lineContaining.debugDescription)")
        }
        let line = lines[index]
        guard let range = line.range(of: columnAt) else {
            throw TestSupportError("line \(index + 1) of Rules/\(file) does not contain \(columnAt.debugDescription)")
        }
        let column = line.unicodeScalars[..<range.lowerBound].count + 1
        return ("Rules/\(file):\(index + 1):\(column): error: \(try message(rules))", line, column)
    }

    /// Applies the edit to the rules folder `rules` and returns the edited file's text.
    func apply(in rules: URL) throws -> String {
        let url = rules.appendingPathComponent(file)
        let text: String
        switch edit {
        case .create(let content):
            text = content
        case .replace(let pattern, let template):
            let original = try String(contentsOf: url, encoding: .utf8)
            let expression = try NSRegularExpression(pattern: pattern, options: [.anchorsMatchLines])
            let whole = NSRange(original.startIndex..<original.endIndex, in: original)
            guard let match = expression.firstMatch(in: original, range: whole),
                  let range = Range(match.range, in: original) else {
                throw TestSupportError("Rules/\(file) has no match for \(pattern.debugDescription); update the row '\(name)'")
            }
            let replacement = expression.replacementString(for: match, in: original, offset: 0, template: template)
            text = original.replacingCharacters(in: range, with: replacement)
            guard text != original else { throw TestSupportError("the edit '\(name)' changed nothing") }
        }
        try Data(text.utf8).write(to: url)
        return text
    }

    /// The line `classifier: NAME` is on in a real rule file, 1-based.
    static func classifierLine(_ name: String, in rules: URL) throws -> Int {
        let text = try String(contentsOf: rules.appendingPathComponent("\(name).yaml"), encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let index = lines.firstIndex(where: { $0.hasPrefix("classifier: \(name)") }) else {
            throw TestSupportError("Rules/\(name).yaml has no 'classifier: \(name)' line")
        }
        return index + 1
    }

    static let all: [BrokenRule] = [
        BrokenRule(
            name: "YAML syntax error (a second ': ' in a plain scalar)",
            file: "topic.yaml",
            edit: .replace(pattern: #"^scope: (\S+)$"#, template: "scope: $1: oops"),
            lineContaining: ": oops", columnAt: ": oops",
            message: { _ in "invalid YAML: mapping values are not allowed in this context" }),
        BrokenRule(
            name: "wrong type: threshold: abc",
            file: "topic.yaml",
            edit: .replace(pattern: #"^(    threshold:) .*$"#, template: "$1 abc"),
            lineContaining: "threshold: abc", columnAt: "abc",
            message: { _ in "expected a number for 'threshold', found 'abc'" }),
        BrokenRule(
            name: "misspelt key: treshold",
            file: "topic.yaml",
            edit: .replace(pattern: #"^    threshold:"#, template: "    treshold:"),
            lineContaining: "treshold:", columnAt: "treshold",
            message: { _ in "unknown key 'treshold'; did you mean 'threshold'?" }),
        BrokenRule(
            name: "bad regex: '(Ha'",
            file: "boilerplate.yaml",
            edit: .replace(pattern: #"^(    patterns:\n)"#, template: "$1      - '(Ha'\n"),
            lineContaining: "- '(Ha'", columnAt: "'(Ha'",
            message: { _ in "invalid regex '(Ha' at offset 3: missing closing parenthesis" }),
        BrokenRule(
            name: "unknown plugin: lexicon2",
            file: "tone.yaml",
            edit: .replace(pattern: #"^plugin: .*$"#, template: "plugin: lexicon2"),
            lineContaining: "plugin: lexicon2", columnAt: "lexicon2",
            message: { _ in "unknown plugin 'lexicon2'; known plugins: 'boilerplate', 'external', 'gazetteer', 'lexicon', 'ngram', 'pattern', 'tally'" }),
        BrokenRule(
            name: "duplicate classifier: a second file claims 'topic'",
            file: "weather.yaml",
            edit: .create("""
                # A second rule file that claims an existing classifier name.
                classifier: topic
                plugin: lexicon
                scope: article
                labels:
                  rain:
                    terms: [pluie, rain]

                """),
            lineContaining: "classifier: topic", columnAt: "topic",
            message: { rules in
                "classifier 'topic' is already defined in Rules/topic.yaml:\(try classifierLine("topic", in: rules)); "
                    + "each classifier needs its own name"
            }),
        BrokenRule(
            name: "dependency cycle: language depends on region",
            file: "language.yaml",
            edit: .replace(pattern: #"^depends_on: \[(.*)\]$"#, template: "depends_on: [$1, region]"),
            lineContaining: "classifier: language", columnAt: "language",
            message: { _ in "dependency cycle: language → region → language; depends_on must not loop" }),
        BrokenRule(
            name: "dependency on a classifier that does not exist",
            file: "topic.yaml",
            edit: .replace(pattern: #"^depends_on: \[(.*)\]$"#, template: "depends_on: [$1, weather]"),
            lineContaining: "depends_on:", columnAt: "weather",
            message: { _ in
                "unknown classifier 'weather' in depends_on; known classifiers: 'article-tone', 'boilerplate', 'language', 'region', 'tone', 'topic'"
            }),
    ]
}
