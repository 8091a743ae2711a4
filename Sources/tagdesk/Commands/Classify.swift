import ArgumentParser
import Foundation
import TagDeskCore
import TagDeskPlugins

extension TagDesk {
    struct Classify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run the rules over the corpus and write a tag file beside each article.",
            discussion: """
                Classifiers run in dependency order; topic, tone and region see content lines only, \
                never the lines the boilerplate classifier tags. Human decisions (ID.decisions.yaml) are \
                applied, never written; a disagreement of the rules with one is reported as a finding.

                Runs are incremental: an article whose text, decisions, corpus-wide facts and classifier \
                fingerprints all match its tag file is not classified again, and after a rule edit only the \
                classifiers whose rules changed run again. Corpus-wide facts are cached in the corpus's \
                .tagdesk/ folder. A tag file is written atomically, under the corpus lock, and only when its \
                bytes change.

                A corpus folder of JSON Lines documents (*.jsonl, *.jsonl.gz: one {"id", "text", ...} \
                a line, as Dolma and datatrove store them) is classified as a stream, and the tags of each \
                file go to a Dolma attribute file, attributes/NAME/<same path>.jsonl.gz (one {"id", \
                "attributes": {"tagdesk__CLASSIFIER__LABEL": [[start, end, score]]}} a line, offsets in \
                code points of text): beside a corpus folder named 'documents', inside any other. \
                A folder with no article, or with both kinds, is a usage error.

                \(ExitStatus.meanings) Here, the check that fails with 1 is: a tag, decisions, article or \
                document file could not be read or written, or a line of a JSON Lines file is not a document (it \
                is skipped), or an external classifier failed on an article (a classifier-failed or refused-tag \
                finding). With a broken rule file no tag file is changed. Other findings do not change the status: \
                'tagdesk check' is the gate for them.
                """
        )

        @OptionGroup var corpus: CorpusOptions

        @Flag(help: "Classify and report, but write no tag file.")
        var dryRun = false

        @Flag(help: "Classify every article again, even where nothing changed (corpus-wide facts still come from the cache when it is up to date; 'tagdesk facts build' computes them anew).")
        var force = false

        @Flag(help: "Print where the time went, stage by stage and classifier by classifier, to standard error.")
        var profile = false

        @Option(help: ArgumentHelp("Classify only shard K of N (0 <= K < N), chosen by a hash of each article id (of each file's path in a JSON Lines corpus); corpus-wide facts still cover every article.",
                                   valueName: "K/N"))
        var shard: ShardArgument?

        @Option(help: ArgumentHelp("For a JSON Lines corpus: the Dolma attribute set the tags are written to (attributes/NAME/).",
                                   valueName: "NAME"))
        var attributes = "tagdesk"

        @Option(help: "Output format: text (a summary), json (one document), sarif, junit, github (workflow commands) or checkstyle: findings and problems for CI (default: 'format' in tagdesk.yaml, github when GITHUB_ACTIONS=true, else text).")
        var format: ReportFormat?

        @Argument(help: "Article ids or paths to report and write (default: all). Corpus-wide facts still cover the whole corpus (read from the cache when it is up to date), so a selection gets the tags a full pass gives.")
        var articles: [String] = []

        func validate() throws {
            if !DocumentRun.isValidAttributesName(attributes) {
                throw ValidationError("'\(attributes)' is not an attribute set name; expected a folder name such as 'tagdesk'")
            }
        }

        func run() throws {
            let settings = try corpus.requireSettings()
            var options = settings.runOptions(selectors: articles, dryRun: dryRun)
            options.force = force
            options.shard = shard?.shard
            options.attributesName = attributes
            let stages = profile ? StageProfile() : nil
            options.profile = stages
            let run = ClassifyRun(options: options, registry: .builtIn)
            let chosen = ReportFormat.resolve(option: format, configured: settings.format, environment: ProcessInfo.processInfo.environment)
            var reporter = chosen.reporter(corpus: options.corpusDisplay, dryRun: dryRun, write: Output.print)
            let report = run.run(reporter: &reporter, progress: Output.progress())
            Output.problems(report)
            if let stages { Output.error(stages.render()) }
            if let failure = reporter.failure {
                Output.error(failure.description)
                throw ExitCode(ExitStatus.usageError.rawValue)
            }
            if report.status != .success { throw ExitCode(report.status.rawValue) }
        }
    }
}

/// `--shard K/N` on the command line.
struct ShardArgument: ExpressibleByArgument {
    let shard: Shard

    init?(argument: String) {
        guard let shard = Shard(argument) else { return nil }
        self.shard = shard
    }
}
