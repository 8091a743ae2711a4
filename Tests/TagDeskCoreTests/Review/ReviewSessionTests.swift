import Testing
import TagDeskCore

@Suite struct ReviewSessionTests {
    static func add(_ label: String, on article: String) -> ReviewSession.Change {
        ReviewSession.Change(article: article,
                             entry: .decision(HumanDecision(classifier: "topic", action: .add, label: label, by: "alice")),
                             inverse: .decision(HumanDecision(classifier: "topic", action: .remove, label: label, by: "alice")),
                             corrections: [ReviewSession.Correction(classifier: "topic", label: label, kind: .missed)])
    }

    @Test func undoAndRedoGoBackToTheArticleOfTheChange() {
        var session = ReviewSession(queue: ReviewQueue(ids: ["a", "b", "c"]))
        session.record(Self.add("culture", on: "a"))
        session.next()
        session.record(Self.add("health", on: "b"))
        session.next()
        #expect(session.current == "c")

        #expect(session.nextUndo?.article == "b")
        session.didUndo()
        #expect(session.current == "b")
        #expect(session.nextUndo?.article == "a")
        session.didUndo()
        #expect(session.current == "a")
        #expect(session.nextUndo == nil)
        #expect(session.corrections.isEmpty)

        #expect(session.nextRedo?.article == "a")
        session.didRedo()
        session.didRedo()
        #expect(session.current == "b")
        #expect(session.nextRedo == nil)
        #expect(session.corrections[ReviewSession.Correction(classifier: "topic", label: "health", kind: .missed)] == 1)
        #expect(session.changed == ["a", "b"])
    }

    @Test func aNewChangeAfterUndoDropsTheRedo() {
        var session = ReviewSession(queue: ReviewQueue(ids: ["a", "b"]))
        session.record(Self.add("culture", on: "a"))
        session.didUndo()
        #expect(session.nextRedo != nil)
        session.record(Self.add("health", on: "a"))
        #expect(session.nextRedo == nil)
        #expect(session.done.count == 1)
    }

    @Test func walkingStopsAtBothEndsAndGotoLeavesTheQueue() {
        var session = ReviewSession(queue: ReviewQueue(ids: ["a", "b"]))
        let atStart = session.prev()
        let first = session.next()
        let pastEnd = session.next()
        #expect(!atStart && first && !pastEnd)
        #expect(session.current == nil)
        let back = session.prev()
        #expect(back)
        #expect(session.current == "b")
        session.go(to: "z")
        #expect(session.current == "z")
        #expect(session.place == "-/2")
        session.go(to: "a")
        #expect(session.place == "1/2")
        #expect(session.seen == ["a", "b", "z"])
    }

    @Test func theSummaryCountsCorrectionsPerLabel() {
        var session = ReviewSession(queue: ReviewQueue(ids: ["a", "b"]))
        session.record(Self.add("culture", on: "a"))
        session.record(ReviewSession.Change(article: "b", entry: .review(ReviewRecord(review: .accepted, by: "alice")),
                                            inverse: .review(ReviewRecord(review: .reopened, by: "alice"))))
        #expect(session.summary == """
            session: 1 article seen, 1 accepted, 1 changed, 2 changes in force
            accepted: b
            changed: a
            corrections of the rules (of 2 articles reviewed):
              topic culture: missed 1× (50%)

            """)
    }
}
