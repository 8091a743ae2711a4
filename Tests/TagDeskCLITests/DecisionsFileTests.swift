import Foundation
import TagDeskCore
import TagDeskTestSupport
import Testing

/// A decisions file is a person's text: whatever valid YAML style it is written in, no pass changes a byte
/// of it; decisions kept in tag files by earlier versions move to one, byte for byte, once and loudly.
@Suite struct DecisionsFileTests {
    static let id = "000_54b95f3bc5afc1bd"
    static var decisionsPath: String { "seeds/\(id).decisions.yaml" }

    /// Hand-written decisions files in the styles people use; each removes `diplomacy` and adds `culture`.
    static let styles: [String] = [
        // A flow-style list whose one decision spans two lines.
        """
        article: \(id)
        decisions: [{classifier: topic, action: remove, label: diplomacy, note: "about culture, not diplomacy",
          by: alice, at: 2026-11-24T10:00:00Z}, {classifier: topic, action: add, label: culture, by: alice}]
        """,
        // CRLF line endings, comments everywhere, a quoted key.
        "# décisions d'Alice\r\narticle: \(id)  # l'article\r\n\"decisions\":\r\n  # retirer la diplomatie\r\n"
            + "  - classifier: topic\r\n    action: remove   # pas de diplomatie\r\n    label: diplomacy\r\n    by: alice\r\n"
            + "  - {classifier: topic, action: add, label: culture, by: 'alice', note: \"Lễ hội — fête\"}\r\n",
        // Block style with a literal note, no final newline.
        "article: '\(id)'\ndecisions:\n- classifier: topic\n  action: set\n  labels:\n    - culture\n    - party-state\n"
            + "  by: bob\n  note: |\n    Un festival à Hà Nội ;\n    مهرجان ثقافي\n- {classifier: topic, action: remove, label: diplomacy, by: bob}",
    ]

    @Test(arguments: styles.indices)
    func aHandWrittenDecisionsFileSurvivesEveryPassByteForByte(style: Int) async throws {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }
        let text = Self.styles[style]
        try corpus.write(text, to: Self.decisionsPath)

        for _ in 0..<3 {
            let result = try TagdeskProcess.run(["classify"], in: corpus.url)
            #expect(result.status == 0, "\(result)")
            #expect(try corpus.read(Self.decisionsPath) == Data(text.utf8))
        }
        let topic = try #require(try corpus.decodedTagFile(Self.id).tags["topic"])
        #expect(topic.first { $0.label == "culture" }?.source == .human)
        #expect(!topic.contains { $0.label == "diplomacy" })
    }

    /// An old-style tag file: the decisions section of a good tag file, in `lineEnding`.
    static func oldStyleTagFile(_ section: String, lineEnding: String) async throws -> String {
        let good = String(decoding: try #require(try await GoodRun.tagFiles()["\(id).tags.yaml"]), as: UTF8.self)
        let old = good.replacingOccurrences(of: "\nfindings:", with: "\n" + section + "findings:")
        return old.replacingOccurrences(of: "\n", with: lineEnding)
    }

    @Test(arguments: [("\n", 0), ("\r\n", 1)])
    func decisionsInAnOldTagFileMoveToADecisionsFileByteForByte(lineEnding: String, variant: Int) async throws {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }
        let section = variant == 0
            ? "decisions: [{classifier: topic, action: remove, label: diplomacy,\n  by: alice, note: \"not: diplomacy\"}]\n"
            : "decisions:\n# Alice, après relecture\n- {classifier: topic, action: remove, label: diplomacy, by: alice}  # trop large\n"
        let old = try await Self.oldStyleTagFile(section, lineEnding: lineEnding)
        try corpus.write(old, to: TemporaryCorpus.tagFilePath(Self.id))

        let first = try TagdeskProcess.run(["classify"], in: corpus.url)

        #expect(first.status == 0, "\(first)")
        #expect(first.stderrLines == ["seeds/\(Self.id).tags.yaml: note: moved 1 decision to \(Self.decisionsPath), byte for byte; edit decisions there from now on"])
        let moved = try corpus.readText(Self.decisionsPath)
        #expect(moved == DecisionsFile.header + "article: \(Self.id)\n" + section.replacingOccurrences(of: "\n", with: lineEnding))
        let tagFile = try corpus.readText(TemporaryCorpus.tagFilePath(Self.id))
        #expect(!tagFile.contains("\ndecisions:") && !tagFile.contains("\r\n"))
        #expect(try corpus.decodedTagFile(Self.id).tags["topic"]?.contains { $0.label == "diplomacy" } == false)

        let second = try TagdeskProcess.run(["classify"], in: corpus.url)
        #expect(second.status == 0 && second.stderr.isEmpty, "\(second)")
        #expect(try corpus.readText(Self.decisionsPath) == moved)
        #expect(second.stdoutLines.last?.contains("0 created, 0 updated, 5 unchanged") == true, "\(second)")
    }

    @Test func decideAppendsAndKeepsEveryByte() throws {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }
        let text = Self.styles[1]
        try corpus.write(text, to: Self.decisionsPath)

        let result = try TagdeskProcess.run(["decide", Self.id, "boilerplate", "remove", "template", "--lines", "1",
                                             "--by", "bob", "--note", "c'est le titre"], in: corpus.url)

        #expect(result.status == 0, "\(result)")
        let after = try corpus.readText(Self.decisionsPath)
        #expect(after.hasPrefix(text))
        let added = String(after.dropFirst(text.count))
        #expect(added.hasPrefix("  - {id: d-") && added.hasSuffix("}\r\n"), "\(added)")
        #expect(added.contains("lines: [[1, 1]]") && added.contains("anchors: [\""), "\(added)")
        let classified = try TagdeskProcess.run(["classify"], in: corpus.url)
        #expect(classified.status == 0, "\(classified)")
        #expect(try corpus.decodedTagFile(Self.id).tags["boilerplate"]?.contains { $0.label == "template" } == false)
    }

    @Test func decideRefusesAnUnknownLabelAndWritesNothing() throws {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }

        let result = try TagdeskProcess.run(["decide", Self.id, "topic", "add", "culturre", "--by", "bob"], in: corpus.url)

        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.contains("error: decision d-"), "\(result)")
        #expect(result.stderr.contains("names unknown topic label 'culturre'; did you mean 'culture'?"), "\(result)")
        #expect(!corpus.exists(Self.decisionsPath))
    }
}
