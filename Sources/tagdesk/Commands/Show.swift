import ArgumentParser
import TagDeskCore
import TagDeskPlugins
import TagDeskScreen

extension TagDesk {
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show one article with line numbers, its tags and their evidence.",
            discussion: """
                Classifies the article with the current rules and the corpus-wide facts (cached in the \
                corpus's .tagdesk/ folder; computed if the corpus changed), writing nothing, and prints: \
                a header (id, language, path), every classifier's tags with score and source (the rules, or \
                the person who decided, when and why; labels a person removed are marked '-'), the findings, \
                the moderation decision, then the text with line numbers: boilerplate lines are dimmed with \
                their kind in the margin, lines in another language than the article's carry that language \
                there, and the evidence of tags is highlighted.

                On a terminal, lines wrap to its width under the line numbers and colours are on (unless \
                NO_COLOR is set or TERM=dumb). Written to a pipe or a file, lines are not wrapped and there \
                are no escape codes. Control characters of the article are shown as symbols (␛, ␇), never sent \
                to the terminal. A tag or decisions file that cannot be read is reported as 'tagdesk classify' \
                reports it, with the same exit status.

                \(ExitStatus.meanings)
                """
        )

        @OptionGroup var corpus: CorpusOptions

        @Option(help: "Output format: text (the screen) or json (the same information as one JSON document).")
        var format: ShowFormat = .text

        @OptionGroup var screen: ScreenOptions

        @Argument(help: "The article id or path, e.g. 000_54b95f3bc5afc1bd or seeds/000_54b95f3bc5afc1bd.txt.")
        var article: String

        func run() throws {
            let (shown, report) = ArticleScreen.classifying(article, options: try corpus.runOptions(selectors: [], dryRun: true),
                                                            registry: .builtIn)
            Output.problems(report)
            guard let shown else { throw ExitCode(ExitStatus.usageError.rawValue) }
            switch format {
            case .text:
                let layout = screen.layout
                Output.print(shown.render(width: layout.width, style: layout.style))
            case .json:
                do {
                    Output.print(try shown.json())
                } catch {
                    Output.error(error.description)
                    throw ExitCode(ExitStatus.usageError.rawValue)
                }
            }
            if report.status != .success { throw ExitCode(report.status.rawValue) }
        }
    }

    /// What `show` prints.
    enum ShowFormat: String, ExpressibleByArgument, CaseIterable {
        case text
        case json
    }
}
