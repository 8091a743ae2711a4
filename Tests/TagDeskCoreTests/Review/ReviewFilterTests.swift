import Testing
import TagDeskCore

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
