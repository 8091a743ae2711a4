@testable import LineEditor
import Testing

extension TerminalTests {
    /// Editing in the middle of French, Vietnamese, Arabic, CJK and emoji text: the line comes back
    /// scalar for scalar, and the cursor lands on the column the display width says.
    @Suite struct MultilingualEditingTests {
        private func expectScalars(_ result: LineReadResult?, _ expected: String, sourceLocation: SourceLocation = #_sourceLocation) {
            guard case .line(let line) = result else {
                Issue.record("expected a line, got \(String(describing: result))", sourceLocation: sourceLocation)
                return
            }
            #expect(Array(line.unicodeScalars) == Array(expected.unicodeScalars), sourceLocation: sourceLocation)
        }

        @Test func frenchWordInsertedInTheMiddle() async throws {
            let harness = try EditorHarness()
            await harness.waitForPrompt()
            harness.type("Le ministère des Affaires à Hanoï" + Keys.control("a") + Keys.repeated(Keys.altF, 4) + " étrangères")
            await harness.expectScreen("> Le ministère des Affaires étrangères à Hanoï", cursorColumn: 38)
            #expect(harness.output.hasSuffix("\r\u{1B}[38C"))
            harness.type(Keys.enter)
            let run = await harness.finish()
            expectScalars(run.results.first, "Le ministère des Affaires étrangères à Hanoï")
        }

        @Test func vietnamesePrecomposedWordInsertedInTheMiddle() async throws {
            let harness = try EditorHarness()
            await harness.waitForPrompt()
            harness.type("Bộ giao" + Keys.repeated(Keys.left, 4) + "Ngoại ")
            await harness.expectScreen("> Bộ Ngoại giao", cursorColumn: 11)
            #expect(harness.output.hasSuffix("\r\u{1B}[11C"))
            harness.type(Keys.enter)
            let run = await harness.finish()
            expectScalars(run.results.first, "Bộ Ngoại giao")
        }

        @Test func vietnameseDecomposedMarksTypedSeparatelyJoinTheirLetter() async throws {
            let harness = try EditorHarness()
            await harness.waitForPrompt()
            harness.type("Bo")
            await harness.expectScreen("> Bo", cursorColumn: 4)
            harness.type("\u{0323}")
            await harness.expectScreen("> Bo\u{0323}", cursorColumn: 4)
            harness.type("\u{0302}")
            await harness.expectScreen("> Bo\u{0323}\u{0302}", cursorColumn: 4)
            harness.type(" Ngoa\u{0323}i giao" + Keys.altB)
            await harness.expectScreen("> Bo\u{0323}\u{0302} Ngoa\u{0323}i giao", cursorColumn: 11)
            harness.type(Keys.left + Keys.left + Keys.backspace)
            await harness.expectScreen("> Bo\u{0323}\u{0302} Ngoi giao", cursorColumn: 8)
            harness.type("a\u{0323}")
            await harness.expectScreen("> Bo\u{0323}\u{0302} Ngoa\u{0323}i giao", cursorColumn: 9)
            harness.type(Keys.enter)
            let run = await harness.finish()
            expectScalars(run.results.first, "Bo\u{0323}\u{0302} Ngoa\u{0323}i giao")
        }

        @Test func arabicWordInsertedInTheMiddleStaysInLogicalOrder() async throws {
            let harness = try EditorHarness()
            await harness.waitForPrompt()
            harness.type("وزارة الخارجية" + Keys.control("a") + Keys.altF + " الشؤون")
            await harness.expectScreen("> وزارة الشؤون الخارجية", cursorColumn: 14)
            #expect(harness.output.hasSuffix("\r\u{1B}[14C"))
            harness.type(Keys.enter)
            let run = await harness.finish()
            expectScalars(run.results.first, "وزارة الشؤون الخارجية")
        }

        @Test func arabicHarakatMoveAndDeleteWithTheirLetter() async throws {
            let harness = try EditorHarness()
            await harness.waitForPrompt()
            harness.type("مُؤْتَمَر" + Keys.left + Keys.left)
            await harness.expectScreen("> مُؤْتَمَر", cursorColumn: 5)
            harness.type(Keys.backspace)
            await harness.expectScreen("> مُؤْمَر", cursorColumn: 4)
            harness.type(Keys.enter)
            let run = await harness.finish()
            expectScalars(run.results.first, "\u{0645}\u{064F}\u{0624}\u{0652}\u{0645}\u{064E}\u{0631}")
        }

        @Test func wideCharactersTakeTwoColumnsEach() async throws {
            let harness = try EditorHarness()
            await harness.waitForPrompt()
            harness.type("東京" + Keys.left)
            await harness.expectScreen("> 東京", cursorColumn: 4)
            harness.type("の")
            await harness.expectScreen("> 東の京", cursorColumn: 6)
            harness.type(Keys.enter)
            let run = await harness.finish()
            expectScalars(run.results.first, "東の京")
        }

        @Test func anEmojiSequenceIsOneClusterTwoColumnsWide() async throws {
            let harness = try EditorHarness()
            await harness.waitForPrompt()
            harness.type("👩‍👩‍👧 ok" + Keys.home + Keys.right)
            await harness.expectScreen("> 👩‍👩‍👧 ok", cursorColumn: 4)
            harness.type("!")
            await harness.expectScreen("> 👩‍👩‍👧! ok", cursorColumn: 5)
            harness.type(Keys.left + Keys.backspace)
            await harness.expectScreen("> ! ok", cursorColumn: 2)
            harness.type(Keys.enter)
            let run = await harness.finish()
            expectScalars(run.results.first, "! ok")
        }
    }
}
