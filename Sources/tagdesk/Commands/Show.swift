import ArgumentParser
import TagDeskCore
import TagDeskPlugins

extension TagDesk {
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show one article with line numbers, its tags and their evidence.",
            discussion: """
                Classifies the article with the current rules and the corpus-wide facts (cached in the \
                corpus's .tagdesk/ folder; computed if the corpus changed), writing nothing, and prints it: \
                boilerplate lines are marked with their label, then every tag with its score, lines and \
                evidence, then the findings, then the moderation decision and the policies that fired \
                (with a person's decision from the decisions file, when there is one). Human decisions are \
                marked with '*'.

                \(ExitStatus.meanings)
                """
        )

        @OptionGroup var corpus: CorpusOptions

        @Argument(help: "The article id or path, e.g. 000_54b95f3bc5afc1bd or seeds/000_54b95f3bc5afc1bd.txt.")
        var article: String

        func run() throws {
            var options = try corpus.runOptions(selectors: [article], dryRun: true)
            options.force = true
            var reporter = CollectingReporter(needsFreshTags: false)
            let report = ClassifyRun(options: options, registry: .builtIn).run(reporter: &reporter)
            guard report.status != .usageError, let result = reporter.entries.first?.result else {
                Output.problems(report)
                throw ExitCode(ExitStatus.usageError.rawValue)
            }
            let loaded = try TagDeskCore.Corpus(directory: options.corpus, displayPath: options.corpusDisplay).load(result.id)
            Output.print(ArticleView(article: loaded, result: result).render())
        }
    }
}
