import Foundation
import TagDeskTestSupport
import Testing

/// `tagdesk review` on a pseudo-terminal: Tab completion, the history kept across sessions, and the screen:
/// colours (none with `NO_COLOR`), wrapping with a hanging indent, Arabic and Vietnamese lines intact.
@Suite struct ReviewTerminalTests {
    static let arguments = ["review", "--order", "id", "--reviewer", "alice"]

    @Test func tabCompletesALabelAndHistoryOutlivesTheSession() throws {
        let corpus = try ReviewScriptTests.classifiedCorpus()
        defer { corpus.remove() }
        let first = try TerminalProcess(tagdesk: Self.arguments, in: corpus.url)
        #expect(first.waitForOutput { $0.contains("\(ReviewScriptTests.id)> ") }, "\(first.output.suffix(300))")
        first.type("add topic cul\t")
        #expect(first.waitForOutput { $0.contains("add topic culture") }, "Tab did not complete the label: \(first.output.suffix(300))")
        first.type("\r")
        #expect(first.waitForOutput(Self.promptAfter("recorded: topic add culture")), "\(first.output.suffix(300))")
        first.type("quit\r")
        #expect(first.wait() == 0)
        let history = try corpus.readText("seeds/.tagdesk/review-history")
        #expect(history.contains("add topic culture"))

        let second = try TerminalProcess(tagdesk: Self.arguments, in: corpus.url)
        #expect(second.waitForOutput { $0.contains("\(ReviewScriptTests.id)> ") }, "\(second.output.suffix(300))")
        second.type("\u{1B}[A\u{1B}[A")  // Up, Up: past 'quit' to the 'add' of the first session
        second.type("\r")
        #expect(second.waitForOutput(Self.promptAfter("recorded: topic add culture")), "\(second.output.suffix(300))")
        second.type("\u{04}")  // Ctrl-D leaves
        #expect(second.wait() == 0)
        #expect(second.output.contains("session: 1 article seen"))
        let decisions = try corpus.readText(ReviewScriptTests.decisionsPath)
        #expect(decisions.components(separatedBy: "label: culture").count == 3, "one 'add topic culture' per session")
    }

    /// True once `marker` is on the screen and the prompt is drawn again after it: keys typed before that may
    /// reach the terminal while the program is not reading.
    static func promptAfter(_ marker: String) -> (String) -> Bool {
        { output in output.range(of: marker, options: .backwards).map { output[$0.upperBound...].contains("> ") } ?? false }
    }

    /// A Select Graphic Rendition sequence: a colour or a text style.
    static func hasColour(_ text: String) -> Bool {
        text.range(of: "\u{1B}\\[[0-9;]*m", options: .regularExpression) != nil
    }

    @Test(arguments: [false, true])
    func theScreenWrapsUnderTheGutterAndKeepsArabicAndVietnameseIntact(noColor: Bool) throws {
        let corpus = try ReviewScriptTests.classifiedCorpus()
        defer { corpus.remove() }
        let review = try TerminalProcess(tagdesk: Self.arguments, in: corpus.url, columns: 60,
                                         environment: noColor ? ["NO_COLOR": "1"] : [:])
        #expect(review.waitForOutput { $0.contains("\(ReviewScriptTests.id)> ") }, "\(review.output.suffix(300))")
        let french = review.output
        review.type("goto 003_154074880c2c91e6\r")
        #expect(review.waitForOutput { $0.contains("003_154074880c2c91e6> ") }, "\(review.output.suffix(300))")
        let arabic = String(review.output.dropFirst(french.count))
        review.type("quit\r")
        #expect(review.wait() == 0)

        #expect(Self.hasColour(french) == !noColor, "colours only on a terminal, none with NO_COLOR")
        let plain = french.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
        let rows = plain.components(separatedBy: "\r\n")
        // Line 3 of the French seed is longer than 60 columns: its next rows start under the gutter.
        let third = try #require(rows.firstIndex { $0.hasPrefix(" 3 ") && $0.contains("L'Union vietnamienne") }, "\(rows)")
        #expect(rows[third + 1].hasPrefix("               │ "), "a hanging indent: \(rows[third + 1])")
        #expect(rows.filter { $0.contains("│") }.allSatisfy { $0.count <= 60 }, "\(rows.filter { $0.count > 60 })")
        // The untranslated Vietnamese caption keeps its tone marks and its words whole, marked as `vi`.
        #expect(plain.contains("Việt Nam Phan Anh Sơn"), "\(plain)")
        #expect(rows.contains { $0.hasPrefix("13 vi") }, "\(rows)")
        // An Arabic line, in logical order, with no mark inserted.
        let arabicPlain = arabic.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
        #expect(arabicPlain.contains("رئيس اتحاد منظمات الصداقة"), "\(arabicPlain.suffix(2000))")
        #expect(!arabicPlain.unicodeScalars.contains { [0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x2066, 0x2067, 0x2069].contains($0.value) })
    }
}
