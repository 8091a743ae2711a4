@testable import LineEditor
import Testing

extension TerminalTests {
    @Suite struct EditingKeyTests {
        @Test func typedTextIsEchoedAndReturned() async throws {
            let harness = try EditorHarness()
            await harness.waitForPrompt()
            harness.type("hello")
            await harness.expectScreen("> hello", cursorColumn: 7)
            harness.type(Keys.enter)
            let run = await harness.finish()
            #expect(run.results == [.line("hello")])
            let screen = harness.screen
            #expect(screen.lines == ["> hello"])
            #expect(screen.cursor == TerminalScreen.Position(row: 1, column: 0))
        }

        @Test func arrowKeysMoveTheCursorForInsertionInTheMiddle() async throws {
            let harness = try EditorHarness()
            await harness.waitForPrompt()
            harness.type("helo" + Keys.left)
            await harness.expectScreen("> helo", cursorColumn: 5)
            harness.type("l" + Keys.left + Keys.left + Keys.right)
            await harness.expectScreen("> hello", cursorColumn: 5)
            harness.type(Keys.enter)
            let run = await harness.finish()
            #expect(run.results == [.line("hello")])
        }

        @Test func homeEndAndControlKeysJumpAndStep() async throws {
            let harness = try EditorHarness()
            await harness.waitForPrompt()
            harness.type("monde" + Keys.home + "le ")
            await harness.expectScreen("> le monde", cursorColumn: 5)
            harness.type(Keys.end + "!" + Keys.control("a") + "B" + Keys.control("e") + Keys.control("b") + "?")
            await harness.expectScreen("> Ble monde?!", cursorColumn: 12)
            harness.type(Keys.control("a") + Keys.control("f") + Keys.control("f") + "\u{1B}OH" + "«" + "\u{1B}OF" + "»")
            await harness.expectScreen("> «Ble monde?!»", cursorColumn: 15)
            harness.type(Keys.enter)
            let run = await harness.finish()
            #expect(run.results == [.line("«Ble monde?!»")])
        }

        @Test func altBAndAltFMoveByWord() async throws {
            let harness = try EditorHarness()
            await harness.waitForPrompt()
            harness.type("Le ministère des Affaires" + Keys.altB + Keys.altB)
            await harness.expectScreen("> Le ministère des Affaires", cursorColumn: 15)
            harness.type(Keys.control("a") + Keys.altF + Keys.altF + " public")
            await harness.expectScreen("> Le ministère public des Affaires", cursorColumn: 21)
            harness.type("\u{1B}[1;5D" + Keys.altD)
            await harness.expectScreen("> Le ministère  des Affaires", cursorColumn: 15)
            harness.type(Keys.enter)
            let run = await harness.finish()
            #expect(run.results == [.line("Le ministère  des Affaires")])
        }

        @Test func backspaceDeleteAndTheirControlKeysRemoveCharacters() async throws {
            let harness = try EditorHarness()
            await harness.waitForPrompt()
            harness.type("abcdef" + Keys.backspace + Keys.control("h"))
            await harness.expectScreen("> abcd", cursorColumn: 6)
            harness.type(Keys.home + Keys.delete + Keys.control("d"))
            await harness.expectScreen("> cd", cursorColumn: 2)
            harness.type(Keys.enter)
            let run = await harness.finish()
            #expect(run.results == [.line("cd")])
        }

        @Test func killsAndYankMoveTextAroundAndConsecutiveKillsJoin() async throws {
            let harness = try EditorHarness()
            await harness.waitForPrompt()
            harness.type("alpha beta gamma" + Keys.control("w"))
            await harness.expectScreen("> alpha beta ", cursorColumn: 13)
            harness.type(Keys.control("a") + Keys.control("y") + " ")
            await harness.expectScreen("> gamma alpha beta ", cursorColumn: 8)
            harness.type(Keys.control("k"))
            await harness.expectScreen("> gamma ", cursorColumn: 8)
            harness.type(Keys.control("u") + Keys.control("y") + Keys.control("y"))
            await harness.expectScreen("> gamma alpha beta gamma alpha beta ", cursorColumn: 36)
            harness.type(Keys.enter)
            let run = await harness.finish()
            #expect(run.results == [.line("gamma alpha beta gamma alpha beta ")])
        }

        @Test func ctrlTTransposesCharacters() async throws {
            let harness = try EditorHarness()
            await harness.waitForPrompt()
            harness.type("Hnaoï" + Keys.home + Keys.right + Keys.right + Keys.control("t"))
            await harness.expectScreen("> Hanoï", cursorColumn: 5)
            harness.type(Keys.enter)
            let run = await harness.finish()
            #expect(run.results == [.line("Hanoï")])
        }

        @Test func ctrlLClearsTheScreenAndRedrawsTheLine() async throws {
            let harness = try EditorHarness(lineCount: 2)
            await harness.waitForPrompt()
            harness.type("first" + Keys.enter + "abc")
            await harness.expectScreen(row: 1, "> abc", cursorColumn: 5)
            harness.type(Keys.left + Keys.control("l"))
            let screen = await harness.waitForScreen { $0.lines == ["> abc"] && $0.cursor == .init(row: 0, column: 4) }
            #expect(screen.lines == ["> abc"])
            #expect(screen.cursor == TerminalScreen.Position(row: 0, column: 4))
            #expect(harness.output.contains("\u{1B}[H\u{1B}[2J"))
            harness.type(Keys.enter)
            let run = await harness.finish()
            #expect(run.results == [.line("first"), .line("abc")])
        }

        @Test func unknownEscapeSequencesAreIgnored() async throws {
            let harness = try EditorHarness()
            await harness.waitForPrompt()
            harness.type("a\u{1B}[15~\u{1B}OP\u{1B}[1;2Q\u{1B}[?1;2c\u{1B}[200~b\u{1B}[201~\u{1B}[Z")
            await harness.expectScreen("> ab", cursorColumn: 4)
            harness.type(Keys.enter)
            let run = await harness.finish()
            #expect(run.results == [.line("ab")])
            #expect(!harness.output.contains("[15~"))
        }

        @Test func pastedTextWithLineBreaksIsReadLineByLine() async throws {
            let harness = try EditorHarness(lineCount: 3)
            await harness.waitForPrompt()
            harness.type("premier\rdeuxième\rtroisième\r")
            let run = await harness.finish()
            #expect(run.results == [.line("premier"), .line("deuxième"), .line("troisième")])
            #expect(harness.screen.lines == ["> premier", "> deuxième", "> troisième"])
        }

        @Test func longLinesWrapAtTheTerminalWidth() async throws {
            let harness = try EditorHarness(columns: 20)
            await harness.waitForPrompt()
            let text = "abcdefghijklmnopqrstuvwxyz0123"
            harness.type(text)
            let screen = await harness.waitForScreen { $0.lines == ["> abcdefghijklmnopqr", "stuvwxyz0123"] }
            #expect(screen.lines == ["> abcdefghijklmnopqr", "stuvwxyz0123"])
            #expect(screen.cursor == TerminalScreen.Position(row: 1, column: 12))
            harness.type(Keys.home + Keys.right)
            await harness.expectScreen("> abcdefghijklmnopqr", cursorColumn: 3)
            harness.type("_" + Keys.end)
            let moved = await harness.waitForScreen { $0.lines == ["> a_bcdefghijklmnopq", "rstuvwxyz0123"] && $0.cursor == .init(row: 1, column: 13) }
            #expect(moved.lines == ["> a_bcdefghijklmnopq", "rstuvwxyz0123"])
            #expect(moved.cursor == TerminalScreen.Position(row: 1, column: 13))
            harness.type(Keys.enter)
            let run = await harness.finish()
            #expect(run.results == [.line("a_" + text.dropFirst())])
            #expect(harness.screen.cursor == TerminalScreen.Position(row: 2, column: 0))
        }

        @Test func wideCharactersWrapWithoutBeingSplit() async throws {
            let harness = try EditorHarness(prompt: "> x", columns: 6)
            await harness.waitForPrompt("> x")
            harness.type("東京東")
            let screen = await harness.waitForScreen { $0.lines == ["> x東", "京東"] }
            #expect(screen.lines == ["> x東", "京東"])
            #expect(screen.cursor == TerminalScreen.Position(row: 1, column: 4))
            harness.type(Keys.enter)
            let run = await harness.finish()
            #expect(run.results == [.line("東京東")])
        }
    }
}
