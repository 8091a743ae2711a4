import ArgumentParser
import Foundation
import TagDeskCore
import TagDeskPlugins

extension TagDesk {
    struct Eval: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Score the rules against a gold standard: precision, recall and F1 per classifier and label.",
            discussion: """
                Classifies the articles the gold file names (a dry run: nothing is written) and compares: \
                what each article is (labels per classifier; 'language' is the article's language) and which \
                lines are something (boilerplate, a classifier's label, or the lines of a finding). Blank lines \
                never count. The gold file format is described in Tests/Fixtures/gold/seeds.yaml.

                Then the rule terms that do the most harm: per classifier, label and term (the folded text of \
                a tag's evidence), how often it fired, how often on lines the gold file calls boilerplate, and \
                how often in a label the gold file does not give the article (a false alarm).

                --require NAME=F1 (repeatable) exits with status 1 when a row's F1 is below the figure, for CI.
                """
        )

        @OptionGroup var corpus: CorpusOptions

        @Option(help: "The gold file (YAML): per article, its labels and the lines that are something.")
        var gold: String

        @Option(help: "Output format: text or json.")
        var format: ReportFormat = .text

        @Option(help: "How many rule terms to list, worst first (0: none).")
        var terms = 15

        @Option(name: .customLong("require"), help: "A row and the F1 it must reach, e.g. 'lines boilerplate=0.97' (repeatable).")
        var requirements: [String] = []

        func validate() throws {
            guard terms >= 0 else { throw ValidationError("--terms takes 0 or more; got \(terms)") }
            guard format == .text || format == .json else {
                throw ValidationError("eval writes 'text' or 'json'; got '\(format.rawValue)'")
            }
        }

        func run() throws {
            let settings = try corpus.requireSettings()
            let goldStandard: GoldStandard
            do {
                goldStandard = try GoldStandard(contentsOf: settings.url(gold), displayPath: gold)
            } catch {
                for diagnostic in error.diagnostics { Output.error(diagnostic.description) }
                throw ExitCode(ExitStatus.usageError.rawValue)
            }
            let floors = try requirements.map(Self.requirement)
            let (evaluation, report) = Evaluation.run(gold: goldStandard, options: settings.runOptions(selectors: [], dryRun: true),
                                                      registry: .builtIn)
            guard let evaluation else {
                Output.problems(report)
                throw ExitCode(ExitStatus.usageError.rawValue)
            }
            Output.print(format == .json ? evaluation.json(terms: terms) : evaluation.rendered(terms: terms))
            var failed = false
            for (name, floor) in floors {
                guard let score = evaluation.score(name) else {
                    Output.error("error: --require names '\(name)', which the gold file does not score")
                    throw ExitCode(ExitStatus.usageError.rawValue)
                }
                if score.f1 < floor {
                    Output.error("error: \(name): F1 \(score.f1) is below the required \(floor)")
                    failed = true
                }
            }
            if failed { throw ExitCode(ExitStatus.checkFailed.rawValue) }
        }

        static func requirement(_ text: String) throws -> (String, Double) {
            guard let equals = text.lastIndex(of: "="), let floor = Double(text[text.index(after: equals)...]),
                  floor.isFinite, (0...1).contains(floor) else {
                throw ValidationError("--require takes NAME=F1 with F1 between 0 and 1, e.g. 'topic=0.9'; got '\(text)'")
            }
            return (String(text[..<equals]), floor)
        }
    }
}
