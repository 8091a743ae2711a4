@testable import LineEditor
import Testing

@Suite struct LineBufferTests {
    @Test func combiningMarksTypedAfterALetterJoinItsCluster() {
        var buffer = LineBuffer("Bo")
        buffer.insert("\u{0323}")
        buffer.insert("\u{0302}")
        #expect(buffer.characters.count == 2)
        #expect(buffer.cursor == 2)
        #expect(Array(buffer.text.unicodeScalars) == Array("Bo\u{0323}\u{0302}".unicodeScalars))
    }

    @Test func cursorMovesAndDeletesByGraphemeCluster() {
        var buffer = LineBuffer("Ngoa\u{0323}i")
        buffer.moveLeft()
        buffer.deleteBackward()
        #expect(Array(buffer.text.unicodeScalars) == Array("Ngoi".unicodeScalars))
        #expect(buffer.cursor == 3)
    }

    @Test func insertingInTheMiddleKeepsTheRestIntact() {
        var buffer = LineBuffer("وزارة الخارجية", cursor: 5)
        buffer.insert(" الشؤون")
        #expect(buffer.text == "وزارة الشؤون الخارجية")
        #expect(buffer.cursor == 12)
    }

    @Test func wordMovesStopAtLetterRunsIncludingAccentedOnes() {
        var buffer = LineBuffer("Le ministère des Affaires")
        buffer.moveWordLeft()
        #expect(buffer.cursor == 17)
        buffer.moveWordLeft()
        #expect(buffer.cursor == 13)
        buffer.moveHome()
        buffer.moveWordRight()
        #expect(buffer.cursor == 2)
        buffer.moveWordRight()
        #expect(buffer.cursor == 12)
    }

    @Test func killsReturnWhatTheyRemove() {
        var buffer = LineBuffer("alpha beta  gamma", cursor: 12)
        let killedWord = buffer.killBigWordBackward()
        #expect(killedWord == "beta  ")
        #expect(buffer.text == "alpha gamma")
        let killedEnd = buffer.killToEnd()
        #expect(killedEnd == "gamma")
        let killedStart = buffer.killToStart()
        #expect(killedStart == "alpha ")
        #expect(buffer.isEmpty)
    }

    @Test func altKillsRemoveWordsOnly() {
        var buffer = LineBuffer("à Hanoï, demain", cursor: 2)
        let killedForward = buffer.killWordForward()
        #expect(killedForward == "Hanoï")
        #expect(buffer.text == "à , demain")
        buffer.moveEnd()
        let killedBackward = buffer.killWordBackward()
        #expect(killedBackward == "demain")
        #expect(buffer.text == "à , ")
    }

    @Test func transposeSwapsAroundTheCursorOrTheLastTwoAtTheEnd() {
        var middle = LineBuffer("abc", cursor: 1)
        let swappedMiddle = middle.transpose()
        #expect(swappedMiddle)
        #expect(middle.text == "bac")
        #expect(middle.cursor == 2)
        var end = LineBuffer("東京")
        let swappedEnd = end.transpose()
        #expect(swappedEnd)
        #expect(end.text == "京東")
        #expect(end.cursor == 2)
        var start = LineBuffer("abc", cursor: 0)
        let swappedStart = start.transpose()
        #expect(!swappedStart)
    }

    @Test func killRingGrowsOnConsecutiveKills() {
        var ring = KillRing()
        ring.record("beta", backward: true, continuing: false)
        ring.record("alpha ", backward: true, continuing: true)
        #expect(ring.latest == "alpha beta")
        ring.record(" gamma", backward: false, continuing: false)
        #expect(ring.latest == " gamma")
        #expect(ring.entries.count == 2)
    }
}
