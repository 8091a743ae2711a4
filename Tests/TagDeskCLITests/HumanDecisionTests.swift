import Foundation
import TagDeskCore
import TagDeskTestSupport
import Testing

/// Decisions a person writes into the article's decisions file survive every pass byte for byte, override
/// the rules' tags, and a disagreement of the rules with one is reported as a finding.
@Suite struct HumanDecisionTests {
    static let id = "000_54b95f3bc5afc1bd"
    static var tagFile: String { TemporaryCorpus.tagFilePath(id) }
    static var decisionsFile: String { "seeds/\(id).decisions.yaml" }
    static let decisionLines = [
        "- {classifier: topic, action: remove, label: diplomacy, by: alice, at: 2026-11-24T10:00:00Z, note: not about diplomacy}",
        "- {classifier: topic, action: add, label: culture, by: bob}",
    ]
    static let decisions = [
        HumanDecision(classifier: "topic", action: .remove, label: "diplomacy", by: "alice",
                      at: "2026-11-24T10:00:00Z", note: "not about diplomacy"),
        HumanDecision(classifier: "topic", action: .add, label: "culture", by: "bob"),
    ]
    static let expectedFindings: Set<JSONReport.Finding> = [
        JSONReport.Finding(kind: "human-disagreement", severity: "warning", lines: [],
                           message: "topic: rules give 'diplomacy' but a person removed it; "
                               + "kept the decision of alice on 2026-11-24 (not about diplomacy)"),
        JSONReport.Finding(kind: "human-disagreement", severity: "warning", lines: [],
                           message: "topic: rules do not give 'culture' but a person added it; kept the decision of bob"),
    ]

    static var decisionsText: String {
        "article: \(id)\ndecisions:\n" + decisionLines.joined(separator: "\n") + "\n"
    }

    /// A corpus after a good run, with the two decisions written by hand into seed 000's decisions file.
    private static func corpusWithDecisions() async throws -> TemporaryCorpus {
        let corpus = try TemporaryCorpus()
        try corpus.writeTagFiles(try await GoodRun.tagFiles())
        try corpus.write(decisionsText, to: decisionsFile)
        return corpus
    }

    /// `tagdesk classify` run once over `corpusWithDecisions()`, shared by the tests that only read its outcome.
    private static let secondRun = Task<(result: ProcessResult, tagFiles: [String: Data], decisions: String), any Error> {
        let corpus = try await corpusWithDecisions()
        defer { corpus.remove() }
        let result = try TagdeskProcess.run(["classify"], in: corpus.url)
        return (result, try corpus.tagFiles(), try corpus.readText(decisionsFile))
    }

    @Test func classifyWithDecisionsSucceedsAndUpdatesOnlyThatTagFile() async throws {
        let (result, tagFiles, _) = try await Self.secondRun.value
        let good = try await GoodRun.tagFiles()

        #expect(result.status == 0, "\(result)")
        #expect(result.stderr == "")
        #expect(result.stdoutLines.last
            == "5 articles classified; tag files: 0 created, 1 updated, 4 unchanged; findings: 0 errors, 2 warnings; "
                + "4 up to date, not classified again")
        #expect(tagFiles.filter { $0.key != "\(Self.id).tags.yaml" } == good.filter { $0.key != "\(Self.id).tags.yaml" })
        #expect(tagFiles.count == 5)
    }

    @Test func decisionsOverrideTheRulesAndTheTagFileNamesTheirDigest() async throws {
        let (result, tagFiles, _) = try await Self.secondRun.value
        try #require(result.status == 0, "\(result)")
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }
        try corpus.writeTagFiles(tagFiles)

        let file = try corpus.decodedTagFile(Self.id)

        #expect(file.decisionsDigest == "sha256:" + SHA256Hex.digest(Array(Self.decisionsText.utf8)))
        let topic = try #require(file.tags["topic"])
        #expect(topic.map(\.label) == ["culture", "people-diplomacy"])
        #expect(topic.first { $0.label == "culture" }?.source == .human)
        #expect(topic.first { $0.label == "people-diplomacy" }?.source == .rules)
        let disagreements = file.findings.filter { $0.kind == "human-disagreement" }
        #expect(Set(disagreements.map {
            JSONReport.Finding(kind: $0.kind, severity: $0.severity.rawValue,
                               lines: $0.lines.map { $0.start...$0.end }, message: $0.message)
        }) == Self.expectedFindings)
        #expect(disagreements.count == 2)
    }

    @Test func theDecisionsFileIsNeverWritten() async throws {
        let (result, tagFiles, decisions) = try await Self.secondRun.value
        try #require(result.status == 0, "\(result)")
        let text = String(decoding: try #require(tagFiles["\(Self.id).tags.yaml"]), as: UTF8.self)

        #expect(decisions == Self.decisionsText)
        #expect(!text.split(separator: "\n").contains { $0.hasPrefix("decisions:") })
    }

    @Test func jsonReportsTheDisagreementNamingAlice() async throws {
        let corpus = try await Self.corpusWithDecisions()
        defer { corpus.remove() }

        let result = try TagdeskProcess.run(["classify", "--dry-run", "--format", "json", Self.id], in: corpus.url)

        #expect(result.status == 0, "\(result)")
        let article = try JSONReport(json: Data(result.stdout.utf8)).article(Self.id)
        let disagreements = article.findings.filter { $0.kind == "human-disagreement" }
        #expect(Set(disagreements) == Self.expectedFindings)
        #expect(disagreements.count == 2)
        let topic = try article.tags("topic")
        #expect(topic.map(\.label) == ["culture", "people-diplomacy"])
        #expect(topic.map(\.source) == ["human", "rules"])
    }

    @Test func aThirdRunChangesNoByte() async throws {
        let (second, tagFiles, _) = try await Self.secondRun.value
        try #require(second.status == 0, "\(second)")
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }
        try corpus.writeTagFiles(tagFiles)
        try corpus.write(Self.decisionsText, to: Self.decisionsFile)
        let dates = try corpus.tagFileModificationDates()

        let third = try TagdeskProcess.run(["classify"], in: corpus.url)

        #expect(third.status == 0, "\(third)")
        #expect(try corpus.tagFiles() == tagFiles)
        #expect(try corpus.tagFileModificationDates() == dates)
        #expect(third.stdoutLines.last
            == "5 articles classified; tag files: 0 created, 0 updated, 5 unchanged; findings: 0 errors, 2 warnings; "
                + "5 up to date, not classified again")
    }

    /// A person marks the template line 1 as content and sets the regions: line 1 becomes visible to the
    /// classifiers that depend on boilerplate, and the set labels replace the rules' ones.
    @Test func aBoilerplateDecisionMakesItsLineVisibleToLaterClassifiers() async throws {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }
        try corpus.writeTagFiles(try await GoodRun.tagFiles())
        let before = try corpus.decodedTagFile(Self.id)
        try #require(before.tags["boilerplate"]?.first { $0.label == "template" }?.lines == [LineRange(1, 1)])
        try #require(before.tags["region"]?.first { $0.label == "VN" }?.evidence.contains { $0.line == 1 } == false)
        try corpus.write("""
            article: \(Self.id)
            decisions:
            - {classifier: region, action: set, labels: [VN, KH], by: bob}
            - {classifier: boilerplate, action: remove, label: template, lines: [[1, 1]], by: bob}

            """, to: Self.decisionsFile)

        let result = try TagdeskProcess.run(["classify"], in: corpus.url)

        #expect(result.status == 0, "\(result)")
        let file = try corpus.decodedTagFile(Self.id)
        #expect(file.tags["boilerplate"]?.contains { $0.label == "template" } == false)
        let regions = try #require(file.tags["region"])
        #expect(regions.map(\.label) == ["KH", "VN"])
        #expect(regions.map(\.source) == [.human, .human])
        #expect(regions.first { $0.label == "VN" }?.evidence.filter { $0.line == 1 }.map(\.text) == ["Vietnam", "Việt Nam"])
        // Findings are sorted by kind, then first line (none counts as 0), then message; notes aside.
        let findings = file.findings.filter { $0.severity != .info }
        #expect(findings.map(\.message) == [
            "region: rules give ['VN', 'VN-HN'] but a person set ['KH', 'VN']; kept the decision of bob",
            "boilerplate: rules give 'template' on lines 1 but a person removed it; kept the decision of bob",
        ])
        #expect(findings.map(\.lines) == [[], [LineRange(1, 1)]])
    }

    /// An old-style tag file, with decisions in it, that no longer reads: the decisions may be there, so it is kept.
    @Test func aTagFileWithDecisionsThatIsNotYAMLIsReportedAndLeftAlone() async throws {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }
        let good = try await GoodRun.tagFiles()
        let name = "\(Self.id).tags.yaml"
        let original = try #require(good[name]).asText()
        let lines = original.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let index = try #require(lines.firstIndex { $0.hasPrefix("language: ") })
        var broken = lines
        broken[index] += ": oops"
        let brokenText = broken.joined(separator: "\n").replacingOccurrences(
            of: "\nfindings:", with: "\ndecisions:\n- {classifier: topic, action: add, label: culture, by: bob}\nfindings:")
        try corpus.write(brokenText, to: Self.tagFile)
        let column = broken[index].unicodeScalars.count - ": oops".count + 1

        let result = try TagdeskProcess.run(["classify"], in: corpus.url)

        #expect(result.status == 1, "\(result)")
        #expect(result.stderrLines.first
            == "\(Self.tagFile):\(index + 1):\(column): error: invalid YAML: mapping values are not allowed in this context; "
                + "the tag file was left as it is")
        #expect(try corpus.readText(Self.tagFile) == brokenText)
        var others = good
        others[name] = Data(brokenText.utf8)
        #expect(try corpus.tagFiles() == others)
        #expect(result.stdoutLines.contains { $0.hasPrefix("seeds/\(Self.id).txt ") && $0.hasSuffix(" (not written)") }, "\(result)")
        #expect(result.stdoutLines.last?.hasPrefix("5 articles classified; tag files: 4 created, 0 updated, 0 unchanged;") == true,
                "\(result)")
    }

    /// A tag file holds only what a pass wrote: one that is damaged but names its article and holds no decisions is
    /// simply written again.
    @Test func aDamagedTagFileWithoutDecisionsIsRewritten() async throws {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }
        let good = try await GoodRun.tagFiles()
        try corpus.writeTagFiles(good)
        let name = "\(Self.id).tags.yaml"
        try corpus.write(try #require(good[name]).asText().replacingOccurrences(of: "\nlanguage: fr", with: "\nlanguage: fr: oops"),
                         to: Self.tagFile)

        let result = try TagdeskProcess.run(["classify"], in: corpus.url)

        #expect(result.status == 0, "\(result)")
        #expect(try corpus.tagFiles() == good)
    }
}

extension Data {
    fileprivate func asText() throws -> String {
        guard let text = String(data: self, encoding: .utf8) else { throw TestSupportError("not UTF-8") }
        return text
    }
}
