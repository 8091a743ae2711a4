@testable import LineEditor
import Testing

@Suite struct KeyDecoderTests {
    /// Feeds each chunk in turn and collects every key that becomes complete.
    private func decode(_ chunks: String...) -> [Key] {
        var decoder = KeyDecoder()
        var keys: [Key] = []
        for chunk in chunks {
            decoder.feed(Array(chunk.utf8))
            while let key = decoder.next() { keys.append(key) }
        }
        return keys
    }

    @Test func printableRunsBecomeOneTextKey() {
        #expect(decode("Bộ Ngoại giao") == [.text("Bộ Ngoại giao")])
    }

    @Test func controlBytesBecomeControlKeys() {
        #expect(decode("\u{01}\u{05}\u{08}\t\r\n\u{7F}\u{12}") == [
            .control("a"), .control("e"), .control("h"), .tab, .enter, .enter, .backspace, .control("r"),
        ])
    }

    @Test func cursorKeysDecodeFromCSIAndSS3() {
        #expect(decode("\u{1B}[A\u{1B}[B\u{1B}[C\u{1B}[D\u{1B}[H\u{1B}[F") == [.up, .down, .right, .left, .home, .end])
        #expect(decode("\u{1B}OA\u{1B}OD\u{1B}OH\u{1B}OF") == [.up, .left, .home, .end])
        #expect(decode("\u{1B}[1~\u{1B}[7~\u{1B}[4~\u{1B}[8~\u{1B}[3~") == [.home, .home, .end, .end, .delete])
    }

    @Test func modifiedArrowsMoveByWord() {
        #expect(decode("\u{1B}[1;5D\u{1B}[1;3C") == [.wordLeft, .wordRight])
    }

    @Test func altKeysDecodeAsMeta() {
        #expect(decode("\u{1B}b\u{1B}f\u{1B}d\u{1B}\u{7F}") == [.meta("b"), .meta("f"), .meta("d"), .metaBackspace])
    }

    @Test func unknownSequencesAreDroppedNotInserted() {
        #expect(decode("a\u{1B}[15~\u{1B}OP\u{1B}[?2004h\u{1B}[200~b\u{1B}[201~\u{1B}[1;2Q") == [.text("a"), .text("b")])
    }

    @Test func altWithANonASCIICharacterIsIgnored() {
        #expect(decode("a\u{1B}é", "\u{1B}", "東b") == [.text("a"), .text("b")])
    }

    @Test func sequencesSplitAcrossReadsStillDecode() {
        #expect(decode("\u{1B}", "[", "1;5", "C") == [.wordRight])
        #expect(decode("x\u{1B}", "b") == [.text("x"), .meta("b")])
    }

    @Test func utf8SplitAcrossReadsStillDecodes() {
        let bytes = Array("ộ".utf8)
        var decoder = KeyDecoder()
        decoder.feed(bytes.prefix(1))
        let beforeRest = decoder.next()
        #expect(beforeRest == nil)
        decoder.feed(bytes.dropFirst())
        let afterRest = decoder.next()
        #expect(afterRest == .text("ộ"))
    }

    @Test func loneEscapeBecomesEscapeOnlyWhenExpired() {
        var decoder = KeyDecoder()
        decoder.feed([0x1B])
        let alone = decoder.next()
        #expect(alone == nil)
        #expect(decoder.hasPendingBytes)
        decoder.expirePendingSequence()
        let expired = decoder.next()
        #expect(expired == .escape)
        #expect(!decoder.hasPendingBytes)
    }

    @Test func expiredIncompleteSequenceIsDropped() {
        var decoder = KeyDecoder()
        decoder.feed(Array("\u{1B}[1;".utf8))
        let incomplete = decoder.next()
        #expect(incomplete == nil)
        decoder.expirePendingSequence()
        let afterExpiry = decoder.next()
        #expect(afterExpiry == nil)
        decoder.feed(Array("z".utf8))
        let following = decoder.next()
        #expect(following == .text("z"))
    }

    @Test func invalidUTF8AndC1ControlsAreDropped() {
        var decoder = KeyDecoder()
        decoder.feed([0x61, 0xFF, 0xC2, 0x9B, 0x62])
        let decoded = decoder.next()
        #expect(decoded == .text("ab"))
    }

    @Test func pastedLinesKeepTheirEnterKeys() {
        #expect(decode("un\rdeux\r") == [.text("un"), .enter, .text("deux"), .enter])
    }
}
