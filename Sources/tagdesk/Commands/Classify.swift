import ArgumentParser
import TagDeskCore
import TagDeskPlugins

extension TagDesk {
    struct Classify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run the rules over the corpus and write a tag file beside each article.",
            discussion: """
                Classifiers run in dependency order; topic, tone and region see content lines only, \
                never the lines the boilerplate classifier tags. A tag file is written atomically and \
                only when its bytes change; human decisions in it are kept, and a disagreement of the \
                rules with one is reported as a finding.

                Exit status: 0 fine, 1 a tag file could not be read or written, 2 usage or rule-file error \
                (then no tag file is changed).
                """
        )

        @OptionGroup var corpus: CorpusOptions

        @Flag(help: "Classify and report, but write no tag file.")
        var dryRun = false

        @Option(help: "Output format: text (a summary) or json (one document, for CI and other tools).")
        var format: OutputFormat = .text

        @Argument(help: "Article ids or paths to report and write (default: all). The whole corpus is still read, so corpus-wide signals stay the same.")
        var articles: [String] = []

        func run() throws {
            let run = ClassifyRun(options: corpus.runOptions(selectors: articles, dryRun: dryRun), registry: .builtIn)
            let report = run.run(progress: Output.progress())
            Output.problems(report)
            if report.status != .usageError {
                Output.print(format == .json ? JSONReporter().render(report.results) : TextReporter().render(report))
            }
            if report.status != .success { throw ExitCode(report.status.rawValue) }
        }
    }
}
