import Foundation
import TagDeskCore
import TagDeskTestSupport
import Testing

/// `tagdesk check`, the CI gate: each exit status on a temporary corpus.
@Suite struct CheckCommandTests {
    @Test func theCommittedKindOfCorpusPasses() async throws {
        let corpus = try await CheckSupport.corpusWithGoodTagFiles()
        defer { corpus.remove() }

        let result = try TagdeskProcess.run(["check"], in: corpus.url)

        #expect(result.status == 0, "\(result)")
        // Notes (articles sent to review, untranslated captions) and warnings are shown but do not fail.
        #expect(result.stdoutLines.filter { !$0.contains(": info: ") && !$0.contains(": warning: ") }.count == 1, "\(result)")
        #expect(result.stdoutLines.last?.hasPrefix("check passed: ") == true, "\(result)")
        #expect(result.stdoutLines.last?.contains("5 articles checked; 0 errors") == true, "\(result)")
        #expect(try corpus.tagFiles() == (try await GoodRun.tagFiles()))
        #expect(!corpus.exists("seeds/.tagdesk/index"), "check writes nothing into the corpus")
    }

    /// The repository's committed tag files are what a pass writes with its rules (checked on a copy).
    @Test func theRepositorysCommittedTagFilesAreUpToDate() throws {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }
        let committed = try FileManager.default.contentsOfDirectory(atPath: RepositoryRoot.seeds.path).filter { $0.hasSuffix(".tags.yaml") }
        try #require(committed.count == corpus.seedIDs.count)
        for name in committed { try corpus.write(try Data(contentsOf: RepositoryRoot.seeds.appendingPathComponent(name)), to: "seeds/" + name) }

        let result = try TagdeskProcess.run(["check"], in: corpus.url)

        #expect(result.status == 0, "run 'swift run tagdesk classify' and commit seeds/*.tags.yaml\n\(result)")
    }

    @Test func missingTagFilesFailUntilAPassWritesThem() throws {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }

        let first = try TagdeskProcess.run(["check"], in: corpus.url)

        #expect(first.status == 1, "\(first)")
        let missing = CheckSupport.problems(first, kind: "missing-tag-file")
        #expect(missing.map { String($0.prefix { $0 != ":" }) } == corpus.seedIDs.map(TemporaryCorpus.articlePath), "\(first)")
        #expect(missing.allSatisfy { $0.contains(":1:1: error: no tag file; a pass would write ") && $0.contains("topic: ") }, "\(first)")
        #expect(try corpus.tagFiles().isEmpty)

        #expect(try TagdeskProcess.run(["classify"], in: corpus.url).status == 0)
        let second = try TagdeskProcess.run(["check"], in: corpus.url)
        #expect(second.status == 0, "\(second)")
    }

    /// Raising a threshold so that no article reaches it names each article that loses the label; the others'
    /// tag files are stale too (the rule's fingerprint changed) but keep their labels.
    @Test func aRuleEditNamesEachArticleClassifierAndLabelThatWouldChange() async throws {
        let corpus = try await CheckSupport.corpusWithGoodTagFiles()
        defer { corpus.remove() }
        let losing = try corpus.seedIDs.filter { id in
            try corpus.decodedTagFile(id).tags["topic"]?.contains { $0.label == "diplomacy" } == true
        }
        try #require(!losing.isEmpty)
        try CheckSupport.edit("Rules/topic.yaml", in: corpus, replacing: "threshold: [0-9.]+\n", with: "threshold: 300\n")

        let result = try TagdeskProcess.run(["check"], in: corpus.url)

        #expect(result.status == 1, "\(result)")
        let stale = CheckSupport.problems(result, kind: "stale-tag-file")
        let removals = stale.filter { $0.contains("topic: a pass would remove label 'diplomacy'") }
        #expect(removals.map { String($0.prefix { $0 != ":" }) } == losing.map(TemporaryCorpus.articlePath), "\(result)")
        let others = corpus.seedIDs.filter { !losing.contains($0) }
        for id in others {
            #expect(stale.contains { $0.hasPrefix(TemporaryCorpus.articlePath(id) + ":1:1: error: the tag file is out of date") }, "\(result)")
        }
        #expect(stale.count == losing.count + others.count, "\(result)")
        #expect(try corpus.tagFiles() == (try await GoodRun.tagFiles()), "check writes no tag file")

        #expect(try TagdeskProcess.run(["classify"], in: corpus.url).status == 0)
        let again = try TagdeskProcess.run(["check"], in: corpus.url)
        #expect(CheckSupport.problems(again, kind: "stale-tag-file").isEmpty, "\(again)")
    }

    @Test func aFailingExampleIsReportedAtItsLineWithExpectedAndActualLabels() async throws {
        let corpus = try await CheckSupport.corpusWithGoodTagFiles()
        defer { corpus.remove() }
        try CheckSupport.edit("Rules/tone.yaml", in: corpus, replacing: "labels: \\[positive\\]", with: "labels: [negative]")
        let lines = try corpus.readText("Rules/tone.yaml").split(separator: "\n", omittingEmptySubsequences: false)
        let line = try #require(lines.firstIndex { $0.contains("text: Le vice-ministre a salué") }) + 1
        let column = try #require(lines[line - 1].range(of: "Le vice")).lowerBound.utf16Offset(in: lines[line - 1]) + 1

        let result = try TagdeskProcess.run(["check"], in: corpus.url)

        #expect(result.status == 1, "\(result)")
        #expect(CheckSupport.problems(result, kind: "example-failed")
            == ["Rules/tone.yaml:\(line):\(column): error: tone: example expects negative but the rules give positive [example-failed]"], "\(result)")
    }

    @Test func anErrorFindingFails() async throws {
        let corpus = try await CheckSupport.corpusWithGoodTagFiles()
        defer { corpus.remove() }
        try corpus.write("", to: "seeds/zz_empty.txt")
        #expect(try TagdeskProcess.run(["classify"], in: corpus.url).status == 0)

        let result = try TagdeskProcess.run(["check"], in: corpus.url)

        #expect(result.status == 1, "\(result)")
        #expect(result.stdoutLines.first { $0.contains(": error: ") } == "seeds/zz_empty.txt:1:1: error: the article is empty; nothing to classify [empty-article]", "\(result)")
    }

    @Test func anOrphanedTagFileFails() async throws {
        let corpus = try await CheckSupport.corpusWithGoodTagFiles()
        defer { corpus.remove() }
        try corpus.write(try corpus.read(TemporaryCorpus.tagFilePath(corpus.seedIDs[0])), to: "seeds/renamed.tags.yaml")

        let result = try TagdeskProcess.run(["check"], in: corpus.url)

        #expect(result.status == 1, "\(result)")
        #expect(CheckSupport.problems(result, kind: "orphaned-tag-file")
            == ["seeds/renamed.tags.yaml: error: tags for an article that does not exist (renamed or deleted?) [orphaned-tag-file]"], "\(result)")
    }

    @Test func aBrokenRuleFileExits2WithItsDiagnosticInTheDocument() async throws {
        let corpus = try await CheckSupport.corpusWithGoodTagFiles()
        defer { corpus.remove() }
        let rule = try #require(BrokenRule.all.first { $0.name.hasPrefix("misspelt key") })
        let expected = try rule.expectedDiagnostic(editedText: try rule.apply(in: corpus.fileURL("Rules")), rules: RepositoryRoot.rules)

        let text = try TagdeskProcess.run(["check"], in: corpus.url)
        let json = try TagdeskProcess.run(["check", "--format", "json"], in: corpus.url)

        #expect(text.status == 2, "\(text)")
        #expect(text.stdoutLines.first == expected.headline + " [rule-file-error]", "\(text)")
        #expect(json.status == 2, "\(json)")
        let document = try JSONValue(json: Data(json.stdout.utf8))
        let problem = try #require(document["problems"]?.array?.first)
        #expect(problem["kind"] == .string("rule-file-error"))
        #expect(problem["file"] == .string("Rules/\(rule.file)"))
        #expect(problem["column"] == .number(Double(expected.column)))
        #expect(document["status"] == .number(2))
        #expect(document["version"] == .string(TagDeskVersion.current))
    }

    /// A person's decision the rules disagree with is a warning: it fails only with --strict.
    @Test func strictFailsOnWarnings() async throws {
        let corpus = try await CheckSupport.corpusWithGoodTagFiles()
        defer { corpus.remove() }
        let id = corpus.seedIDs[0]
        try corpus.write("article: \(id)\ndecisions:\n- {classifier: topic, action: add, label: culture, by: bob}\n",
                         to: "seeds/\(id).decisions.yaml")
        #expect(try TagdeskProcess.run(["classify"], in: corpus.url).status == 0)

        let plain = try TagdeskProcess.run(["check"], in: corpus.url)
        let strict = try TagdeskProcess.run(["check", "--strict"], in: corpus.url)

        #expect(plain.status == 0, "\(plain)")
        #expect(CheckSupport.problems(plain, kind: "human-disagreement").count == 1, "\(plain)")
        #expect(strict.status == 1, "\(strict)")
        #expect(strict.stdoutLines.last?.hasSuffix("(strict: warnings fail)") == true, "\(strict)")
    }

    /// The French and Arabic seeds cite one source: the Arabic version leaves out the sentence that names Hanoi.
    @Test func versionsOfOneStoryThatDisagreeAreWarnedAtTheCitation() async throws {
        let corpus = try await CheckSupport.corpusWithGoodTagFiles()
        defer { corpus.remove() }

        let result = try TagdeskProcess.run(["check"], in: corpus.url)
        let warnings = CheckSupport.problems(result, kind: "versions-disagree")

        #expect(result.status == 0, "\(result)")
        #expect(warnings == ["seeds/003_154074880c2c91e6.txt:15:1: warning: region 'VN-HN' is missing here but tagged in "
            + "seeds/000_54b95f3bc5afc1bd.txt, which cites the same source (versions of one story should agree) [versions-disagree]"],
            "\(result)")
    }

    @Test func aBaselineFailsOnlyOnNewProblems() async throws {
        let corpus = try await CheckSupport.corpusWithGoodTagFiles()
        defer { corpus.remove() }
        try corpus.write("", to: "seeds/zz_empty.txt")
        #expect(try TagdeskProcess.run(["classify"], in: corpus.url).status == 0)

        let written = try TagdeskProcess.run(["check", "--write-baseline", "baseline.json"], in: corpus.url)
        let known = try TagdeskProcess.run(["check", "--baseline", "baseline.json"], in: corpus.url)
        try corpus.write("", to: "seeds/zz_empty2.txt")
        #expect(try TagdeskProcess.run(["classify"], in: corpus.url).status == 0)
        let new = try TagdeskProcess.run(["check", "--baseline", "baseline.json"], in: corpus.url)
        let without = try TagdeskProcess.run(["check"], in: corpus.url)

        #expect(written.status == 0, "\(written)")
        // The empty article, its hold by the `unreadable` policy and the seeds' versions-disagree warning;
        // notes are not recorded.
        #expect(written.stderrLines == ["baseline.json: note: recorded 3 problems"], "\(written)")
        #expect(known.status == 0, "\(known)")
        #expect(known.stdoutLines.last?.hasSuffix("; 3 known in the baseline, not shown") == true, "\(known)")
        #expect(new.status == 1, "\(new)")
        #expect(CheckSupport.problems(new, kind: "empty-article").map { String($0.prefix { $0 != ":" }) } == ["seeds/zz_empty2.txt"], "\(new)")
        #expect(CheckSupport.problems(without, kind: "empty-article").count == 2, "\(without)")
    }

    /// A finding is known by the text of its line, not by the article's digest: an edit elsewhere keeps it known.
    @Test func aBaselineEntrySurvivesAnEditElsewhereInTheArticle() async throws {
        let corpus = try await CheckSupport.corpusWithGoodTagFiles()
        defer { corpus.remove() }
        let id = corpus.seedIDs[0]
        try corpus.write("article: \(id)\ndecisions:\n- {classifier: topic, action: add, label: culture, by: bob}\n",
                         to: "seeds/\(id).decisions.yaml")
        #expect(try TagdeskProcess.run(["classify"], in: corpus.url).status == 0)
        #expect(try TagdeskProcess.run(["check", "--strict", "--write-baseline", "baseline.json"], in: corpus.url).status == 0)
        let article = try corpus.readText(TemporaryCorpus.articlePath(id))
        try corpus.write(article + "\nUne ligne ajoutée à la fin.\n", to: TemporaryCorpus.articlePath(id))
        #expect(try TagdeskProcess.run(["classify"], in: corpus.url).status == 0)

        let result = try TagdeskProcess.run(["check", "--strict", "--baseline", "baseline.json"], in: corpus.url)

        #expect(result.status == 0, "\(result)")
    }

    @Test func aBaselineThatIsNotOneIsAConfigurationError() async throws {
        let corpus = try await CheckSupport.corpusWithGoodTagFiles()
        defer { corpus.remove() }
        try corpus.write("{\"problems\": 3}", to: "baseline.json")

        let result = try TagdeskProcess.run(["check", "--baseline", "baseline.json"], in: corpus.url)

        #expect(result.status == 2, "\(result)")
        #expect(result.stdoutLines.first?.hasPrefix("baseline.json: error: not a TagDesk baseline") == true, "\(result)")
    }

    /// A JSON Lines corpus has no tag files: its documents' findings are put at their line of the file.
    @Test func aDocumentsFindingIsAtItsLineOfTheJSONLinesFile() throws {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }
        try corpus.write("{\"id\": \"a\", \"text\": \"Le ministère des Affaires étrangères.\"}\n{\"id\": \"b\", \"text\": \"\"}\n",
                         to: "documents/news.jsonl")

        let result = try TagdeskProcess.run(["check", "--corpus", "documents"], in: corpus.url)

        #expect(result.status == 1, "\(result)")
        #expect(result.stdoutLines.first == "documents/news.jsonl:2:1: error: the article is empty; nothing to classify [empty-article]", "\(result)")
        #expect(!corpus.exists("documents/attributes"), "check writes no attribute file")
    }

    @Test func outputIsTheSameBytesFromRunToRun() throws {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }
        try corpus.write("", to: "seeds/zz_empty.txt")

        for format in ["text", "json", "sarif", "junit", "github", "checkstyle"] {
            let first = try TagdeskProcess.run(["check", "--format", format], in: corpus.url)
            let second = try TagdeskProcess.run(["check", "--format", format], in: corpus.url)
            #expect(first.status == 1, "\(first)")
            #expect(first.stdout == second.stdout, "\(format)")
        }
    }
}

extension CheckCommandTests {
    /// A rule file's `quality:` floor is held against people's decisions: a person says seed 000 is also about
    /// culture, which the rules do not give, so topic's recall there is 2 of 3.
    @Test func aQualityFloorNotReachedFails() async throws {
        let corpus = try await CheckSupport.corpusWithGoodTagFiles()
        defer { corpus.remove() }
        try corpus.write("article: 000_54b95f3bc5afc1bd\ndecisions:\n- {classifier: topic, action: add, label: culture, by: alice}\n",
                         to: "seeds/000_54b95f3bc5afc1bd.decisions.yaml")
        #expect(try TagdeskProcess.run(["classify"], in: corpus.url).status == 0)
        let unmeasured = try TagdeskProcess.run(["check"], in: corpus.url)
        #expect(unmeasured.status == 0, "\(unmeasured)")

        try CheckSupport.edit("Rules/topic.yaml", in: corpus, replacing: "depends_on: \\[boilerplate, language\\]\\n",
                              with: "depends_on: [boilerplate, language]\nquality: {min_precision: 0.9, min_recall: 0.9}\n")
        #expect(try TagdeskProcess.run(["classify"], in: corpus.url).status == 0)
        let measured = try TagdeskProcess.run(["check"], in: corpus.url)

        #expect(measured.status == 1, "\(measured)")
        let line = try #require(try corpus.readText("Rules/topic.yaml").split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.hasPrefix("quality:") }) + 1
        #expect(CheckSupport.problems(measured, kind: "quality-below-floor") == [
            "Rules/topic.yaml:\(line):10: error: topic: against the 1 article people decided, recall 0.667 is below min_recall 0.9 [quality-below-floor]",
        ], "\(measured)")
    }
}
