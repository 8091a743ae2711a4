import Foundation
import TagDeskTestSupport
import Testing

/// Help and usage errors of the command line.
@Suite struct HelpTextTests {
    @Test func topLevelHelpListsTheSubcommands() throws {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }

        let result = try TagdeskProcess.run(["--help"], in: corpus.url)

        #expect(result.status == 0, "\(result)")
        #expect(result.stdoutLines.first == "OVERVIEW: Tag and moderate a corpus of news articles with YAML rules.")
        #expect(result.stdoutLines.contains("USAGE: tagdesk <subcommand>"))
        let subcommands = result.stdoutLines.drop { $0 != "SUBCOMMANDS:" }.dropFirst()
            .compactMap { $0.hasPrefix("  ") && !$0.hasPrefix("   ") ? $0.split(separator: " ").first.map(String.init) : nil }
        #expect(subcommands.starts(with: ["classify", "show"]), "\(result)")
        #expect(try corpus.tagFiles().isEmpty)
    }

    @Test func classifyHelpListsItsOptions() throws {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }

        let result = try TagdeskProcess.run(["classify", "--help"], in: corpus.url)

        #expect(result.status == 0, "\(result)")
        let options = result.stdoutLines.compactMap { line -> String? in
            guard line.hasPrefix("  -") else { return nil }
            return line.split(separator: " ").first { $0.hasPrefix("--") }.map(String.init)
        }
        #expect(options == ["--corpus", "--rules", "--dry-run", "--force", "--profile", "--shard", "--attributes", "--format", "--version", "--help"], "\(result)")
        #expect(try corpus.tagFiles().isEmpty)
    }

    @Test func showHelpNamesTheArticleArgument() throws {
        let result = try TagdeskProcess.run(["show", "--help"], in: FileManager.default.temporaryDirectory)

        #expect(result.status == 0, "\(result)")
        #expect(result.stdoutLines.contains("USAGE: tagdesk show [--corpus <corpus>] [--rules <rules>] [--format <format>] [--color <color>] [--width <columns>] <article>"), "\(result)")
    }

    @Test(arguments: [
        (["classify", "--bogus"], "Error: Unknown option '--bogus'"),
        (["--bogus"], "Error: Unknown option '--bogus'"),
        (["classify", "--format", "xml"], "Error: The value 'xml' is invalid for '--format <format>'"),
        (["frobnicate"], "Error: Unexpected argument 'frobnicate'"),
        (["show"], "Error: Missing expected argument '<article>'"),
        (["show", "x", "--width=-3"], "Error: '--width -3' is not a width; expected a number of columns, or 0 for no wrapping"),
        (["show", "x", "--color", "blue"], "Error: The value 'blue' is invalid for '--color <color>'"),
    ])
    func usageErrorsExitWithStatus2(_ arguments: [String], _ message: String) throws {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }

        let result = try TagdeskProcess.run(arguments, in: corpus.url)

        #expect(result.status == 2, "\(result)")
        #expect(result.stdout == "")
        #expect(result.stderrLines.first?.hasPrefix(message) == true, "\(result)")
        #expect(try corpus.tagFiles().isEmpty)
    }
}
