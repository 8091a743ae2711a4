import ArgumentParser
import Foundation
import TagDeskCore
import TagDeskPlugins

extension TagDesk {
    struct Rules: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check rule files before a pass: lint what they say, run their examples.",
            discussion: """
                Both read the whole rules folder, since classifiers depend on each other; FILE arguments \
                (files of that folder) narrow what is reported. Neither reads the corpus.

                  tagdesk rules lint                  every problem of every rule file
                  tagdesk rules test Rules/topic.yaml the examples of one file

                Editors check rule files as they are typed against schema/tagdesk-rule.schema.json, named on \
                each file's first line.
                """,
            subcommands: [Lint.self, Test.self]
        )

        /// `--rules` and the FILE arguments, shared by both subcommands.
        struct Selection: ParsableArguments {
            @Option(help: "The rules folder: one classifier per YAML file.")
            var rules = "Rules"

            @Argument(help: "Rule files of the rules folder to report on (default: all).")
            var files: [String] = []

            private var workingDirectory: URL { URL(fileURLWithPath: FileManager.default.currentDirectoryPath) }
            private var rulesURL: URL { URL(fileURLWithPath: rules, relativeTo: workingDirectory).standardizedFileURL }
            private var rulesDisplay: String { rules.count > 1 && rules.hasSuffix("/") ? String(rules.dropLast()) : rules }

            /// The whole folder checked, and the files asked about; a problem with either ends the command with 2.
            func lint() throws -> (RuleLint, RuleFileSelection) {
                let selection: RuleFileSelection
                do {
                    selection = try RuleFileSelection(paths: files, base: workingDirectory,
                                                      rules: rulesURL, rulesDisplay: rulesDisplay)
                } catch {
                    Output.error("error: \(error.description)")
                    throw ExitCode(ExitStatus.usageError.rawValue)
                }
                do {
                    return (try RuleLoader(registry: .builtIn).lint(directory: rulesURL, displayPath: rulesDisplay), selection)
                } catch {
                    for diagnostic in error.diagnostics { Output.error(diagnostic.description) }
                    throw ExitCode(ExitStatus.usageError.rawValue)
                }
            }
        }

        struct Lint: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Report every problem of the rule files, errors and warnings, each at its line and column.",
                discussion: """
                    Errors are what would make a pass wrong, and stop 'classify': unknown keys and wrong types, \
                    thresholds and weights that are not finite numbers above 0, settings that turn a classifier \
                    off, two classifiers with one role, a scope the plugin cannot tag, names that are not \
                    kebab-case, a term twice in a label once case and accents are folded, a term with nothing to \
                    match, a label with no terms, regexes that do not compile or match the empty string, *.yml \
                    files (rule files end in .yaml). Warnings are style and do not stop a pass: a label with no \
                    example, a term under two labels.

                    Exit status: 0 no error (and no warning with --strict), 1 an error (or a warning with \
                    --strict), 2 usage error (a FILE outside the rules folder, no rules folder).
                    """
            )

            @OptionGroup var selection: Selection

            @Flag(help: "Fail on warnings too.")
            var strict = false

            func run() throws {
                let (lint, files) = try selection.lint()
                let report = lint.restricted(to: files)
                Output.print(report.rendered())
                let status = report.status(strict: strict)
                if status != .success { throw ExitCode(status.rawValue) }
            }
        }

        struct Test: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Run the rule files' examples alone, without the corpus, and show each one that fails.",
                discussion: """
                    Each example's text is classified through the classifiers its own depends on. A failing \
                    example is printed at its file, line and column, with its text, the labels it expects and \
                    the labels it got; a last line counts examples and failures.

                    Exit status: 0 every example passed, 1 an example failed, 2 usage or rule-file error (run \
                    'tagdesk rules lint' for every problem).
                    """
            )

            @OptionGroup var selection: Selection

            func run() throws {
                let (lint, files) = try selection.lint()
                guard let ruleSet = lint.ruleSet else {
                    for diagnostic in lint.diagnostics where diagnostic.level == .error { Output.error(diagnostic.description) }
                    Output.error("rule files have errors; no example was run")
                    throw ExitCode(ExitStatus.usageError.rawValue)
                }
                let run = RuleTestRun(ruleSet: ruleSet, selection: files)
                Output.print(run.rendered())
                if run.status != .success { throw ExitCode(run.status.rawValue) }
            }
        }
    }
}
