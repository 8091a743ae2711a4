/// The reporter of the formats that write one document at the end (SARIF, JUnit, GitHub commands, checkstyle):
/// a classify run's findings and problems are kept as `CheckProblem`s and rendered as a check is.
public struct DocumentReporter: Reporter {
    public enum Format: Sendable { case sarif, junit, github, checkstyle }

    public let format: Format
    private let corpus: String
    private let write: (String) -> Void
    private var problems: [CheckProblem] = []
    public private(set) var failure: ReportError?
    public var needsFreshTags: Bool { false }

    /// - Parameter corpus: the corpus as displayed, where a usage error is reported.
    public init(format: Format, corpus: String, write: @escaping (String) -> Void) {
        self.format = format
        self.corpus = corpus
        self.write = write
    }

    public mutating func article(_ entry: ReportEntry) {
        problems += entry.findings.map { CheckProblem($0, of: entry) }
    }

    public mutating func finish(_ report: ClassifyReport) {
        var check = CheckReport(command: "classify")
        check.add(report, corpus: corpus, orphanedTagFile: .warning)
        check.problems = (check.problems + problems).sorted()
        do {
            write(try document(check))
        } catch {
            failure = error
        }
    }

    public func document(_ check: CheckReport) throws(ReportError) -> String {
        switch format {
        case .sarif: try SARIFDocument.render(check)
        case .junit: JUnitDocument.render(check)
        case .github: GitHubCommands.render(check)
        case .checkstyle: CheckstyleDocument.render(check)
        }
    }
}
