import Foundation

/// The examples of rule files run alone, no corpus read (`tagdesk rules test`), with a Semgrep-style account:
/// each failing example at its place in its file, its text, the labels expected and the labels given.
public struct RuleTestRun: Sendable {
    /// In file and line order.
    public let outcomes: [RuleExample.Outcome]

    public init(ruleSet: RuleSet, selection: RuleFileSelection) {
        let pass = ClassificationPass(ruleSet: ruleSet)
        outcomes = ruleSet.examples.filter { selection.contains($0.location.file) }.map { $0.run(using: pass) }
    }

    public var failures: [RuleExample.Outcome] { outcomes.filter { !$0.passed } }

    /// 1 when an example failed, 0 otherwise.
    public var status: ExitStatus { failures.isEmpty ? .success : .checkFailed }

    /// A block per failing example, then `N examples, M failed`.
    public func rendered() -> String {
        var out = ""
        for failure in failures {
            let example = failure.example
            func list(_ labels: [String]) -> String { "[" + labels.joined(separator: ", ") + "]" }
            out += "\(example.location): example of '\(example.classifier)' failed\n"
            out += "  text:     \(Self.shortened(example.text))\n"
            out += "  expected: \(list(example.labels))\n"
            out += "  got:      \(list(failure.actual))"
            var differences: [String] = []
            if !failure.missing.isEmpty { differences.append("missing \(list(failure.missing))") }
            if !failure.unexpected.isEmpty { differences.append("unexpected \(list(failure.unexpected))") }
            out += "  (" + differences.joined(separator: ", ") + ")\n"
        }
        out += "\(outcomes.count) example\(outcomes.count == 1 ? "" : "s"), \(failures.count) failed\n"
        return out
    }

    /// One line of at most 72 characters, line breaks shown as `⏎`.
    static func shortened(_ text: String) -> String {
        let line = text.replacingOccurrences(of: "\r\n", with: "⏎").replacingOccurrences(of: "\n", with: "⏎")
        return line.count <= 72 ? line : String(line.prefix(71)) + "…"
    }
}
