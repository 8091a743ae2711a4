import Foundation
import TagDeskCore
import Testing

@Suite struct BoilerplateClassifierTests {
    static let rules = """
        classifier: boilerplate
        plugin: boilerplate
        scope: line
        role: boilerplate
        labels:
          comments:
            after: ['^Comment \\(\\d+\\)$']
          footer:
            patterns: ['^Footer Banner\\b']
          template:
            repeated: {min_articles: 2, max_words: 4}
        """
    static let topic = """
        classifier: region
        plugin: lexicon
        scope: article
        depends_on: [boilerplate]
        labels:
          id:
            terms: [Indonésie]
        """

    @Test func everythingAfterTheCommentWidgetIsBoilerplateAndInvisibleToDependents() throws {
        let ruleSet = try PluginFixture.ruleSet(["boilerplate.yaml": Self.rules, "region.yaml": Self.topic])
        let text = "Le Vietnam et le Laos.\n\nComment (0)\n\nL'Indonésie a tiré 7 coups de canon.\nFooter Banner MBBank"
        let result = ClassificationPass(ruleSet: ruleSet).classify(.init(article: Article(id: "a", text: text)))
        let comments = try #require(result.tags["boilerplate"]?.first { $0.label == "comments" })
        #expect(comments.lines == [LineRange(3, 3), LineRange(5, 6)])
        #expect(result.boilerplateLines == [3, 5, 6])
        #expect(result.tags["region"] == [])
    }

    @Test func shortLinesRepeatedAcrossArticlesAreTemplateChrome() throws {
        let ruleSet = try PluginFixture.ruleSet(["boilerplate.yaml": Self.rules])
        let inputs = [
            "Vietnam.vn - Nền tảng\n\nLe ministère a tenu une conférence.",
            "Vietnam.vn – nền tảng\n\nLa conférence a entendu un rapport.",
            "Un autre site\n\nLe ministère a tenu une conférence.",
        ].enumerated().map { ClassificationPass.Input(article: Article(id: "\($0.offset)", text: $0.element)) }
        let pass = ClassificationPass(ruleSet: ruleSet)
        let boilerplate = try #require(ruleSet.classifier(named: "boilerplate"))
        var facts = boilerplate.makeFacts()
        boilerplate.merge(inputs.map { pass.collect($0, for: boilerplate, facts: [:]) }, into: &facts)
        let corpusFacts = ["boilerplate": facts]
        #expect(inputs.map { pass.classify($0, facts: corpusFacts).boilerplateLines } == [[1], [1], []])
        // Facts survive encoding (the cache) unchanged.
        let decoded = try #require(boilerplate.decodeFacts(boilerplate.encode(facts)))
        #expect(boilerplate.encode(decoded) == boilerplate.encode(facts))
        #expect(pass.classify(inputs[0], facts: ["boilerplate": decoded]).boilerplateLines == [1])
        // Alone, without the corpus, the masthead is not repeated anywhere.
        #expect(pass.classify(inputs[0]).boilerplateLines == [])
    }

    @Test func anArticleThatIsAllBoilerplateGetsANoContentFinding() throws {
        let ruleSet = try PluginFixture.ruleSet(["boilerplate.yaml": Self.rules])
        let result = ClassificationPass(ruleSet: ruleSet).classify(.init(article: Article(id: "a", text: "Footer Banner A\nFooter Banner B\n")))
        #expect(result.findings.map(\.kind) == ["no-content"])
    }

    @Test func aBadRegexNamesItsPatternAndOffset() {
        let problems = PluginFixture.problems(["boilerplate.yaml": Self.rules.replacingOccurrences(of: "'^Footer Banner\\b'", with: "'(Ha'")])
        #expect(problems == ["Rules/boilerplate.yaml:9:16: error: invalid regex '(Ha' at offset 3: missing closing parenthesis"])
    }
}
