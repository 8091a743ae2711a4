/// What a `tagdesk check` (or a classify run, for reporters) found, whole and sorted, for every reporter to
/// render: the same report gives the same bytes in every format.
public struct CheckReport: Sendable {
    /// `check` or `classify`: the command whose document this is.
    public var command: String
    /// Problems not accepted by the baseline, sorted by file, line and column.
    public var problems: [CheckProblem] = []
    /// Problems the baseline accepted, not listed.
    public var baselined = 0
    /// Every rule example run, in file and line order (none for a classify run).
    public var examples: [ExampleOutcome] = []
    /// Articles (or documents) looked at.
    public var articles = 0
    /// Warnings fail too.
    public var strict = false
    /// The baseline file this check wrote, as displayed, if any (every problem is then `baselined`).
    public var recordedBaseline: String?

    public init(command: String) {
        self.command = command
    }

    /// Problems that stop the command before it looks at the corpus: a broken rule file, a bad corpus path.
    public static let configurationKinds: Set<String> = ["rule-file-error", "configuration-error"]

    /// Whether the problem makes the check fail: an error always, a warning with `--strict`.
    public func fails(_ problem: CheckProblem) -> Bool {
        problem.severity == .error || (strict && problem.severity == .warning)
    }

    /// 2 when rules or configuration could not be loaded, 1 when a problem fails, else 0.
    public var status: ExitStatus {
        if problems.contains(where: { Self.configurationKinds.contains($0.kind) }) { return .usageError }
        return problems.contains(where: fails) ? .checkFailed : .success
    }

    public func count(_ severity: Severity) -> Int { problems.count { $0.severity == severity } }
}
