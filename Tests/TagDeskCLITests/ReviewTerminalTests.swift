import Foundation
import TagDeskTestSupport
import Testing

/// `tagdesk review` on a pseudo-terminal: Tab completion and the history kept across sessions.
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
        #expect(first.waitForOutput { $0.contains("recorded: topic add culture") }, "\(first.output.suffix(300))")
        first.type("quit\r")
        #expect(first.wait() == 0)
        let history = try corpus.readText("seeds/.tagdesk/review-history")
        #expect(history.contains("add topic culture"))

        let second = try TerminalProcess(tagdesk: Self.arguments, in: corpus.url)
        #expect(second.waitForOutput { $0.contains("> ") })
        second.type("\u{1B}[A\u{1B}[A")  // Up, Up: past 'quit' to the 'add' of the first session
        second.type("\r")
        #expect(second.waitForOutput { $0.contains("recorded: topic add culture") }, "\(second.output.suffix(300))")
        second.type("\u{04}")  // Ctrl-D leaves
        #expect(second.wait() == 0)
        #expect(second.output.contains("session: 1 article seen"))
        let decisions = try corpus.readText(ReviewScriptTests.decisionsPath)
        #expect(decisions.components(separatedBy: "label: culture").count == 3, "one 'add topic culture' per session")
    }
}
