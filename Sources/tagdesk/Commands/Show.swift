import ArgumentParser
import TagDeskCore
import TagDeskPlugins

extension TagDesk {
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show one article with line numbers, its tags and their evidence.",
            discussion: """
                Classifies the corpus with the current rules (writing nothing) and prints the article: \
                boilerplate lines are marked with their label, then every tag with its score, lines and \
                evidence, then the findings. Human decisions are marked with '*'.
                """
        )

        @OptionGroup var corpus: CorpusOptions

        @Argument(help: "The article id or path, e.g. 000_54b95f3bc5afc1bd or seeds/000_54b95f3bc5afc1bd.txt.")
        var article: String

        func run() throws {
            let options = corpus.runOptions(selectors: [article], dryRun: true)
            let report = ClassifyRun(options: options, registry: .builtIn).run()
            guard report.status != .usageError, let result = report.results.first else {
                Output.problems(report)
                throw ExitCode(ExitStatus.usageError.rawValue)
            }
            let loaded = try TagDeskCore.Corpus(directory: options.corpus, displayPath: options.corpusDisplay).load(result.id)
            Output.print(ArticleView(article: loaded, result: result).render())
        }
    }
}
