@testable import LineEditor
import TagDeskTestSupport
import Testing

extension TerminalTests {
    @Suite struct TerminalRestoreTests {
        @Test func rawModeIsOnOnlyWhileReading() async throws {
            let harness = try EditorHarness()
            #expect(harness.initialFlags.isCanonical && harness.initialFlags.echoes)
            await harness.waitForPrompt()
            let whileReading = TerminalFlags(harness.pty.settings)
            #expect(whileReading.isRaw, "\(whileReading)")
            harness.type("ok" + Keys.enter)
            let run = await harness.finish()
            #expect(run.results == [.line("ok")])
            #expect(run.flagsAfterEachLine == [harness.initialFlags])
        }

        @Test func ctrlCInterruptsAndRestoresTheTerminal() async throws {
            let harness = try EditorHarness()
            await harness.waitForPrompt()
            harness.type("abc" + Keys.left + Keys.control("c"))
            let run = await harness.finish()
            #expect(run.results == [.interrupted])
            #expect(run.flagsAfterEachLine == [harness.initialFlags])
            #expect(harness.screen.lines == ["> abc^C"])
            #expect(harness.screen.cursor == TerminalScreen.Position(row: 1, column: 0))
        }

        @Test func ctrlDOnAnEmptyLineEndsInputAndRestoresTheTerminal() async throws {
            let harness = try EditorHarness()
            await harness.waitForPrompt()
            harness.type(Keys.control("d"))
            let run = await harness.finish()
            #expect(run.results == [.endOfInput])
            #expect(run.flagsAfterEachLine == [harness.initialFlags])
            #expect(harness.screen.lines == [">"])
            #expect(harness.screen.cursor == TerminalScreen.Position(row: 1, column: 0))
        }

        @Test func theNextLineAfterAnInterruptionStartsAfresh() async throws {
            let harness = try EditorHarness(lineCount: 2)
            await harness.waitForPrompt()
            harness.type("abandonné" + Keys.control("c") + "repris" + Keys.enter)
            let run = await harness.finish()
            #expect(run.results == [.interrupted, .line("repris")])
            #expect(harness.screen.lines == ["> abandonné^C", "> repris"])
            #expect(run.flagsAfterEachLine == [harness.initialFlags, harness.initialFlags])
        }
    }
}
