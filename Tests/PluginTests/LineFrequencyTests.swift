@testable import BoilerplatePlugin
import Testing

@Suite struct LineFrequencyTests {
    @Test func factsReadBackFromTheirCompactBytesAndTheBytesDoNotDependOnInsertionOrder() throws {
        var facts = LineFrequency()
        facts.articles = [0xFFFF_FFFF_FFFF_FFFF: 3, 1: 1, 0x8000_0000_0000_0000: 40_000]
        var other = LineFrequency()
        for (key, count) in facts.articles.sorted(by: { $0.key > $1.key }) { other.articles[key] = count }

        let bytes = facts.encoded()

        #expect(bytes.count == 8 + 3 * 12)
        #expect(bytes == other.encoded())
        #expect(try #require(LineFrequency(encoded: bytes)).articles == facts.articles)
        #expect(LineFrequency(encoded: LineFrequency().encoded())?.articles.isEmpty == true)
    }

    @Test func damagedBytesAreNoFacts() {
        var facts = LineFrequency()
        facts.articles = [7: 2, 9: 5]
        let bytes = facts.encoded()
        #expect(LineFrequency(encoded: Array(bytes.dropLast())) == nil)
        #expect(LineFrequency(encoded: bytes + [0]) == nil)
        #expect(LineFrequency(encoded: [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F]) == nil)
        #expect(LineFrequency(encoded: Array("{\"counts\":[]}".utf8)) == nil)
    }
}
