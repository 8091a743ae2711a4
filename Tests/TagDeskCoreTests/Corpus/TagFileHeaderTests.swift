import TagDeskCore
import Testing

/// The line reader of intact tag files reads what the writer writes; the inputs are those fuzzing found
/// (`Scripts/fuzz.sh`, target `tag-file`), minimised.
@Suite struct TagFileHeaderTests {
    private func written(fingerprints: [String: String]) -> [UInt8] {
        let file = TagFile(article: "a", sha256: "0d4ae432", fingerprints: fingerprints, language: nil, tags: [:], findings: [])
        return Array(TagFileStore().encode(file).utf8)
    }

    /// Fuzz finding: a fingerprint key with a colon is written quoted (`"topic:lth": …`) and the reader cut it at
    /// that colon, so the file did not read as intact and its article was classified again on every pass.
    @Test(arguments: [
        ["topic:lth": "", "by": "alice"],
        ["topi431c02 :57869abcd7ca7e0bb6b0e1ice": ""],
        ["a \"quoted\\\" : key": "x: y", "topic": "0123456789abcdef"],
    ])
    func fingerprintKeysWithColonsReadBack(fingerprints: [String: String]) throws {
        let header = try #require(TagFileHeader(written(fingerprints: fingerprints)))
        #expect(header.article == "a")
        #expect(header.fingerprints == fingerprints)
    }
}
