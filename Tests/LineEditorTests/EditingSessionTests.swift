@testable import LineEditor
import Testing

@Suite struct EditingSessionTests {
    private func session(history: [String] = [], completion: LineEditor.Completion? = nil) -> EditingSession {
        EditingSession(prompt: "> ", history: history, completion: completion)
    }

    private func press(_ keys: [Key], in session: inout EditingSession) -> [EditingSession.Outcome] {
        keys.map { session.handle($0) }
    }

    @Test func completionReplacesOnlyTheWordBeforeTheCursor() {
        var editing = session { line, cursor in
            #expect(line == "voir mini plus")
            #expect(cursor == 9)
            return ["ministère"]
        }
        _ = press([.text("voir mini plus"), .wordLeft, .left], in: &editing)
        let completed = editing.handle(.tab)
        #expect(completed == .redraw)
        #expect(editing.buffer.text == "voir ministère plus")
        #expect(editing.buffer.cursor == 15)
    }

    @Test func ambiguousCompletionRingsThenListsOnTheSecondTab() {
        var editing = session { _, _ in ["ministère", "ministre", "mission"] }
        _ = editing.handle(.text("mi"))
        let firstTab = editing.handle(.tab)
        #expect(firstTab == .bell)
        let secondTab = editing.handle(.tab)
        #expect(secondTab == .list(["ministère", "ministre", "mission"]))
        #expect(editing.buffer.text == "mi")
    }

    @Test func noCompletionOrNoCandidatesRings() {
        var without = session()
        let withoutCompletion = without.handle(.tab)
        #expect(withoutCompletion == .bell)
        var empty = session { _, _ in [] }
        let withoutCandidates = empty.handle(.tab)
        #expect(withoutCandidates == .bell)
    }

    @Test func editsToRecalledLinesSurviveMovingThroughHistory() {
        var editing = session(history: ["un", "deux"])
        _ = press([.text("trois"), .up, .text("!"), .up, .down], in: &editing)
        #expect(editing.buffer.text == "deux!")
        _ = editing.handle(.down)
        #expect(editing.buffer.text == "trois")
    }

    @Test func searchShowsTheMatchAndCtrlGRestoresTheLine() {
        var editing = session(history: ["git status", "make test"])
        _ = press([.text("brouillon"), .control("r"), .text("sta")], in: &editing)
        #expect(editing.display == EditingSession.Display(
            prompt: "(reverse-i-search)`sta': ", characters: Array("git status"), cursor: 4))
        _ = editing.handle(.control("g"))
        #expect(editing.display == EditingSession.Display(prompt: "> ", characters: Array("brouillon"), cursor: 9))
    }

    @Test func anEditingKeyEndsTheSearchAndActsOnTheMatch() {
        var editing = session(history: ["git status", "make test"])
        _ = press([.control("r"), .text("make"), .control("e"), .text("s")], in: &editing)
        #expect(!editing.isSearching)
        #expect(editing.buffer.text == "make tests")
    }

    @Test func yankInsertsTheLatestKill() {
        var editing = session()
        _ = press([.text("alpha beta"), .control("w"), .control("a"), .control("y")], in: &editing)
        #expect(editing.buffer.text == "betaalpha ")
    }

    @Test func ctrlDEndsInputOnlyOnAnEmptyLine() {
        var editing = session()
        _ = press([.text("ab"), .home], in: &editing)
        #expect(editing.handle(.control("d")) == .redraw)
        #expect(editing.buffer.text == "b")
        _ = editing.handle(.control("d"))
        #expect(editing.handle(.control("d")) == .endOfInput)
    }
}
