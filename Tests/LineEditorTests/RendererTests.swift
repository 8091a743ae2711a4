@testable import LineEditor
import Testing

@Suite struct RendererTests {
    @Test func redrawClearsWritesAndPlacesTheCursorByColumn() {
        var renderer = Renderer(columns: 80)
        let output = renderer.redraw(prompt: "> ", characters: Array("Bộ Ngoại giao"), cursor: 3)
        #expect(output == "\r\u{1B}[J> Bộ Ngoại giao\r\u{1B}[5C")
    }

    @Test func longLinesWrapAtTheTerminalWidth() {
        let layout = Renderer.layout(prompt: "> ", characters: Array("abcdefghij"), cursor: 9, columns: 5)
        #expect(layout.rows == ["> abc", "defgh", "ij"])
        #expect(layout.cursor == Renderer.Position(row: 2, column: 1))
        #expect(layout.end == Renderer.Position(row: 2, column: 2))
    }

    @Test func aWideCharacterThatDoesNotFitMovesToTheNextRow() {
        let layout = Renderer.layout(prompt: "> x", characters: Array("東京"), cursor: 1, columns: 6)
        #expect(layout.rows == ["> x東", "京"])
        #expect(layout.cursor == Renderer.Position(row: 1, column: 0))
    }

    @Test func textEndingAtTheLastColumnPutsTheCursorOnAFreshRow() {
        let layout = Renderer.layout(prompt: "> ", characters: Array("abc"), cursor: 3, columns: 5)
        #expect(layout.rows == ["> abc", ""])
        #expect(layout.cursor == Renderer.Position(row: 1, column: 0))
    }

    @Test func nextRedrawStartsFromTheRowOfTheFirstDrawing() {
        var renderer = Renderer(columns: 5)
        let first = renderer.redraw(prompt: "> ", characters: Array("abcdefgh"), cursor: 8)
        #expect(first == "\r\u{1B}[J> abc\r\ndefgh\r\n\r")
        let second = renderer.redraw(prompt: "> ", characters: Array("abcdefgh"), cursor: 0)
        #expect(second == "\u{1B}[2A\r\u{1B}[J> abc\r\ndefgh\r\n\u{1B}[2A\r\u{1B}[2C")
    }

    @Test func finishMovesBelowTheDrawing() {
        var renderer = Renderer(columns: 80)
        _ = renderer.redraw(prompt: "> ", characters: Array("abc"), cursor: 0)
        #expect(renderer.finish(prompt: "> ", characters: Array("abc"), suffix: "^C") == "\r\u{1B}[J> abc\r\u{1B}[5C^C\r\n")
    }

    @Test func promptEscapeSequencesTakeNoColumnAndLineBreaksStartARow() {
        let prompt = "\u{1B}[1;32mTagDesk\u{1B}[0m\n> "
        let layout = Renderer.layout(prompt: prompt, characters: Array("ok"), cursor: 2, columns: 80)
        #expect(layout.rows == ["\u{1B}[1;32mTagDesk\u{1B}[0m", "> ok"])
        #expect(layout.cursor == Renderer.Position(row: 1, column: 4))
        #expect(Renderer.plainPrompt(prompt) == "TagDesk\n> ")
    }

    @Test func candidatesAreListedDownThenAcross() {
        let candidates = ["ministère", "ministre", "mission"]
        #expect(CandidateList.rows(candidates, columns: 80) == ["ministère  ministre   mission"])
        #expect(CandidateList.rows(candidates, columns: 20) == ["ministère  mission", "ministre"])
        #expect(CandidateList.rows(["東京", "京都", "a"], columns: 80) == ["東京  京都  a"])
    }

    @Test func commonPrefixIsCountedInCharacters() {
        #expect(CandidateList.commonPrefix(["ministère", "ministre"]) == "minist")
        #expect(CandidateList.commonPrefix(["Ngoại giao", "Ngoại thương"]) == "Ngoại ")
        #expect(CandidateList.commonPrefix(["abc", "xyz"]) == "")
    }
}
