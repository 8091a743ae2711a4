/// `--format`: how a command writes its report on standard output.
public enum ReportFormat: String, Sendable, CaseIterable {
    case text, json, sarif, junit, github, checkstyle

    /// The format asked for on the command line, else in `tagdesk.yaml`, else `github` inside GitHub Actions
    /// (`GITHUB_ACTIONS=true`), else `text`.
    public static func resolve(option: ReportFormat?, configured: ReportFormat?, environment: [String: String]) -> ReportFormat {
        option ?? configured ?? (environment["GITHUB_ACTIONS"] == "true" ? .github : .text)
    }

    /// The reporter of this format for a run over the corpus displayed as `corpus`.
    public func reporter(corpus: String, dryRun: Bool, write: @escaping (String) -> Void) -> any Reporter {
        switch self {
        case .text: TextReporter(dryRun: dryRun, write: write)
        case .json: JSONReporter(corpus: corpus, write: write)
        case .sarif: DocumentReporter(format: .sarif, corpus: corpus, write: write)
        case .junit: DocumentReporter(format: .junit, corpus: corpus, write: write)
        case .github: DocumentReporter(format: .github, corpus: corpus, write: write)
        case .checkstyle: DocumentReporter(format: .checkstyle, corpus: corpus, write: write)
        }
    }
}
