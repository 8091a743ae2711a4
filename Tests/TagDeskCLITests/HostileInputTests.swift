import Foundation
import TagDeskCore
import TagDeskTestSupport
import Testing

/// Hostile input ends fast with a clear message, and nothing is read or written outside the corpus.
@Suite struct HostileInputTests {
    static let id = "000_54b95f3bc5afc1bd"

    /// Runs `classify` and checks it ended well under a second of wall time per run on this input.
    static func classify(_ corpus: TemporaryCorpus, _ arguments: [String] = []) throws -> ProcessResult {
        try TagdeskProcess.run(["classify"] + arguments, in: corpus.url, timeout: 60)
    }

    @Test func aSymlinkAtATemporaryNameCannotRedirectAWrite() throws {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }
        let victim = corpus.fileURL("victim.txt")
        try "precious\n".write(to: victim, atomically: true, encoding: .utf8)
        // The names an earlier TagDesk used (`.ID.tags.yaml.PID.tmp`) for a range of process ids, and the
        // tag file's own name: every one a link to the victim.
        for pid in 1...300 {
            try FileManager.default.createSymbolicLink(atPath: corpus.fileURL("seeds/.\(Self.id).tags.yaml.\(pid).tmp").path,
                                                       withDestinationPath: victim.path)
        }
        let linkedTagFile = "seeds/001_711c1f60d4ccf35c.tags.yaml"
        try FileManager.default.createSymbolicLink(atPath: corpus.fileURL(linkedTagFile).path, withDestinationPath: victim.path)

        let result = try Self.classify(corpus)

        #expect(try String(contentsOf: victim, encoding: .utf8) == "precious\n")
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.contains("\(linkedTagFile): error: cannot read tag file: it is a symbolic link, which TagDesk does not follow"), "\(result)")
        #expect(result.stderr.contains("note: removed a temporary file left by an interrupted write"))
        #expect(try corpus.listing("seeds").filter { $0.hasPrefix(".") } == [".tagdesk"])
        #expect(try corpus.decodedTagFile(Self.id).article == Self.id)
    }

    @Test func aSymlinkedArticleIsNotFollowed() throws {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }
        let secret = corpus.fileURL("secret.txt")
        try "root:x:0:0:secret line\n".write(to: secret, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: corpus.fileURL("seeds/x.txt").path, withDestinationPath: secret.path)

        let shown = try TagdeskProcess.run(["show", "x"], in: corpus.url)
        let classified = try Self.classify(corpus, ["--format", "json"])

        #expect(!shown.stdout.contains("secret line"), "\(shown)")
        #expect(shown.stdout.contains("unreadable-article"), "\(shown)")
        #expect(!classified.stdout.contains("secret line"))
        #expect(classified.status == 1, "\(classified)")
        let finding = try JSONReport(json: Data(classified.stdout.utf8)).article("x").findings.first
        #expect(finding?.kind == "unreadable-article")
        #expect(finding?.message == "the article was not read: it is a symbolic link, which TagDesk does not follow; it was not classified")
    }

    @Test func foldersAndPipesNamedLikeArticlesAreUnreadableNotEmpty() throws {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }
        try FileManager.default.createDirectory(at: corpus.fileURL("seeds/folder.txt"), withIntermediateDirectories: true)
        #expect(mkfifo(corpus.fileURL("seeds/pipe.txt").path, 0o644) == 0)

        let result = try Self.classify(corpus, ["--dry-run"])

        #expect(result.status == 1, "\(result)")
        #expect(result.stdout.contains("the article was not read: it is a folder, not a regular file"))
        #expect(result.stdout.contains("the article was not read: it is a named pipe, not a regular file"))
        #expect(!result.stdout.contains("empty-article"))
        #expect(result.stdoutLines.last?.hasSuffix("; 2 unreadable articles") == true, "\(result)")
    }

    @Test func anAliasBombInATagFileIsRefusedInMilliseconds() throws {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }
        var bomb = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        for (index, name) in ["b", "c", "d", "e", "f", "g", "h", "i"].enumerated() {
            let previous = index == 0 ? "a" : ["b", "c", "d", "e", "f", "g", "h"][index - 1]
            bomb += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]\n"
        }
        bomb += "? *i\n: x\n"
        try corpus.write(bomb, to: TemporaryCorpus.tagFilePath(Self.id))
        let start = ContinuousClock.now

        let result = try Self.classify(corpus)

        #expect(ContinuousClock.now - start < .seconds(10))
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.contains("error: YAML aliases expand to over 200000 nodes here (an alias bomb?); the file was not read"), "\(result)")
        #expect(try corpus.readText(TemporaryCorpus.tagFilePath(Self.id)) == bomb)
    }

    @Test func aHugeDecisionRangeIsAnErrorNotAnAllocation() throws {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }
        let decisions = "article: \(Self.id)\ndecisions:\n- {classifier: boilerplate, action: remove, label: template, lines: [[1, 1000000000]], by: bob}\n"
        try corpus.write(decisions, to: "seeds/\(Self.id).decisions.yaml")

        let result = try Self.classify(corpus)

        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.contains("seeds/\(Self.id).decisions.yaml:3:69: error: line 1000000000 is past the end of the article, which has "), "\(result)")
        #expect(!corpus.exists(TemporaryCorpus.tagFilePath(Self.id)))
        #expect(try corpus.readText("seeds/\(Self.id).decisions.yaml") == decisions)
    }

    @Test func aRunawayPatternCannotHangAPass() throws {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }
        try corpus.write("""
            classifier: shouting
            plugin: pattern
            scope: line
            depends_on: [boilerplate]
            labels:
              repeated-letter:
                patterns: ['(a+)+$', '^(a|aa)*c']

            """, to: "Rules/shouting.yaml")
        try corpus.write(String(repeating: "a", count: 10_000) + "b\n" + String(repeating: "a", count: 10_000) + "\n",
                         to: "seeds/runaway.txt")
        let start = ContinuousClock.now

        let result = try Self.classify(corpus, ["--dry-run", "--format", "json"])

        #expect(ContinuousClock.now - start < .seconds(30))
        #expect(result.status == 0, "\(result)")
        let tags = try JSONReport(json: Data(result.stdout.utf8)).article("runaway").tags("shouting")
        #expect(tags.map(\.label) == ["repeated-letter"])
        #expect(tags.first?.lines == [2...2])
    }

    @Test func aPatternThatMatchesTheEmptyStringIsARuleError() throws {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }
        try corpus.write("classifier: blank\nplugin: pattern\nscope: line\nlabels:\n  empty:\n    patterns: ['^\\s*$']\n",
                         to: "Rules/blank.yaml")

        let result = try Self.classify(corpus)

        #expect(result.status == 2, "\(result)")
        #expect(result.stderrLines.first?.hasPrefix("Rules/blank.yaml:6:16: error: regex '^\\s*$' matches the empty string") == true, "\(result)")
    }

    @Test func filesWithoutAnArticleAreReported() throws {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }
        try corpus.write("article: gone\ndecisions: []\n", to: "seeds/gone.decisions.yaml")
        try corpus.write("article: old\n", to: "seeds/old.tags.yaml")

        let result = try Self.classify(corpus)

        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.contains("seeds/gone.decisions.yaml: error: decisions for an article that does not exist (renamed or deleted?); it was not used"))
        #expect(result.stderr.contains("seeds/old.tags.yaml: warning: tags for an article that does not exist"))
        #expect(result.stdoutLines.last?.hasSuffix("; 2 files without an article") == true, "\(result)")
    }
}
