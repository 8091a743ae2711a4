import ArgumentParser
import Foundation
import TagDeskCore
import TagDeskPlugins

extension TagDesk {
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The CI gate: fail when rule examples, tag files or findings are not as they should be.",
            discussion: """
                Runs every rule file's examples, then classifies the corpus without writing anything (an \
                unchanged article costs a tag-file read) and fails when an example does not get its labels, a \
                tag file is missing or differs from what 'tagdesk classify' would write now (naming each \
                article, classifier and label that would change), an article has an error finding, or a tag or \
                decisions file has no article. With --strict, warnings fail too.

                --write-baseline FILE records today's problems; later runs with --baseline FILE fail only on \
                new ones. A problem is known by its article, classifier, kind and the text of its line, not by \
                its line number, so it stays known when the article is edited elsewhere.

                Formats: text, json, sarif (SARIF 2.1.0, for GitHub code scanning), junit (rule examples as \
                test cases), github (workflow commands, chosen when GITHUB_ACTIONS=true and no format is \
                configured) and checkstyle. A broken rule file is reported in the format asked for too.

                \(ExitStatus.meanings)
                """
        )

        @OptionGroup var corpus: CorpusOptions

        @Option(help: "Output format: text, json, sarif, junit, github or checkstyle (default: 'format' in tagdesk.yaml, github when GITHUB_ACTIONS=true, else text).")
        var format: ReportFormat?

        @Flag(help: "Fail on warnings too.")
        var strict = false

        @Option(help: ArgumentHelp("Fail only on problems this baseline file does not record.", valueName: "file"))
        var baseline: String?

        @Option(help: ArgumentHelp("Record every problem found now in this file (then the check passes).", valueName: "file"))
        var writeBaseline: String?

        func run() throws {
            let environment = ProcessInfo.processInfo.environment
            let settings: CorpusOptions.Settings
            do {
                settings = try corpus.settings()
            } catch {
                var report = CheckReport(command: "check")
                report.problems = error.diagnostics.map { CheckProblem($0, kind: "configuration-error") }
                try finish(report, format: ReportFormat.resolve(option: format, configured: nil, environment: environment), corpus: "")
                return
            }
            let chosen = ReportFormat.resolve(option: format, configured: settings.format, environment: environment)
            var check = CheckRun(options: settings.runOptions(selectors: [], dryRun: true), registry: .builtIn)
            check.strict = strict
            check.baseline = baseline.map { (settings.url($0), $0) }
            check.writeBaseline = writeBaseline.map { (settings.url($0), $0) }
            let report = check.run()
            if let recorded = report.recordedBaseline {
                Output.error("\(recorded): note: recorded \(report.baselined) \(report.baselined == 1 ? "problem" : "problems")")
            }
            try finish(report, format: chosen, corpus: check.options.corpusDisplay)
        }

        /// Prints the report in `format` and ends with its exit status.
        private func finish(_ report: CheckReport, format: ReportFormat, corpus: String) throws {
            let reporter = format.reporter(corpus: corpus, dryRun: true, write: Output.print)
            do {
                Output.print(try reporter.document(report))
            } catch {
                Output.error(error.description)
                throw ExitCode(ExitStatus.usageError.rawValue)
            }
            if report.status != .success { throw ExitCode(report.status.rawValue) }
        }
    }
}
