import Foundation
import TagDeskCore
import TagDeskTestSupport
import Testing

/// A rule file with `plugin: external` makes any program a classifier: the Swift example plugin's tags reach tag
/// files and JSON as a built-in plugin's do, it never sees boilerplate, people's decisions apply to its tags,
/// its announced version is part of its fingerprint, and its examples run like any other.
@Suite struct ExternalPluginTests {
    @Test func itsTagsWithEvidenceReachTheTagFilesAndJSONAsABuiltInPluginsDo() throws {
        let record = FileManager.default.temporaryDirectory.appendingPathComponent("tagdesk-example-\(UUID().uuidString).jsonl")
        defer { try? FileManager.default.removeItem(at: record) }
        let corpus = try ExternalPluginFixture.corpus(arguments: ["--record", record.path])
        defer { corpus.remove() }

        let result = try TagdeskProcess.run(["classify", "--format", "json"], in: corpus.url)

        #expect(result.status == 0, "\(result)")
        let report = try JSONReport(json: Data(result.stdout.utf8))
        #expect(report.articles.count == corpus.seedIDs.count)
        var evidenced = 0
        for article in report.articles {
            let tags = try article.tags(ExternalPluginFixture.classifier)
            let file = try corpus.decodedTagFile(article.id)
            let stored = try #require(file.tags[ExternalPluginFixture.classifier], "\(article.id)")
            #expect(stored.map(\.label) == tags.map(\.label), "\(article.id)")
            #expect(stored.map { Set(($0.lines ?? []).flatMap { Array($0.lines) }) } == tags.map(\.lineNumbers), "\(article.id)")
            #expect(stored.map { $0.evidence.map { JSONReport.Evidence(line: $0.line, text: $0.text) } } == tags.map(\.evidence), "\(article.id)")
            #expect(file.fingerprints[ExternalPluginFixture.classifier] != nil)
            // The same keys as the tags of a built-in classifier that gives evidence and lines.
            if let builtIn = article.tags["tone"]?.first(where: { !$0.evidence.isEmpty }), let tag = tags.first {
                #expect(tag.keys.subtracting(["more_evidence"]) == builtIn.keys.subtracting(["more_evidence"]))
            }
            for tag in tags {
                #expect(tag.source == "rules")
                #expect(!tag.evidence.isEmpty)
                #expect(tag.evidence.allSatisfy { tag.lineNumbers.contains($0.line) })
                #expect(tag.lineNumbers.isDisjoint(with: article.boilerplateLines), "\(article.id)")
                evidenced += 1
            }
        }
        #expect(evidenced >= 2, "the example plugin tagged fewer than two lines of the seeds: \(result.stdout)")

        // What it was sent: one request per article as the protocol's schema says, with no boilerplate line, no blank line.
        let recorded = try String(contentsOf: record, encoding: .utf8).split(separator: "\n")
        let protocolSchema = try JSONSchemaValidator(schema: JSONValue(json: Data(contentsOf: RepositoryRoot.url
            .appendingPathComponent("schema/tagdesk-external-plugin.schema.json"))))
        for line in recorded { #expect(protocolSchema.problems(in: try JSONValue(json: Data(line.utf8))) == [], "\(line.prefix(200))") }
        let requests = try recorded.map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
        #expect(Set(requests.compactMap { $0["id"] as? String }) == Set(corpus.seedIDs))
        #expect(report.articles.contains { !$0.boilerplateLines.isEmpty }, "no seed has boilerplate to hide")
        for request in requests {
            let id = try #require(request["id"] as? String)
            let article = try report.article(id)
            let lines = try #require(request["lines"] as? [[String: Any]])
            let sent = Set(lines.compactMap { $0["n"] as? Int })
            #expect(!sent.isEmpty)
            #expect(sent.isDisjoint(with: article.boilerplateLines), "\(id): boilerplate lines were sent")
            #expect(lines.allSatisfy { !(($0["text"] as? String) ?? "").trimmingCharacters(in: .whitespaces).isEmpty })
            #expect(request["language"] as? String == article.language)
            let prior = try #require(request["prior_tags"] as? [String: Any])
            #expect(Set(prior.keys) == ["boilerplate", "language"])
        }
    }

    @Test func aPersonsDecisionAppliesToItsTags() throws {
        let corpus = try ExternalPluginFixture.corpus()
        defer { corpus.remove() }
        let first = try TagdeskProcess.run(["classify", "--format", "json"], in: corpus.url)
        try #require(first.status == 0, "\(first)")
        let report = try JSONReport(json: Data(first.stdout.utf8))
        let tagged = try #require(report.articles.first { ($0.tags[ExternalPluginFixture.classifier] ?? []).count > 0 })
        let label = try #require(tagged.tags[ExternalPluginFixture.classifier]?.first?.label)
        try corpus.write("article: \(tagged.id)\ndecisions:\n- {classifier: example, action: remove, label: \(label), by: alice}\n",
                         to: "seeds/\(tagged.id).decisions.yaml")

        let second = try TagdeskProcess.run(["classify"], in: corpus.url)

        #expect(second.status == 0, "\(second)")
        let file = try corpus.decodedTagFile(tagged.id)
        #expect(file.tags[ExternalPluginFixture.classifier]?.contains { $0.label == label } == false)
        #expect(file.findings.contains { $0.kind == "human-disagreement" && $0.message.hasPrefix("example: rules give '\(label)'") },
                "\(file.findings)")
    }

    @Test func changingItsAnnouncedVersionMakesOnlyItsTagsStale() throws {
        let corpus = try ExternalPluginFixture.corpus()
        defer { corpus.remove() }
        let first = try TagdeskProcess.run(["classify"], in: corpus.url)
        try #require(first.status == 0, "\(first)")
        let before = try corpus.decodedTagFile(ExternalPluginFixture.target).fingerprints

        let same = try TagdeskProcess.run(["classify", "--format", "json"], in: corpus.url)
        let second = try TagdeskProcess.run(["classify", "--format", "json"], in: corpus.url,
                                            environment: ["TAGDESK_EXAMPLE_VERSION": "2.0.0"])

        #expect(same.status == 0 && second.status == 0, "\(same)\n\(second)")
        #expect(try Self.states(same) == Array(repeating: "fresh", count: corpus.seedIDs.count), "\(same)")
        #expect(try Self.states(second) == Array(repeating: "partly", count: corpus.seedIDs.count), "\(second)")
        for id in corpus.seedIDs {
            let after = try corpus.decodedTagFile(id).fingerprints
            #expect(after.keys.sorted() == before.keys.sorted())
            for (name, fingerprint) in before where id == ExternalPluginFixture.target {
                if name == ExternalPluginFixture.classifier { #expect(after[name] != fingerprint) } else { #expect(after[name] == fingerprint, "\(name)") }
            }
        }
    }

    /// The `state` of every article of a JSON report, in report order.
    static func states(_ result: ProcessResult) throws -> [String] {
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let articles = try #require(document["articles"] as? [[String: Any]])
        return articles.map { $0["state"] as? String ?? "" }
    }

    @Test func theOutputDoesNotDependOnTheNumberOfWorkers() throws {
        var reports: [String] = []
        for workers in [1, 3] {
            let corpus = try ExternalPluginFixture.corpus(settings: ["workers: \(workers)"])
            defer { corpus.remove() }
            try corpus.addVariants(4)
            let result = try TagdeskProcess.run(["classify", "--format", "json"], in: corpus.url)
            #expect(result.status == 0, "\(result)")
            reports.append(result.stdout)
        }
        #expect(reports[0].contains("\"example\""))
        #expect(reports[0] == reports[1])
    }

    @Test func itsExamplesRunThroughTheCommand() throws {
        let corpus = try ExternalPluginFixture.corpus()
        defer { corpus.remove() }
        let passing = try TagdeskProcess.run(["rules", "test", "Rules/example.yaml"], in: corpus.url)
        #expect(passing.status == 0, "\(passing)")
        #expect(passing.stdoutLines.last == "2 examples, 0 failed", "\(passing)")

        let text = try ExternalPluginFixture.ruleFile().replacingOccurrences(of: "Who decided this?", with: "Nobody decided this.")
        try corpus.write(text, to: "Rules/example.yaml")
        let failing = try TagdeskProcess.run(["rules", "test", "Rules/example.yaml"], in: corpus.url)
        #expect(failing.status == 1, "\(failing)")
        #expect(failing.stdout.contains("example of 'example' failed"), "\(failing)")
    }

    @Test func theProfileShowsTheTimeOfTheExternalClassifier() throws {
        let corpus = try ExternalPluginFixture.corpus()
        defer { corpus.remove() }
        let result = try TagdeskProcess.run(["classify", "--profile"], in: corpus.url)
        #expect(result.status == 0, "\(result)")
        #expect(result.stderrLines.contains { $0.hasPrefix("classify: example ") }, "\(result)")
    }
}
