import ArgumentParser
import TagDeskCore
import TagDeskPlugins

extension TagDesk {
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print articles without their page chrome.",
            discussion: """
                Classifies the articles with the current rules and the corpus-wide facts, writing nothing, \
                and prints each without the lines the boilerplate classifier tags: the kept lines byte for \
                byte, one blank line where chrome was cut out between paragraphs. With several articles, \
                each is preceded by a '==> ID <==' line, as head(1) does for several files; with \
                '--format jsonl', each is one {"id", "text"} JSON line instead.

                \(ExitStatus.meanings)
                """
        )

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case text, jsonl
        }

        @OptionGroup var corpus: CorpusOptions

        @Flag(help: "Leave out the boilerplate lines (required: the one kind of export today).")
        var clean = false

        @Option(help: "text, or jsonl: one {\"id\", \"text\"} JSON object per line.")
        var format: Format = .text

        @Argument(help: "Article ids or paths, e.g. 000_54b95f3bc5afc1bd or seeds/000_54b95f3bc5afc1bd.txt.")
        var articles: [String]

        func validate() throws {
            guard clean else { throw ValidationError("pass --clean: export prints articles without their boilerplate") }
            guard !articles.isEmpty else { throw ValidationError("name at least one article id or path") }
        }

        func run() throws {
            var options = try corpus.runOptions(selectors: articles, dryRun: true)
            options.force = true
            var reporter = CollectingReporter(needsFreshTags: false)
            let report = ClassifyRun(options: options, registry: .builtIn).run(reporter: &reporter)
            let results = reporter.entries.compactMap(\.result)
            guard report.status != .usageError, !results.isEmpty else {
                Output.problems(report)
                throw ExitCode(ExitStatus.usageError.rawValue)
            }
            let source = try TagDeskCore.Corpus(directory: options.corpus, displayPath: options.corpusDisplay)
            for (index, result) in results.enumerated() {
                let clean = CleanArticle(article: source.load(result.id), boilerplate: result.boilerplateLines)
                switch format {
                case .jsonl: Output.print(clean.jsonLine)
                case .text: Output.print((results.count > 1 ? (index > 0 ? "\n" : "") + "==> \(clean.id) <==\n" : "") + clean.text)
                }
            }
        }
    }
}
