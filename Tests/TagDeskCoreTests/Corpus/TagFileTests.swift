import Foundation
import TagDeskCore
import Testing

@Suite struct TagFileTests {
    static let sample = TagFile(
        article: "000_x", sha256: String(repeating: "a", count: 64), fingerprints: ["boilerplate": "0123456789abcdef", "topic": "fedcba9876543210"],
        facts: "sha256:" + String(repeating: "b", count: 64),
        decisionsDigest: "sha256:" + String(repeating: "c", count: 64), language: "fr",
        tags: [
            "topic": [Tag(label: "diplomacy", score: 12, evidence: [Evidence(line: 3, text: "Affaires étrangères")])],
            "boilerplate": [Tag(label: "footer", score: 1, lines: [LineRange(74, 89)],
                                evidence: [Evidence(line: 74, text: "Footer Banner Agribank")])],
        ],
        findings: [Finding(kind: "human-disagreement", severity: .warning, message: "topic: rules do not give 'culture'")])

    @Test func encodingIsByteStableAndRoundTrips() throws {
        let store = TagFileStore()
        let first = store.encode(Self.sample)
        let second = store.encode(Self.sample)
        #expect(first == second)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tagfile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("000_x.tags.yaml")
        try first.write(to: url, atomically: true, encoding: .utf8)
        let decoded = try #require(try store.read(url, displayPath: "seeds/000_x.tags.yaml", article: "000_x"))
        #expect(decoded == Self.sample)
        #expect(store.encode(decoded) == first)
        #expect(TagFileHeader(Array(first.utf8))?.fingerprints == Self.sample.fingerprints)
        #expect(TagFileHeader(Array(first.utf8))?.findings == Self.sample.findings)
    }

    @Test func keysAreWrittenInAFixedOrderWithClassifiersSorted() throws {
        let text = TagFileStore().encode(Self.sample)
        let keys = text.split(separator: "\n").filter { !$0.hasPrefix(" ") && !$0.hasPrefix("-") && !$0.hasPrefix("#") && $0.contains(":") }
            .map { String($0.prefix { $0 != ":" }) }
        #expect(keys == ["article", "sha256", "fingerprints", "facts", "decisions_digest", "language", "findings", "tags", "checksum"])
        let boilerplate = try #require(text.range(of: "  boilerplate:"))
        let topic = try #require(text.range(of: "  topic:"))
        #expect(boilerplate.lowerBound < topic.lowerBound)
        #expect(text.contains("lines:\n    - - 74\n      - 89") || text.contains("[74, 89]") || text.contains("- - 74"))
    }

    @Test func writeTouchesTheFileOnlyWhenBytesChange() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tagfile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("a.tags.yaml")
        let store = TagFileStore()
        #expect(try store.write("one\n", to: url, displayPath: "a.tags.yaml") == .created)
        let inode = try FileManager.default.attributesOfItem(atPath: url.path)[.systemFileNumber] as? Int
        #expect(try store.write("one\n", to: url, displayPath: "a.tags.yaml") == .unchanged)
        #expect(try FileManager.default.attributesOfItem(atPath: url.path)[.systemFileNumber] as? Int == inode)
        #expect(try store.write("two\n", to: url, displayPath: "a.tags.yaml") == .updated)
        #expect(try String(contentsOf: url, encoding: .utf8) == "two\n")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        #expect(leftovers == ["a.tags.yaml"])
    }

    @Test func unwritableFolderIsReportedAndNothingChanges() throws {
        let url = URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)/a.tags.yaml")
        #expect(throws: Diagnostic.self) { try TagFileStore().write("x", to: url, displayPath: "seeds/a.tags.yaml") }
        do {
            _ = try TagFileStore().write("x", to: url, displayPath: "seeds/a.tags.yaml")
        } catch {
            #expect(error.description.hasPrefix("seeds/a.tags.yaml: error: cannot write tag file ("))
            #expect(error.description.hasSuffix("); nothing was changed"))
        }
    }

    @Test func handWrittenDecisionWithUnknownKeyIsReportedAtItsLine() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tagfile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("a.tags.yaml")
        try "article: a\ndecisions:\n- {classifier: topic, action: add, label: culture, by: alice, nots: x}\n"
            .write(to: url, atomically: true, encoding: .utf8)
        #expect(throws: Diagnostic.self) { try TagFileStore().read(url, displayPath: "seeds/a.tags.yaml", article: "a") }
        do {
            _ = try TagFileStore().read(url, displayPath: "seeds/a.tags.yaml", article: "a")
        } catch {
            #expect(error.headline == "seeds/a.tags.yaml:3:63: error: unknown key 'nots'; did you mean 'note'?; the tag file was left as it is")
        }
    }

    /// Text that YAML would read as something else, or not at all, comes back as written.
    @Test(arguments: ["yes", "No", "~", "null", "123", "1e5", "0x1F", "- item", "a: b", "#tag", "it's", "\"quoted\"",
                      "back\\slash", "tab\there", "", " lead", "trail ", "،الخارجية", "Hà Nội: 8/7", "\u{7F}\u{85}\u{FEFF}",
                      "Lễ hội — fête ’citée’", "[1, 2]", "{a: 1}", "&anchor", "*alias", "!tag", "%", "@", "`", "2026-11-30T10:00:00Z"])
    func scalarsRoundTripThroughTheTagFile(text: String) throws {
        var file = Self.sample
        file.tags = ["topic": [Tag(label: "culture", score: 1, evidence: [Evidence(line: 1, text: text)])]]
        file.findings = [Finding(kind: "human-disagreement", severity: .warning, message: text, classifier: "topic")]
        let encoded = TagFileStore().encode(file)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tagfile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("000_x.tags.yaml")
        try encoded.write(to: url, atomically: true, encoding: .utf8)

        let decoded = try #require(try TagFileStore().read(url, displayPath: "000_x.tags.yaml", article: "000_x"))
        #expect(decoded.tags["topic"]?.first?.evidence.first?.text == text)
        #expect(decoded.findings.first?.message == text)
        #expect(TagFileHeader(Array(encoded.utf8))?.findings.first?.message == text)
    }
}
