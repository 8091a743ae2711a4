import ArgumentParser
import Foundation
import TagDeskCore
import TagDeskPlugins

/// `--corpus` and `--rules`, shared by every command that reads the corpus.
struct CorpusOptions: ParsableArguments {
    @Option(help: "The corpus folder: ID.txt articles with ID.tags.yaml beside them.")
    var corpus = "seeds"

    @Option(help: "The rules folder: one classifier per YAML file.")
    var rules = "Rules"

    func url(_ path: String) -> URL {
        URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
            .standardizedFileURL
    }

    /// The path as typed, without a trailing slash, for messages.
    func display(_ path: String) -> String {
        path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
    }

    /// The rule set and the corpus, for commands that use them directly; problems are printed and end the
    /// command with exit status 2.
    func load() throws -> (TagDeskCore.Corpus, ClassificationPass) {
        let ruleSet: RuleSet
        do {
            ruleSet = try RuleLoader(registry: .builtIn).load(directory: url(rules), displayPath: display(rules))
        } catch {
            for diagnostic in error.diagnostics { Output.error(diagnostic.description) }
            throw ExitCode(ExitStatus.usageError.rawValue)
        }
        do {
            return (try TagDeskCore.Corpus(directory: url(corpus), displayPath: display(corpus)), ClassificationPass(ruleSet: ruleSet))
        } catch {
            Output.error(error.description)
            throw ExitCode(ExitStatus.usageError.rawValue)
        }
    }

    func runOptions(selectors: [String], dryRun: Bool) -> ClassifyRun.Options {
        ClassifyRun.Options(corpus: url(corpus), corpusDisplay: display(corpus), rules: url(rules),
                            rulesDisplay: display(rules), selectors: selectors, dryRun: dryRun)
    }
}

/// Output format of a command.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
}
