/// A rule example after running: the labels its classifier gave and whether they are the expected ones.
public struct ExampleOutcome: Sendable {
    public let example: RuleExample
    public let actual: [String]

    public var passed: Bool { actual == example.labels }

    /// Runs every example of `ruleSet` on every core, in file and line order.
    public static func run(_ ruleSet: RuleSet) -> [ExampleOutcome] {
        let examples = ruleSet.examples
        return parallelMap(examples.count) { ExampleOutcome(example: examples[$0], actual: examples[$0].actualLabels(in: ruleSet)) }
    }

    /// The failure as a problem at the example's text, or `nil` when it passed.
    var problem: CheckProblem? {
        guard !passed else { return nil }
        let list = { (labels: [String]) in labels.isEmpty ? "no label" : labels.joined(separator: ", ") }
        return CheckProblem(kind: "example-failed", severity: .error, file: example.location.file, line: example.location.line,
                            column: example.location.column,
                            message: "\(example.classifier): example expects \(list(example.labels)) but the rules give \(list(actual))",
                            classifier: example.classifier, lineDigest: LineDigest.of(example.text))
    }
}
