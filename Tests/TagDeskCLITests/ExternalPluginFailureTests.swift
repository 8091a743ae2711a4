import Foundation
import TagDeskCore
import TagDeskTestSupport
import Testing

/// An external command that misbehaves on one article costs that article its tags from that classifier, with a
/// finding, and nothing else: the other articles and classifiers are classified, nothing hangs, the exit status
/// is 1 and the next pass runs the classifier on that article again. One that fails its handshake or cannot
/// be started is a located rule-file error (status 2).
@Suite struct ExternalPluginFailureTests {
    /// A way to misbehave on the target article and the finding it must end in.
    struct Misbehaviour: Sendable, CustomTestStringConvertible {
        let name: String
        let arguments: [String]
        let kind: String
        let message: String
        var testDescription: String { name }
    }

    static let target = ExternalPluginFixture.target

    static let misbehaviours: [Misbehaviour] = [
        Misbehaviour(name: "crashes", arguments: ["--crash-on", target], kind: "classifier-failed",
                     message: "failed on this article: exited with status 70; it wrote: tagdesk-example-plugin: crashing on \(target) as asked"),
        Misbehaviour(name: "hangs", arguments: ["--hang-on", target], kind: "classifier-failed",
                     message: "failed on this article: no answer in time"),
        Misbehaviour(name: "prints garbage", arguments: ["--garbage-on", target], kind: "classifier-failed",
                     message: "failed on this article: expected {\"type\": \"tags\" or \"error\", \"id\", …}, found '<html>garbage for \(target)</html>'"),
        Misbehaviour(name: "answers a wrong id", arguments: ["--wrong-id-on", target], kind: "classifier-failed",
                     message: "failed on this article: it answered article '\(target)-wrong' to the request for '\(target)'"),
        Misbehaviour(name: "floods standard error", arguments: ["--flood-stderr-on", target], kind: "classifier-failed",
                     message: "failed on this article: wrote over 1048576 bytes to standard error"),
        Misbehaviour(name: "reports an error", arguments: ["--error-on", target], kind: "classifier-failed",
                     message: "reported an error: cannot classify \(target), as asked"),
        Misbehaviour(name: "gives an undeclared label", arguments: ["--undeclared-label-on", target], kind: "refused-tag",
                     message: "'example' gave label 'not-declared', which Rules/example.yaml does not declare; expected one of 'question', 'quote'"),
        Misbehaviour(name: "tags a line it was not sent", arguments: ["--unseen-line-on", target], kind: "refused-tag",
                     message: "'example' gave label 'question' on line "),
    ]

    @Test(arguments: misbehaviours)
    func aCommandFailingOnOneArticleCostsOnlyThatArticlesTags(_ misbehaviour: Misbehaviour) throws {
        let corpus = try ExternalPluginFixture.corpus(arguments: misbehaviour.arguments, settings: ["timeout_ms: 3000"])
        defer { corpus.remove() }

        let result = try TagdeskProcess.run(["classify", "--format", "json"], in: corpus.url, timeout: 120)

        #expect(!result.timedOut)
        #expect(result.status == 1, "\(result)")
        let report = try JSONReport(json: Data(result.stdout.utf8))
        #expect(report.articles.count == corpus.seedIDs.count)
        for article in report.articles {
            let failures = article.findings.filter { $0.kind == "classifier-failed" || $0.kind == "refused-tag" }
            #expect(article.tags["topic"] != nil, "\(article.id): the other classifiers must run")
            if article.id == Self.target {
                #expect(failures.map(\.kind) == [misbehaviour.kind], "\(article.findings)")
                #expect(failures.first?.message.contains(misbehaviour.message) == true, "\(failures)")
                #expect(failures.first?.severity == "error")
                let file = try corpus.decodedTagFile(article.id)
                #expect(file.fingerprints[ExternalPluginFixture.classifier] == nil, "the failed classifier must run again")
                #expect(file.fingerprints["topic"] != nil)
            } else {
                #expect(failures.isEmpty, "\(article.id): \(failures)")
                #expect(try corpus.decodedTagFile(article.id).fingerprints[ExternalPluginFixture.classifier] != nil)
            }
        }
        #expect(report.articles.contains { $0.id != Self.target && !($0.tags[ExternalPluginFixture.classifier] ?? []).isEmpty },
                "no other article got the example plugin's tags")
    }

    @Test func aCommandThatCannotBeStartedIsALocatedRuleFileError() throws {
        let corpus = try ExternalPluginFixture.corpus(command: ["./no-such-plugin", "--flag"])
        defer { corpus.remove() }
        let file = try corpus.readText("Rules/example.yaml")
        let (line, column) = try #require(ExternalPluginFixture.location(of: "['./no-such-plugin'", in: file))

        let result = try TagdeskProcess.run(["classify"], in: corpus.url, timeout: 120)

        #expect(result.status == 2, "\(result)")
        #expect(result.stderr.contains("Rules/example.yaml:\(line):\(column): error: the command failed its handshake: cannot start './no-such-plugin'"),
                "\(result)")
        #expect(try corpus.tagFiles().isEmpty, "nothing is written with a broken rule file")
    }

    @Test func aCommandThatAnswersTheHandshakeWithGarbageIsALocatedRuleFileError() throws {
        let corpus = try ExternalPluginFixture.corpus(arguments: ["--garbage-hello"])
        defer { corpus.remove() }
        let file = try corpus.readText("Rules/example.yaml")
        let (line, column) = try #require(ExternalPluginFixture.location(of: "['", in: file))

        let result = try TagdeskProcess.run(["classify"], in: corpus.url, timeout: 120)

        #expect(result.status == 2, "\(result)")
        #expect(result.stderr.contains("Rules/example.yaml:\(line):\(column): error: the command failed its handshake: expected {\"type\": \"hello\", "
                                       + "\"protocol\": 1, \"name\", \"version\"}, found 'hello? this is not JSON'"), "\(result)")
        #expect(try corpus.tagFiles().isEmpty, "nothing is written with a broken rule file")
    }

    @Test func aDeclaredLabelTheCommandSaysItCannotGiveIsALocatedRuleFileError() throws {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }
        let text = try ExternalPluginFixture.ruleFile().replacingOccurrences(of: "labels:\n", with: "labels:\n  exclamation: {description: x}\n")
        try corpus.write(text, to: "Rules/example.yaml")
        let (line, column) = try #require(ExternalPluginFixture.location(of: "exclamation:", in: text))

        let result = try TagdeskProcess.run(["rules", "lint"], in: corpus.url, timeout: 120)

        #expect(result.status == 1, "\(result)")
        #expect(result.stdout.contains("Rules/example.yaml:\(line):\(column): error: the command 'tagdesk-example-plugin' cannot give label "
                                       + "'exclamation'; it gives 'question', 'quote'"), "\(result)")
    }

    @Test func aCommandThatFailsEveryArticleIsGivenUpAfterABoundedNumberOfRestarts() throws {
        var arguments: [String] = []
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }
        for id in corpus.seedIDs { arguments += ["--crash-on", id] }
        try corpus.write(ExternalPluginFixture.ruleFile(arguments: arguments), to: "Rules/example.yaml")

        let result = try TagdeskProcess.run(["classify", "--format", "json"], in: corpus.url, timeout: 120)

        #expect(result.status == 1, "\(result)")
        let report = try JSONReport(json: Data(result.stdout.utf8))
        let messages = report.articles.flatMap { $0.findings.filter { $0.kind == "classifier-failed" }.map(\.message) }
        #expect(messages.count == corpus.seedIDs.count)
        #expect(messages.filter { $0.contains("this article: exited with status 70") }.count == 3, "\(messages)")
        #expect(messages.filter { $0.contains("not run: the command failed 3 times in a row") }.count == corpus.seedIDs.count - 3, "\(messages)")
        #expect(report.articles.allSatisfy { $0.tags["topic"] != nil })
    }
}
