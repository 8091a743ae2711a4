@testable import TagDeskCore
import Testing

/// The escaping rules of the document formats, on text no corpus article needs to hold.
@Suite struct ReportDocumentTests {
    @Test func githubEscapesPercentAndLineBreaksInMessagesAndAlsoColonAndCommaInProperties() {
        #expect(GitHubCommands.data("50% done\r\nnext: a, b") == "50%25 done%0D%0Anext: a, b")
        #expect(GitHubCommands.property("50% done\r\nnext: a, b") == "50%25 done%0D%0Anext%3A a%2C b")
    }

    @Test func aMultiLineMessageStaysOneCommand() {
        var check = CheckReport(command: "check")
        check.problems = [CheckProblem(kind: "k", severity: .warning, file: "seeds/a.txt", line: 3, column: 2, message: "one\ntwo")]

        let lines = GitHubCommands.render(check).split(separator: "\n")

        #expect(lines.first == "::warning file=seeds/a.txt,line=3,col=2,title=tagdesk k::one%0Atwo")
        #expect(lines.count == 2)
    }

    @Test func xmlTextEscapesMarkupAndReplacesWhatXMLCannotHold() {
        #expect(XMLText.escaped("a<b & \"c\" 'd'>\n\u{1}é") == "a&lt;b &amp; &quot;c&quot; &apos;d&apos;&gt;&#10;\u{FFFD}é")
    }

    @Test func aNonFiniteNumberIsAReportErrorNotInf() {
        #expect(throws: ReportError.self) { try JSONValue.object(["score": .number(.infinity)]).encoded() }
    }

    @Test func sarifURIsEscapeWhatAPathSegmentCannotHold() {
        #expect(SARIFDocument.uri("seeds/fr/a b:é%.txt") == "seeds/fr/a%20b%3A%C3%A9%25.txt")
    }
}
