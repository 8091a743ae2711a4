import Foundation
import TagDeskCore
import Testing

/// The moderation decision in a tag file: written above the tags, read back whole both by YAML and by the
/// line-by-line header reader, byte-stable, and absent for rules without policies.
@Suite struct TagFileDecisionTests {
    static let decision = PolicyDecision(
        fired: [PolicyDecision.Fired(policy: "untranslated-lines", decision: .review, severity: .warning,
                                     message: "lignes non traduites : « Chủ tịch … »"),
                PolicyDecision.Fired(policy: "boilerplate-in-body", decision: .hold, severity: .error, message: "chrome: 40%")],
        human: PolicyDecision.Human(decision: .publish, by: "alice on 2026-11-24 (vérifié: OK)"))

    static var sample: TagFile {
        var file = TagFileTests.sample
        file.policies = "0123456789abcdef"
        file.decision = decision
        return file
    }

    @Test func theDecisionRoundTripsThroughYAMLAndTheHeader() throws {
        let text = TagFileStore().encode(Self.sample)
        #expect(TagFileStore().encode(Self.sample) == text)
        #expect(Self.decision.policy == .hold && Self.decision.severity == .error && Self.decision.outcome == .publish)
        let header = try #require(TagFileHeader(Array(text.utf8)))
        #expect(header.decision == Self.decision)
        #expect(header.policies == "0123456789abcdef")
        #expect(header.findings == Self.sample.findings)

        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tagfile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("000_x.tags.yaml")
        try text.write(to: url, atomically: true, encoding: .utf8)
        let decoded = try #require(try TagFileStore().read(url, displayPath: "seeds/000_x.tags.yaml", article: "000_x"))
        #expect(decoded == Self.sample)
    }

    @Test func theDecisionSitsBetweenTheLanguageAndTheFindings() {
        let text = TagFileStore().encode(Self.sample)
        let keys = text.split(separator: "\n").filter { !$0.hasPrefix(" ") && !$0.hasPrefix("-") && !$0.hasPrefix("#") && $0.contains(":") }
            .map { String($0.prefix { $0 != ":" }) }
        #expect(keys == ["article", "sha256", "fingerprints", "policies", "facts", "decisions_digest", "language", "decision", "findings", "tags", "checksum"])
        #expect(!TagFileStore().encode(TagFileTests.sample).contains("decision:"))
    }

    @Test func aHoldNoPersonOverrodeHoldsPublication() {
        let held = PolicyDecision(fired: [PolicyDecision.Fired(policy: "p", decision: .hold, severity: .error, message: "m")], human: nil)
        #expect(held.holdsPublication && !held.overriddenByHuman)
        var released = held
        released.human = PolicyDecision.Human(decision: .publish, by: "bob")
        #expect(!released.holdsPublication && released.overriddenByHuman)
        #expect(!PolicyDecision().holdsPublication)
    }
}

/// Tags read back line by line from a tag file are those a YAML reader reads, whatever the text of the evidence.
@Suite struct TagFileLineReaderTests {
    @Test func tagsReadLineByLineEqualThoseReadAsYAML() throws {
        var file = TagFileTests.sample
        file.tags["a b"] = []
        file.tags["tone"] = [Tag(label: "positive", score: 2.5, lines: [LineRange(3, 4), LineRange(9, 9)], evidence: [
            Evidence(line: 3, text: "  - label: fake"), Evidence(line: 3, text: "tags:"), Evidence(line: 4, text: "checksum: 1\nnext"),
            Evidence(line: 9, text: "succès\u{00A0}éclatant « oui »"), Evidence(line: 9, text: "    source: human"),
        ], source: .human)]
        file.tags["topic"]?[0].moreEvidence = 4
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tagfile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("000_x.tags.yaml")
        try TagFileStore().encode(file).write(to: url, atomically: true, encoding: .utf8)

        let yaml = try #require(try TagFileStore().read(url, displayPath: "seeds/000_x.tags.yaml", article: "000_x"))
        let lines = try #require(try TagFileStore().readTags(url.path, displayPath: "seeds/000_x.tags.yaml", article: "000_x"))
        #expect(lines == yaml.tags)
        #expect(lines == file.tags)
    }
}
