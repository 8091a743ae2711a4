import Foundation
import TagDeskCore
import TagDeskPlugins
import TagDeskTestSupport
import Testing

/// Decisions files are checked like rule files: every problem located with a caret, stale and conflicting
/// decisions reported as findings, judged lines followed when the article is edited.
@Suite struct DecisionCheckTests {
    static let ruleSet = Result { try RuleLoader(registry: .builtIn).load(directory: RepositoryRoot.rules, displayPath: "Rules") }
    static let path = "seeds/a.decisions.yaml"
    /// Real seed lines: a Vietnamese masthead, French body text, a Vietnamese byline, a French related-article teaser.
    static let lines = [
        "Vietnam.vn - Nền tảng quảng bá Việt Nam",
        "",
        "Le 8 juillet à Hanoï, l'Union vietnamienne des organisations d'amitié et le ministère des Affaires étrangères ont tenu une conférence.",
        "",
        "Thời ĐạiThời Đại08/07/2025",
        "",
        ">>La diplomatie vietnamienne continue à faire avancer ses trois piliers",
    ]

    static func article(_ lines: [String] = lines) -> Article {
        Article(id: "a", path: "seeds/a.txt", bytes: Array(lines.joined(separator: "\n").utf8))
    }

    static func check(_ yaml: String, article: Article = article()) throws -> DecisionCheck {
        let file = try DecisionsFile(displayPath: path, bytes: Array(yaml.utf8))
        return DecisionCheck(file, articleID: "a", article: article, ruleSet: try ruleSet.get())
    }

    static func headlines(_ check: DecisionCheck) -> [String] { check.diagnostics.map(\.headline) }

    @Test(arguments: [
        ("- {classifier: topic, action: add, label: culture, by: ''}", "3:56: error: empty 'by'; expected the name of the person who decided"),
        ("- {classifier: topic, action: add, label: culture, by: bob, at: yesterday}",
         "3:65: error: 'at' is 'yesterday'; expected an ISO 8601 UTC time such as 2026-11-24T10:00:00Z"),
        ("- {classifier: topic, action: add, label: culture, by: bob, at: 2026-02-30T10:00:00Z}",
         "3:65: error: 'at' is '2026-02-30T10:00:00Z'; expected an ISO 8601 UTC time such as 2026-11-24T10:00:00Z"),
        ("- {classifier: topic, action: add, label: culture, lines: [[1, 1]], by: bob}",
         "3:59: error: 'lines' on a decision of 'topic', which tags whole articles; remove 'lines'"),
        ("- {classifier: boilerplate, action: remove, label: related, lines: [[1, 1000000000]], by: bob}",
         "3:68: error: line 1000000000 is past the end of the article, which has 7 lines"),
        ("- {classifier: topic, action: add, label: culturre, by: bob}",
         "3:43: warning: decision d-"),
        ("- {classifier: tonne, action: add, label: positive, by: bob}",
         "3:16: warning: decision d-"),
    ])
    func problemsAreLocatedAtTheirValue(decision: String, expected: String) throws {
        let result = try Self.check("article: a\ndecisions:\n\(decision)\n")
        #expect(Self.headlines(result).count == 1)
        #expect(Self.headlines(result).first?.hasPrefix("\(Self.path):\(expected)") == true, "\(Self.headlines(result))")
        #expect(result.decisions.isEmpty)
        #expect(result.diagnostics.first?.snippet?.hasSuffix("^") == true)
    }

    @Test func unknownLabelsAndClassifiersNameWhatExists() throws {
        let result = try Self.check("""
            article: a
            decisions:
            - {classifier: topic, action: add, label: culturre, by: bob}
            - {classifier: tonne, action: add, label: positive, by: bob}
            """)
        #expect(!result.hasErrors)
        #expect(result.findings.map(\.kind) == ["stale-decision", "stale-decision"])
        #expect(result.findings[0].message.contains("names unknown topic label 'culturre'; did you mean 'culture'? labels: diplomacy, people-diplomacy, party-state, economy, culture"))
        #expect(result.findings[1].message.contains("names unknown classifier 'tonne'; known classifiers: "))
    }

    @Test func aHugeRangeEndsFastWithAnError() throws {
        let start = ContinuousClock.now
        let result = try Self.check("article: a\ndecisions:\n- {classifier: boilerplate, action: add, label: related, lines: [[1, 1000000000]], by: bob}\n")
        #expect(result.hasErrors)
        // Walking a billion lines one by one takes minutes; the bound is loose so that a loaded machine cannot fail it.
        #expect(ContinuousClock.now - start < .seconds(30))
    }

    @Test func aDecisionsFileOfAnotherArticleIsRefused() throws {
        let result = try Self.check("article: b\ndecisions:\n- {classifier: topic, action: add, label: culture, by: bob}\n")
        #expect(Self.headlines(result) == ["\(Self.path):1:1: error: decisions file is about article 'b', not 'a' (copied from another article?); it was not applied"])
        #expect(result.decisions.isEmpty)
    }

    @Test func aDecisionSpanningTwoLinesInFlowStyleIsRead() throws {
        let result = try Self.check("""
            article: a
            decisions: [{classifier: topic, action: remove, label: diplomacy,
              by: alice, at: 2026-11-24T10:00:00Z, note: "about culture, not diplomacy"}]  # flow style
            """)
        #expect(result.diagnostics.isEmpty)
        #expect(result.decisions.map(\.by) == ["alice"])
        #expect(result.decisions.first?.note == "about culture, not diplomacy")
    }

    @Test func contradictingDecisionsAreAConflictAndTheLaterOneWins() throws {
        let result = try Self.check("""
            article: a
            decisions:
            - {classifier: topic, action: remove, label: culture, by: bob, at: 2026-11-25T09:00:00Z}
            - {classifier: topic, action: add, label: culture, by: alice, at: 2026-11-24T10:00:00Z}
            """)
        #expect(!result.hasErrors)
        #expect(result.findings.map(\.kind) == ["decision-conflict"])
        let message = try #require(result.findings.first?.message)
        #expect(message.contains("alice added 'culture' on 2026-11-24T10:00:00Z"), "\(message)")
        #expect(message.contains("bob removed 'culture' on 2026-11-25T09:00:00Z"), "\(message)")
        #expect(message.hasSuffix("the later decision, by bob, wins"), "\(message)")
        #expect(result.decisions.map(\.by) == ["bob"])
        #expect(Self.headlines(result).first?.hasPrefix("\(Self.path):3:3: warning: topic: alice added") == true, "\(Self.headlines(result))")
    }

    @Test func theLaterDecisionIsTheOneAppliedAndBlamed() throws {
        let check = try Self.check("""
            article: a
            decisions:
            - {classifier: topic, action: add, label: culture, by: alice, at: 2026-11-24T10:00:00Z}
            - {classifier: topic, action: remove, label: culture, by: bob, at: 2026-11-25T09:00:00Z}
            """)
        let result = ClassificationPass(ruleSet: try Self.ruleSet.get())
            .classify(.init(article: Self.article(), decisions: check.decisions, findings: check.findings))
        #expect(result.tags["topic"]?.contains { $0.label == "culture" } == false)
        #expect(!result.findings.contains { $0.kind == "human-disagreement" && $0.message.contains("alice") })
    }

    // MARK: Anchoring

    /// A decision made on `lines` that removes the `related` label from the teaser line 7, anchored there.
    static func anchoredDecision() throws -> String {
        let original = article()
        let anchors = try #require(LineDigest.anchors(of: [LineRange(7, 7)], in: original))
        return """
            article: a
            decisions:
            - {id: d-teaser, classifier: boilerplate, action: remove, label: related, lines: [[7, 7]], by: bob,
               sha256: \(original.sha256), anchors: ["\(anchors[0])"]}

            """
    }

    @Test func insertingLinesAboveReanchorsTheDecision() throws {
        let edited = Self.article(["Une ligne ajoutée.", ""] + Self.lines)
        let result = try Self.check(try Self.anchoredDecision(), article: edited)
        #expect(result.diagnostics.isEmpty, "\(Self.headlines(result))")
        #expect(result.decisions.first?.lines == [LineRange(9, 9)])
        #expect(result.findings.map(\.kind) == ["reanchored-decision"])
        #expect(result.findings.first?.message.contains("now applies to lines 9 (written as 7)") == true)
        let tags = ClassificationPass(ruleSet: try Self.ruleSet.get())
            .classify(.init(article: edited, decisions: result.decisions, findings: result.findings)).tags["boilerplate"] ?? []
        #expect(!tags.contains { $0.label == "related" && $0.lines?.contains { $0.contains(9) } == true })
    }

    @Test func deletingTheJudgedLineMakesTheDecisionStale() throws {
        let edited = Self.article(Array(Self.lines.prefix(5)) + ["", "Une autre ligne, qui n'est pas celle jugée."])
        let result = try Self.check(try Self.anchoredDecision(), article: edited)
        #expect(result.decisions.isEmpty)
        #expect(result.findings.map(\.kind) == ["stale-decision"])
        #expect(result.findings.first?.message.contains("judged lines 7 of an earlier version of the article; their text is no longer in the article") == true)
        #expect(!result.hasErrors)
    }

    @Test func anUnchangedArticleNeedsNoReanchoring() throws {
        let result = try Self.check(try Self.anchoredDecision())
        #expect(result.diagnostics.isEmpty && result.findings.isEmpty)
        #expect(result.decisions.first?.lines == [LineRange(7, 7)])
    }
}
