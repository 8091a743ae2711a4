import ArgumentParser
import Foundation
import TagDeskCore

/// The `tagdesk` command: parses arguments, calls the core, prints; usage errors exit with 2.
@main
struct TagDesk: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tagdesk",
        abstract: "Tag and moderate a corpus of news articles with YAML rules.",
        discussion: """
            Rules live in Rules/*.yaml, one classifier per file, each interpreted by a plugin \
            (boilerplate, gazetteer, lexicon, pattern, tally). Articles live in seeds/ID.txt; 'classify' writes \
            seeds/ID.tags.yaml beside each one and never overwrites a human decision.

            Options not given on the command line come from tagdesk.yaml (keys: corpus, rules, format), \
            looked for in the current folder and then each folder above it. Shell completion: \
            'tagdesk --generate-completion-script bash' (or zsh, fish).

            \(ExitStatus.meanings)
            """,
        version: TagDeskVersion.current,
        subcommands: [Classify.self, Show.self, Export.self, Check.self, Rules.self, Eval.self, Decide.self, Review.self, Facts.self, Diff.self]
    )

    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error).rawValue == ExitCode.validationFailure.rawValue {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(ExitStatus.usageError.rawValue)
            }
            exit(withError: error)
        }
    }
}
