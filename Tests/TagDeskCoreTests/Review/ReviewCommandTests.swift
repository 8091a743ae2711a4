import Testing
import TagDeskCore

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
