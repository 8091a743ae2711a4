@testable import LineEditor
import Testing

extension TerminalTests {
    @Suite struct CompletionTests {
        static let words = ["ministère", "ministre", "mission", "Hanoï", "Ngoại giao"]

        static let completion: @Sendable (String, Int) -> [String] = { line, cursor in
            let characters = Array(line)
            var start = cursor
            while start > 0, !characters[start - 1].isWhitespace { start -= 1 }
            let word = String(characters[start..<cursor])
            return words.filter { $0.hasPrefix(word) }
        }

        @Test func tabWithOneCandidateCompletesTheWord() async throws {
            let harness = try EditorHarness(completion: Self.completion)
            await harness.waitForPrompt()
            harness.type("à Han" + Keys.tab)
            await harness.expectScreen("> à Hanoï ", cursorColumn: 10)
            harness.type(Keys.enter)
            let run = await harness.finish()
            #expect(run.results == [.line("à Hanoï ")])
            #expect(harness.screen.bells == 0)
        }

        @Test func tabInTheMiddleOfTheLineCompletesTheWordBeforeTheCursor() async throws {
            let harness = try EditorHarness(completion: Self.completion)
            await harness.waitForPrompt()
            harness.type("Ngo à Hanoï" + Keys.home + Keys.right + Keys.right + Keys.right + Keys.tab)
            await harness.expectScreen("> Ngoại giao à Hanoï", cursorColumn: 13)
            harness.type(Keys.enter)
            let run = await harness.finish()
            #expect(run.results == [.line("Ngoại giao à Hanoï")])
        }

        @Test func tabWithManyCandidatesCompletesTheCommonPrefixThenLists() async throws {
            let harness = try EditorHarness(completion: Self.completion)
            await harness.waitForPrompt()
            harness.type("min" + Keys.tab)
            await harness.expectScreen("> minist", cursorColumn: 8)
            harness.type(Keys.tab)
            let screen = await harness.waitForScreen { $0.lines.count == 3 && $0.cursor == .init(row: 2, column: 8) }
            #expect(screen.lines == ["> minist", "ministère  ministre", "> minist"])
            #expect(screen.cursor == TerminalScreen.Position(row: 2, column: 8))
            harness.type("re" + Keys.enter)
            let run = await harness.finish()
            #expect(run.results == [.line("ministre")])
        }

        @Test func listedCandidatesFillColumnsDownThenAcross() async throws {
            let harness = try EditorHarness(columns: 20, completion: Self.completion)
            await harness.waitForPrompt()
            harness.type("mi" + Keys.tab)
            await harness.waitForScreen { $0.bells == 1 }
            harness.type(Keys.tab)
            let screen = await harness.waitForScreen { $0.lines.count == 4 }
            #expect(screen.lines == ["> mi", "ministère  mission", "ministre", "> mi"])
            #expect(screen.bells == 1)
            harness.type(Keys.enter)
            let run = await harness.finish()
            #expect(run.results == [.line("mi")])
        }

        @Test func tabWithNoCandidateRingsTheBell() async throws {
            let harness = try EditorHarness(completion: Self.completion)
            await harness.waitForPrompt()
            harness.type("xyz" + Keys.tab)
            // The bell and the redraw of the line reach the terminal in either order: wait for both.
            let screen = await harness.waitForScreen { $0.bells == 1 && $0.lines == ["> xyz"] }
            #expect(screen.bells == 1)
            #expect(screen.lines == ["> xyz"])
            harness.type(Keys.enter)
            let run = await harness.finish()
            #expect(run.results == [.line("xyz")])
        }
    }
}
