extension TextReporter {
    /// A check as people read it: one compiler-style line per problem, then one line of totals.
    public static func document(_ check: CheckReport) -> String {
        check.problems.map { $0.headline + "\n" }.joined() + summary(check) + "\n"
    }

    /// One line: the verdict, examples passing, articles checked, problems by severity.
    public static func summary(_ check: CheckReport) -> String {
        let failed = check.examples.count { !$0.passed }
        let examples = check.examples.isEmpty ? "" : "\(check.examples.count - failed) of \(check.examples.count) rule examples pass; "
        let baselined = check.baselined == 0 ? "" : "; \(check.baselined) known in the baseline, not shown"
        let verdict = switch check.status {
        case .success: "passed"
        case .checkFailed: "failed"
        case .usageError: "could not run"
        }
        let looked = check.command == "check" ? "checked" : "classified"
        return "\(check.command) \(verdict): \(examples)\(check.articles) \(check.articles == 1 ? "article" : "articles") \(looked); "
            + "\(check.count(.error)) errors, \(check.count(.warning)) warnings, \(check.count(.info)) notes\(baselined)"
            + (check.strict ? " (strict: warnings fail)" : "")
    }

    public func document(_ check: CheckReport) throws(ReportError) -> String { Self.document(check) }
}
