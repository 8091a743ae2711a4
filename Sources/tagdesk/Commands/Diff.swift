import ArgumentParser
import Foundation
import TagDeskCore
import TagDeskPlugins

extension TagDesk {
    struct Diff: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show what a pass with the current rules would change in the tag files, writing nothing.",
            discussion: """
                Runs the rules over the corpus as 'classify --dry-run' does (incrementally: an article whose \
                tag file is up to date costs a read of its header) and compares each article a pass would \
                write with its tag file: the labels each classifier would add (+) or remove (-), labels whose \
                lines would move (~), and moderation decisions that would change, grouped by classifier and \
                label, with counts and example article ids.

                --watch runs every rule and policy example and the diff again whenever a file in the rules \
                folder changes (checked every half second), and prints only what changed since the last run; \
                Ctrl-C ends it.

                \(ExitStatus.meanings) For diff, the check fails when some label or decision would change \
                (as with 'git diff --exit-code') or a tag or decisions file could not be read.
                """
        )

        @OptionGroup var corpus: CorpusOptions

        @Flag(help: "Run the examples and the diff again whenever a rule file changes; print only what changed.")
        var watch = false

        @Argument(help: "Article ids or paths to compare (default: all).")
        var articles: [String] = []

        func run() throws {
            let options = try corpus.runOptions(selectors: articles, dryRun: true)
            if watch {
                var watch = RulesWatch(options: options, registry: .builtIn)
                while true {
                    if let changed = watch.poll() {
                        FileHandle.standardOutput.write(Data(("[\(Self.clock())] rules read\n" + changed).utf8))
                    }
                    usleep(500_000)
                }
            }
            let diff = CorpusDiff(options: options, registry: .builtIn)
            if diff.report.status == .usageError {
                Output.problems(diff.report)
                throw ExitCode(ExitStatus.usageError.rawValue)
            }
            Output.print(diff.render())
            Output.problems(diff.report)
            if !diff.isEmpty || diff.report.status != .success { throw ExitCode(ExitStatus.checkFailed.rawValue) }
        }

        /// The time of day, UTC, for the lines of a watch.
        static func clock() -> String {
            let formatter = DateFormatter()
            formatter.dateFormat = "HH:mm:ss"
            formatter.timeZone = TimeZone(identifier: "UTC")
            return formatter.string(from: Date())
        }
    }
}
