import TagDeskCore
import Testing

/// Adding a decision to a decisions file keeps every byte and every decision already there, or refuses; the
/// inputs are those fuzzing found (`Scripts/fuzz.sh`, target `decisions-file`), minimised.
@Suite struct DecisionsFileAppendingTests {
    static let added = HumanDecision(classifier: "topic", action: .add, label: "health", by: "fuzz")

    /// The decisions read from `bytes`, or the first diagnostic's message.
    private func decisions(_ bytes: [UInt8]) -> Result<[HumanDecision], DiagnosticList> {
        Result { () throws(DiagnosticList) in try DecisionsFile(displayPath: "a.decisions.yaml", bytes: bytes).entries.map(\.decision) }
    }

    private func appending(to text: String) throws(Diagnostic) -> [UInt8] {
        try DecisionsFile.appending(Self.added, to: Array(text.utf8), article: "a", displayPath: "a.decisions.yaml")
    }

    /// Fuzz finding: `decisions: []` was taken for a block list (Yams reports a sequence's style from its end
    /// event), so a `- {…}` line went after it and the file no longer read.
    @Test func anEmptyFlowListIsRefusedNotBroken() throws {
        let text = "article: a\ndecisions: []\n"
        #expect(throws: Diagnostic.self) { try appending(to: text) }
    }

    @Test func aFlowListWithDecisionsIsRefusedNotBroken() throws {
        let text = "article: a\ndecisions: [{classifier: topic, action: add, label: sport, by: bob}]\n"
        #expect(throws: Diagnostic.self) { try appending(to: text) }
    }

    @Test(arguments: [
        "article: a\ndecisions:\n- {classifier: topic, action: add, label: sport, by: bob}\n",
        "article: a\ndecisions:\n  - classifier: topic\n    action: add\n    label: sport\n    by: bob",
        "article: a\r\ndecisions:\r\n- {classifier: topic, action: add, label: sport, by: bob}\r\n",
    ])
    func aBlockListKeepsItsDecisionsAndGainsTheNewOne(text: String) throws {
        let before = try decisions(Array(text.utf8)).get()
        let written = try appending(to: text)
        #expect(written.starts(with: Array(text.utf8)))
        #expect(try decisions(written).get() == before + [Self.added])
    }
}
