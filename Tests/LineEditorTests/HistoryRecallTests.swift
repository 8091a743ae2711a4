import Foundation
@testable import LineEditor
import Testing

extension TerminalTests {
    @Suite struct HistoryRecallTests {
        let history: History = {
            var history = History()
            for line in ["git status", "make test", "git commit -m 'Hanoï'"] { history.add(line) }
            return history
        }()

        @Test func upDownAndCtrlPNRecallEarlierLines() async throws {
            let harness = try EditorHarness(lineCount: 3)
            await harness.waitForPrompt()
            harness.type("alpha" + Keys.enter + "beta" + Keys.enter + "brouillon" + Keys.up)
            await harness.expectScreen(row: 2, "> beta", cursorColumn: 6)
            harness.type(Keys.up)
            await harness.expectScreen(row: 2, "> alpha", cursorColumn: 7)
            harness.type(Keys.control("n"))
            await harness.expectScreen(row: 2, "> beta", cursorColumn: 6)
            harness.type(Keys.down)
            await harness.expectScreen(row: 2, "> brouillon", cursorColumn: 11)
            harness.type(Keys.control("p") + Keys.control("p") + Keys.enter)
            let run = await harness.finish()
            #expect(run.results == [.line("alpha"), .line("beta"), .line("alpha")])
            #expect(run.history.entries == ["alpha", "beta", "alpha"])
            #expect(harness.screen.lines == ["> alpha", "> beta", "> alpha"])
        }

        @Test func historySavedByOneSessionIsRecalledInTheNext() async throws {
            let directory = FileManager.default.temporaryDirectory
                .appendingPathComponent("LineEditorTests-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: directory) }
            let file = directory.appendingPathComponent("history")

            let first = try EditorHarness(lineCount: 3, history: try History(contentsOf: file))
            await first.waitForPrompt()
            first.type("Bộ Ngoại giao" + Keys.enter + " mot de passe" + Keys.enter + "東京" + Keys.enter)
            let firstRun = await first.finish()
            #expect(firstRun.results == [.line("Bộ Ngoại giao"), .line(" mot de passe"), .line("東京")])
            try firstRun.history.save(to: file)
            #expect(try String(contentsOf: file, encoding: .utf8) == "Bộ Ngoại giao\n東京\n")

            let second = try EditorHarness(history: try History(contentsOf: file))
            await second.waitForPrompt()
            second.type(Keys.up)
            await second.expectScreen("> 東京", cursorColumn: 6)
            second.type(Keys.up)
            await second.expectScreen("> Bộ Ngoại giao", cursorColumn: 15)
            second.type(Keys.up + Keys.enter)
            let secondRun = await second.finish()
            #expect(secondRun.results == [.line("Bộ Ngoại giao")])
        }

        @Test func ctrlRFindsOlderMatchesAndEnterAcceptsOne() async throws {
            let harness = try EditorHarness(history: history)
            await harness.waitForPrompt()
            harness.type(Keys.control("r") + "git")
            await harness.expectScreen("(reverse-i-search)`git': git commit -m 'Hanoï'", cursorColumn: 25)
            harness.type(Keys.control("r"))
            await harness.expectScreen("(reverse-i-search)`git': git status", cursorColumn: 25)
            harness.type(Keys.control("s"))
            await harness.expectScreen("(i-search)`git': git commit -m 'Hanoï'", cursorColumn: 17)
            harness.type(Keys.control("r") + "s")
            await harness.expectScreen("(failed reverse-i-search)`gits': git status", cursorColumn: 33)
            harness.type(Keys.backspace)
            await harness.expectScreen("(reverse-i-search)`git': git status", cursorColumn: 25)
            harness.type(Keys.enter)
            let run = await harness.finish()
            #expect(run.results == [.line("git status")])
            #expect(harness.screen.lines == ["> git status"])
        }

        @Test func ctrlRMatchWithinALinePutsTheCursorOnIt() async throws {
            let harness = try EditorHarness(history: history)
            await harness.waitForPrompt()
            harness.type(Keys.control("r") + "Hanoï")
            await harness.expectScreen("(reverse-i-search)`Hanoï': git commit -m 'Hanoï'", cursorColumn: 27 + 15)
            harness.type(Keys.right + "X")
            await harness.expectScreen("> git commit -m 'HXanoï'", cursorColumn: 19)
            harness.type(Keys.enter)
            let run = await harness.finish()
            #expect(run.results == [.line("git commit -m 'HXanoï'")])
        }

        @Test func ctrlGAbandonsTheSearchAndRestoresTheLine() async throws {
            let harness = try EditorHarness(history: history)
            await harness.waitForPrompt()
            harness.type("brouillon" + Keys.control("r") + "make")
            await harness.expectScreen("(reverse-i-search)`make': make test", cursorColumn: 26)
            harness.type(Keys.control("g"))
            await harness.expectScreen("> brouillon", cursorColumn: 11)
            harness.type(Keys.enter)
            let run = await harness.finish()
            #expect(run.results == [.line("brouillon")])
        }

        @Test func aSearchWithoutMatchSaysItFailed() async throws {
            let harness = try EditorHarness(history: history)
            await harness.waitForPrompt()
            harness.type(Keys.control("r") + "zzz")
            await harness.expectScreen("(failed reverse-i-search)`zzz': ", cursorColumn: 32)
            harness.type(Keys.control("g") + Keys.enter)
            let run = await harness.finish()
            #expect(run.results == [.line("")])
        }
    }
}
