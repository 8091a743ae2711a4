import ArgumentParser
import Foundation
import TagDeskCore
import TagDeskPlugins
import TagDeskScreen

extension TagDesk {
    struct Review: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Review articles one by one: see the tags and why, correct them, fix the rules.",
            discussion: """
                Walks the articles that need review (never reviewed, or changed since: their text, the rules or \
                the decisions), least confident first, showing each with its tags and findings. Every change \
                ('add', 'rm', 'set', 'boilerplate', 'note', 'accept', 'undo') is appended to the article's \
                decisions file (seeds/ID.decisions.yaml) before the next prompt, with who and when; nothing a \
                person wrote is ever rewritten. 'edit' opens a rule file in $VISUAL or $EDITOR, then \
                classifies the article again; 'impact' shows what the edit changes across the corpus. \
                'help' lists every command.

                On a terminal, lines are edited with history (kept in the corpus's .tagdesk/review-history) \
                and Tab completion; Ctrl-C abandons the line, Ctrl-D leaves. When standard input is not a \
                terminal, commands are read one per line and each is echoed after the prompt, so a file of \
                commands gives a readable transcript: 'tagdesk review < fixes.txt'.

                Filters: CLASSIFIER=LABEL, finding=KIND, lang=CODE, decision=publish|review|hold, unreviewed, \
                reviewed, changed, disagrees; combined with 'and' (or ','), 'or', 'not' and parentheses.

                \(ExitStatus.meanings) Here the check that fails with 1 is a command that failed (piped).
                """
        )

        @OptionGroup var corpus: CorpusOptions

        @Option(help: "Which articles to walk, e.g. 'topic=health and not reviewed' (default: 'unreviewed or changed').")
        var filter: String?

        @Option(help: "confidence (least confident first), id, or changed (changed since review first).")
        var order: ReviewQueue.Order = .confidence

        @Option(help: "Who the decisions are by (default: $TAGDESK_REVIEWER, then $TAGDESK_USER, then the login name).")
        var reviewer: String?

        @Flag(help: "With piped commands, run the rest after one fails (the exit status is still 1).")
        var keepGoing = false

        func run() throws {
            let environment = ProcessInfo.processInfo.environment
            let person = [reviewer, environment["TAGDESK_REVIEWER"], environment["TAGDESK_USER"], environment["USER"], environment["LOGNAME"]]
                .compactMap { $0?.trimmingCharacters(in: .whitespaces) }.first { !$0.isEmpty } ?? ""
            guard !person.isEmpty else {
                Output.error("error: say who reviews with --reviewer NAME (or TAGDESK_REVIEWER)")
                throw ExitCode(ExitStatus.usageError.rawValue)
            }
            let run = try corpus.runOptions(selectors: [], dryRun: true)
            let loop = ReviewLoop(keepGoing: keepGoing)
            let options = ReviewDesk.Options(run: run, reviewer: person, filter: filter, order: order,
                                             width: loop.width, colors: loop.colors, screen: Self.screen)
            let desk: ReviewDesk
            do { desk = try ReviewDesk(options: options, registry: .builtIn) } catch {
                Output.error(error.description)
                throw ExitCode(ExitStatus.usageError.rawValue)
            }
            let status = loop.run(desk, history: run.corpus.appendingPathComponent(".tagdesk/review-history"))
            if status != .success { throw ExitCode(status.rawValue) }
        }
    }
}

extension TagDesk.Review {
    /// The screen of `show`, for each article of the review.
    static let screen = ReviewScreen { page in
        ArticleScreen(article: page.article, result: page.result, decisions: page.decisions?.entries.map(\.decision) ?? [],
                      languageClassifier: page.languageClassifier, reviewState: page.reviewState)
            .render(width: page.width, style: page.colors ? .color : .plain)
    }
}

extension ReviewQueue.Order: ExpressibleByArgument {}
