import Foundation
import TagDeskCore
import TagDeskTestSupport
import Testing

/// `--version`, `tagdesk.yaml`, the GitHub default format and one meaning for each exit status.
@Suite struct CommandLineConventionTests {
    @Test func versionIsTheCoreConstant() throws {
        let result = try TagdeskProcess.run(["--version"], in: FileManager.default.temporaryDirectory)

        #expect(result.status == 0, "\(result)")
        #expect(result.stdoutLines == [TagDeskVersion.current])
    }

    @Test(arguments: [[String](), ["classify"], ["check"], ["show"], ["decide"], ["facts"]])
    func everyHelpGivesTheSameExitStatusMeanings(_ command: [String]) throws {
        let result = try TagdeskProcess.run(command + ["--help"], in: FileManager.default.temporaryDirectory)

        #expect(result.status == 0, "\(result)")
        let flat = result.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(flat.contains(ExitStatus.meanings), "\(result)")
    }

    @Test func theReadmeGivesTheSameExitStatusMeanings() throws {
        let readme = try String(contentsOf: RepositoryRoot.url.appendingPathComponent("README.md"), encoding: .utf8)
        let flat = readme.split(whereSeparator: \.isWhitespace).joined(separator: " ")

        #expect(flat.contains(ExitStatus.meanings + " The same for every command"))
        #expect(flat.components(separatedBy: "Exit status").count == 2, "one statement of the exit statuses")
    }

    @Test func aConfigurationFileAboveTheCurrentFolderSetsCorpusRulesAndFormat() throws {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }
        try FileManager.default.moveItem(at: corpus.fileURL("seeds"), to: corpus.fileURL("articles"))
        try corpus.write("# the team's defaults\ncorpus: articles\nrules: Rules\nformat: json\n", to: "tagdesk.yaml")
        try FileManager.default.createDirectory(at: corpus.fileURL("work/deeper"), withIntermediateDirectories: true)

        let configured = try TagdeskProcess.run(["check"], in: corpus.fileURL("work/deeper"))
        let overridden = try TagdeskProcess.run(["check", "--format", "text"], in: corpus.fileURL("work/deeper"))

        #expect(configured.status == 1, "\(configured)")
        let document = try JSONValue(json: Data(configured.stdout.utf8))
        #expect(document["articles"] == .number(Double(corpus.seedIDs.count)))
        // One stale tag file per article (the corpus moved); notes (review, untranslated lines) and warnings aside.
        let files = document["problems"]?.array?.filter { $0["severity"]?.string == "error" }.compactMap { $0["file"]?.string } ?? []
        #expect(files == corpus.seedIDs.map { "../../articles/\($0).txt" }, "\(configured)")
        #expect(overridden.stdoutLines.last?.hasPrefix("check failed: ") == true, "\(overridden)")
    }

    @Test func anUnknownConfigurationKeyIsALocatedError() throws {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }
        try corpus.write("rules: Rules\ncorpse: seeds\nformat: xml\n", to: "tagdesk.yaml")

        let classify = try TagdeskProcess.run(["classify"], in: corpus.url)
        let check = try TagdeskProcess.run(["check", "--format", "json"], in: corpus.url)

        #expect(classify.status == 2, "\(classify)")
        #expect(classify.stderrLines.contains("tagdesk.yaml:2:1: error: unknown key 'corpse'; did you mean 'corpus'?"), "\(classify)")
        #expect(classify.stderrLines.contains { $0.hasPrefix("tagdesk.yaml:3:9: error: unknown format 'xml'; expected one of 'text', ") }, "\(classify)")
        #expect(check.status == 2, "\(check)")
        let kinds = try JSONValue(json: Data(check.stdout.utf8))["problems"]?.array?.compactMap { $0["kind"]?.string }
        #expect(kinds == ["configuration-error", "configuration-error"], "\(check)")
        #expect(try corpus.tagFiles().isEmpty)
    }

    @Test func completionScriptIsGenerated() throws {
        let result = try TagdeskProcess.run(["--generate-completion-script", "bash"], in: FileManager.default.temporaryDirectory)

        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("check"), "\(result)")
    }
}
