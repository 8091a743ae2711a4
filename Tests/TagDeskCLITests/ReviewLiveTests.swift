import Foundation
import TagDeskCore
import TagDeskTestSupport
import Testing

/// `tagdesk review` while other things happen: killed mid-session, files changed behind its back, a rule file
/// edited from inside it.
@Suite struct ReviewLiveTests {
    static let id = ReviewScriptTests.id
    static let arguments = ["review", "--order", "id", "--reviewer", "alice"]

    /// A session waiting at its prompt in a classified temporary corpus.
    static func start(_ corpus: TemporaryCorpus, environment: [String: String] = [:]) throws -> BackgroundProcess {
        let process = try BackgroundProcess(tagdesk: arguments + ["--keep-going"], in: corpus.url, logs: corpus.url,
                                            environment: environment, input: true)
        #expect(process.waitForOutput { $0.hasSuffix("> ") }, "no first prompt: \(process.output)")
        return process
    }

    /// Types `command` and waits until its answer is followed by the next prompt.
    static func type(_ command: String, into process: BackgroundProcess) {
        let before = process.output.count
        process.send(command + "\n")
        let answered = process.waitForOutput { output in
            let new = output.dropFirst(before)
            return new.hasPrefix(command + "\n") && new.hasSuffix("> ")
        }
        #expect(answered, "no prompt after '\(command)': \(process.output.suffix(500))")
    }

    @Test func killedMidSessionEveryDecisionEnteredIsOnDiskAndNoFileIsPartial() throws {
        let corpus = try ReviewScriptTests.classifiedCorpus()
        defer { corpus.remove() }
        let process = try Self.start(corpus)
        for command in ["add topic culture", "rm topic diplomacy", "note checked", "next", "add topic health"] {
            Self.type(command, into: process)
        }
        process.send("add topic sport\n")  // may or may not be written: the kill comes at once
        process.kill()
        _ = process.wait()
        let first = try ReviewScriptTests.items(corpus)
        #expect(Array(first.prefix(3)) == [
            "- {classifier: topic, action: add, label: culture, by: alice}",
            "- {classifier: topic, action: remove, label: diplomacy, by: alice}",
            "- {review: note, by: alice, note: checked}",
        ])
        let second = "seeds/001_711c1f60d4ccf35c.decisions.yaml"
        let text = try corpus.readText(second)
        _ = try DecisionsFile(displayPath: second, bytes: Array(text.utf8))
        #expect(text.contains("label: health"))
        let leftovers = try corpus.listing("seeds").filter { !$0.hasSuffix(".txt") && !$0.hasSuffix(".tags.yaml") && !$0.hasSuffix(".decisions.yaml") && $0 != ".tagdesk" }
        #expect(leftovers.isEmpty, "partial files: \(leftovers)")
    }

    @Test func aDecisionWrittenBehindItsBackAndAClassifyDuringTheSessionAreBothKept() throws {
        let corpus = try ReviewScriptTests.classifiedCorpus()
        defer { corpus.remove() }
        let process = try Self.start(corpus)
        Self.type("add topic culture", into: process)
        let decide = try TagdeskProcess.run(["decide", Self.id, "topic", "add", "economy", "--by", "bob"], in: corpus.url)
        #expect(decide.status == 0, "\(decide)")
        let classify = try TagdeskProcess.run(["classify"], in: corpus.url)
        #expect(classify.status == 0, "\(classify)")
        Self.type("rm topic diplomacy", into: process)
        process.send("quit\n")
        let result = process.wait()
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("note: the tag file and decisions file of \(Self.id) changed on disk since it was loaded; reloaded"))
        #expect(try ReviewScriptTests.items(corpus) == [
            "- {classifier: topic, action: add, label: culture, by: alice}",
            "- {classifier: topic, action: add, label: economy, by: bob}",
            "- {classifier: topic, action: remove, label: diplomacy, by: alice}",
        ])
        let again = try TagdeskProcess.run(["classify"], in: corpus.url)
        let tags = try corpus.readText(TemporaryCorpus.tagFilePath(Self.id))
        #expect(again.status == 0 && tags.contains("label: culture") && tags.contains("label: economy") && !tags.contains("label: diplomacy"))
    }

    /// An editor script: `sh editor +LINE FILE`.
    static func editor(_ body: String, in corpus: TemporaryCorpus) throws -> String {
        let path = corpus.url.appendingPathComponent("editor.sh").path
        try ("#!/bin/sh\nline=${1#+}\nfile=$2\n" + body + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return "sh " + path
    }

    @Test func editingATermReclassifiesTheArticleAndImpactCountsTheCorpus() throws {
        let corpus = try ReviewScriptTests.classifiedCorpus()
        defer { corpus.remove() }
        // After the label's line, the first 'terms:' gets one more term.
        let editor = try Self.editor("""
            awk -v n="$line" 'NR>=n && !done && /^    terms:/ {print; print "      - {term: conférence, weight: 9}"; done=1; next} {print}' "$file" > "$file.new" && mv "$file.new" "$file"
            """, in: corpus)
        let result = try ReviewScriptTests.review("edit topic culture\nimpact\nwhy topic culture\nquit\n", in: corpus,
                                                  environment: ["EDITOR": editor])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("rules reloaded: topic changed\n\(Self.id):\n  topic: + culture\n"), "\(result.stdout)")
        #expect(result.stdout.contains("  line 5: conférence  weight 9\n"))
        let diff = try TagdeskProcess.run(["diff"], in: corpus.url)
        #expect(diff.status == 1)
        #expect(result.stdout.contains("> impact\n" + diff.stdout), "impact is what 'tagdesk diff' says: \(diff.stdout)")
        #expect(diff.stdout.contains("+ culture  3 articles: \(Self.id), 001_711c1f60d4ccf35c, 004_0fa58882b31174b2"))
    }

    @Test func aBrokenRuleFileLeavesTheOldRulesInForceWithALocatedMessage() throws {
        let corpus = try ReviewScriptTests.classifiedCorpus()
        defer { corpus.remove() }
        let editor = try Self.editor(#"printf 'labels: [\n' >> "$file""#, in: corpus)
        let result = try ReviewScriptTests.review("edit topic\nwhy topic diplomacy\nquit\n", in: corpus, ["--keep-going"],
                                                  environment: ["VISUAL": editor])
        #expect(result.status == 1)
        #expect(result.stdout.contains(#/Rules/topic\.yaml:\d+:\d+: error: /#), "\(result.stdout)")
        #expect(result.stdout.contains("the rules as they were stay in force"))
        #expect(result.stdout.contains("topic diplomacy: score "), "the old rules still answer")
    }
}
