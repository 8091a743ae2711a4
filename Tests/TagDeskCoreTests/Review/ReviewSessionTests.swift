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

@Suite struct ReviewFilterTests {
    let vocabulary = ReviewFilter.Vocabulary(labels: ["topic": ["health", "culture"], "language": ["ar", "fr"]])

    @Test func conditionsCombineWithAndOrNot() throws {
        let filter = try ReviewFilter.parse("topic=health, not reviewed or lang=ar", vocabulary: vocabulary)
        #expect(filter.description == "topic=health and not reviewed or lang=ar")
        let health = ReviewFacts(labels: ["topic": ["health"]], state: ReviewState(kind: .unreviewed))
        let reviewedHealth = ReviewFacts(labels: ["topic": ["health"]], state: ReviewState(kind: .reviewed))
        let arabic = ReviewFacts(language: "ar", state: ReviewState(kind: .reviewed))
        #expect(filter.matches(health))
        #expect(!filter.matches(reviewedHealth))
        #expect(filter.matches(arabic))
    }

    @Test(arguments: [
        ("topic=helth", 7, "unknown topic label 'helth'; did you mean 'health'?"),
        ("topic=", 7, "expected a value after 'topic='"),
        ("unreviewed and", 15, "expected a condition"),
        ("(changed", 9, "expected ')' to close the '(' at column 1"),
        ("finding=nope", 9, "unknown finding 'nope'"),
        ("topik=health", 1, "unknown classifier 'topik'; did you mean 'topic'?"),
        ("changed ; x", 9, "unexpected ';'"),
    ])
    func malformedFiltersSayWhere(text: String, column: Int, message: String) {
        #expect {
            _ = try ReviewFilter.parse(text, vocabulary: vocabulary)
        } throws: { error in
            guard let error = error as? ReviewFilter.ParseError else { return false }
            return error.column == column && error.message.hasPrefix(message)
        }
    }
}

@Suite struct ReviewCommandTests {
    let vocabulary = ReviewCommand.Vocabulary(labels: ["topic": ["health", "culture"], "tone": ["negative"]],
                                              articles: ["000_a", "001_b"], boilerplateKinds: ["footer"])

    @Test func tabCompletesCommandsClassifiersAndTheLabelsOfTheClassifierTyped() {
        #expect(ReviewCommand.completions("ac", cursor: 2, vocabulary: vocabulary) == ["accept"])
        #expect(ReviewCommand.completions("add t", cursor: 5, vocabulary: vocabulary) == ["tone", "topic"])
        #expect(ReviewCommand.completions("add topic c", cursor: 11, vocabulary: vocabulary) == ["culture"])
        #expect(ReviewCommand.completions("set topic health ", cursor: 17, vocabulary: vocabulary) == ["culture", "health"])
        #expect(ReviewCommand.completions("goto 000", cursor: 8, vocabulary: vocabulary) == ["000_a"])
    }

    @Test func unknownCommandsGetADidYouMean() {
        #expect(throws: ReviewCommand.ParseError(description: "unknown command 'acept'; did you mean 'accept'? type 'help' for the list")) {
            _ = try ReviewCommand.parse("acept")
        }
        #expect(throws: ReviewCommand.ParseError(description: "usage: add CLASSIFIER LABEL [LINES]")) {
            _ = try ReviewCommand.parse("add topic")
        }
    }

    @Test func textArgumentsKeepTheRestOfTheLine() throws {
        let parsed = try #require(try ReviewCommand.parse("note  vérifié avec  la rédaction "))
        #expect(parsed.arguments == ["vérifié avec  la rédaction"])
    }
}
