import ArgumentParser
import Foundation
import TagDeskCore
import TagDeskPlugins

/// `--corpus` and `--rules`, shared by every command that reads the corpus; what is not given comes from the
/// nearest `tagdesk.yaml`, then the defaults `seeds` and `Rules`.
struct CorpusOptions: ParsableArguments {
    @Option(help: "The corpus folder: ID.txt articles with ID.tags.yaml beside them (default: 'corpus' in tagdesk.yaml, else seeds).")
    var corpus: String?

    @Option(help: "The rules folder: one classifier per YAML file (default: 'rules' in tagdesk.yaml, else Rules).")
    var rules: String?

    /// The folders to use and the configured format, once `tagdesk.yaml` is read.
    struct Settings {
        var corpus: String
        var rules: String
        var format: ReportFormat?

        func url(_ path: String) -> URL {
            URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL
        }

        /// The path as typed, without a trailing slash, for messages.
        func display(_ path: String) -> String {
            path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
        }

        func runOptions(selectors: [String], dryRun: Bool) -> ClassifyRun.Options {
            ClassifyRun.Options(corpus: url(corpus), corpusDisplay: display(corpus), rules: url(rules),
                                rulesDisplay: display(rules), selectors: selectors, dryRun: dryRun)
        }
    }

    /// The options merged with `tagdesk.yaml`.
    /// - Throws: the configuration file's problems, located.
    func settings() throws(DiagnosticList) -> Settings {
        let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let configuration = try ProjectConfiguration.find(from: here)
        return Settings(corpus: corpus ?? configuration?.corpus.map { configuration!.path($0, from: here) } ?? "seeds",
                        rules: rules ?? configuration?.rules.map { configuration!.path($0, from: here) } ?? "Rules",
                        format: configuration?.format)
    }

    /// `settings()` for commands that print no report: problems are printed and end the command with exit status 2.
    func requireSettings() throws -> Settings {
        do {
            return try settings()
        } catch {
            for diagnostic in error.diagnostics { Output.error(diagnostic.description) }
            throw ExitCode(ExitStatus.usageError.rawValue)
        }
    }

    /// The rule set and the corpus, for commands that use them directly; problems are printed and end the
    /// command with exit status 2.
    func load() throws -> (TagDeskCore.Corpus, ClassificationPass) {
        let settings = try requireSettings()
        let ruleSet: RuleSet
        do {
            ruleSet = try RuleLoader(registry: .builtIn).load(directory: settings.url(settings.rules), displayPath: settings.display(settings.rules))
        } catch {
            for diagnostic in error.diagnostics { Output.error(diagnostic.description) }
            throw ExitCode(ExitStatus.usageError.rawValue)
        }
        do {
            return (try TagDeskCore.Corpus(directory: settings.url(settings.corpus), displayPath: settings.display(settings.corpus)),
                    ClassificationPass(ruleSet: ruleSet))
        } catch {
            Output.error(error.description)
            throw ExitCode(ExitStatus.usageError.rawValue)
        }
    }

    func runOptions(selectors: [String], dryRun: Bool) throws -> ClassifyRun.Options {
        try requireSettings().runOptions(selectors: selectors, dryRun: dryRun)
    }
}

extension ReportFormat: ExpressibleByArgument {}
