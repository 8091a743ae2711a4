/// What checking a rules folder found: every error and warning of its files, in file order, and the rule set
/// when none is an error. `tagdesk rules lint` prints it; errors fail, warnings fail only when strict.
public struct RuleLint: Sendable {
    /// The rule files checked (`Rules/topic.yaml`), sorted.
    public let files: [String]
    public let diagnostics: [Diagnostic]
    public let ruleSet: RuleSet?

    public init(files: [String], diagnostics: [Diagnostic], ruleSet: RuleSet?) {
        self.files = files
        self.diagnostics = diagnostics
        self.ruleSet = ruleSet
    }

    /// The same findings for the selected files only; the folder was still checked as a whole.
    public func restricted(to selection: RuleFileSelection) -> RuleLint {
        RuleLint(files: files.filter(selection.contains),
                 diagnostics: diagnostics.filter { selection.contains($0.file) }, ruleSet: ruleSet)
    }

    public var errorCount: Int { diagnostics.count(where: { $0.level == .error }) }
    public var warningCount: Int { diagnostics.count(where: { $0.level == .warning }) }

    /// 1 when an error was found, or a warning when `strict`; 0 otherwise.
    public func status(strict: Bool) -> ExitStatus {
        errorCount > 0 || (strict && warningCount > 0) ? .checkFailed : .success
    }

    /// Every diagnostic with its snippet, then one line of totals: `5 rule files: 1 error, 2 warnings`.
    public func rendered() -> String {
        var out = diagnostics.map { $0.description + "\n" }.joined()
        func count(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        out += "\(count(files.count, "rule file")): \(count(errorCount, "error")), \(count(warningCount, "warning"))\n"
        return out
    }
}
