import Foundation
import TagDeskCore
import Testing

/// How the `page:` model reads a page's layout: sentences cut at links, a story interrupted by a widget, a title
/// carrying its site's name, and lines the corpus repeats that the page reads as text.
@Suite struct PageChromeLayoutTests {
    static let rules = PageChromeTests.rules.replacingOccurrences(of: "after_body: 1,", with: "after_body: 1, between_blocks: 0.4,")

    func chrome(_ text: String, rules: String = Self.rules) throws -> [Int: String] {
        let ruleSet = try PluginFixture.ruleSet(["boilerplate.yaml": rules])
        return ClassificationPass(ruleSet: ruleSet).classify(.init(article: Article(id: "a", text: text))).boilerplate
    }

    @Test func aSentenceCutAtALinkIsReadWithTheLineBeforeIt() throws {
        let page = """
            Accueil | Monde | Économie
            Le ministre de l’Économie a présenté mardi le budget de l’État pour l’année prochaine devant les députés.
            Selon le texte publié par
            le Journal officiel
            , les dépenses de l’État augmenteront de deux pour cent, surtout pour la santé et l’éducation nationale.
            Les syndicats ont salué une hausse modeste mais ont demandé des mesures plus fortes pour les salaires.
            """
        #expect(try chrome(page) == [1: "chrome"])
    }

    @Test func aStoryInterruptedByAWidgetKeepsItsSecondBlock() throws {
        let sentence = "The council voted on Tuesday to keep the harbour open to small boats through the winter months."
        let widget = ["Share this story", "Facebook", "Twitter", "Email", "Advertisement", "Most read",
                      "Watch: seals return", "Weather warning", "Live: council", "Video"]
        let page = (Array(repeating: sentence, count: 4) + widget + Array(repeating: sentence, count: 3)
            + ["Related stories", "Sign up to our newsletter"]).joined(separator: "\n")
        let rules = Self.rules.replacingOccurrences(of: "headline_lines: 4", with: "headline_lines: 4, min_block_words: 50")
        #expect(Set(try chrome(page, rules: rules).keys) == Set(5...14).union([18, 19]))
    }

    @Test func aTitleCarryingItsSiteNameIsAHeadline() throws {
        let page = PageChromeTests.page.replacingOccurrences(
            of: "Fishing town bets on seaweed as cod stocks collapse",
            with: "Fishing town bets on seaweed as cod stocks collapse | Environment | The Northern Courier")
        #expect(try chrome(page)[3] == nil)
        // A menu of as many words is still chrome.
        let menu = PageChromeTests.page.replacingOccurrences(
            of: "Fishing town bets on seaweed as cod stocks collapse", with: "Home | News | Sport | Weather | Culture | Travel")
        #expect(try chrome(menu)[3] == "chrome")
    }

    @Test func aSiteNameIsALink() throws {
        let body = "The government will publish its marine planning guidance in June, and new licences wait until then."
        #expect(try chrome([body, body, "Vietnam.vn"].joined(separator: "\n"))[3] == "chrome")
    }

    @Test func aRepeatedLineThePageReadsAsTextNeedsMoreArticles() throws {
        let rules = Self.rules.replacingOccurrences(
            of: "  chrome:\n", with: "  template:\n    repeated: {min_articles: 2, max_words: 10, min_articles_in_text: 3}\n  chrome:\n")
        let ruleSet = try PluginFixture.ruleSet(["boilerplate.yaml": rules])
        let boilerplate = try #require(ruleSet.classifier(named: "boilerplate"))
        let pass = ClassificationPass(ruleSet: ruleSet)
        func templateLines(copies: Int) -> [Int] {
            let inputs = (0..<copies).map { ClassificationPass.Input(article: Article(id: "\($0)", text: PageChromeTests.page)) }
            var facts = boilerplate.makeFacts()
            boilerplate.merge(inputs.map { pass.collect($0, for: boilerplate, facts: [:]) }, into: &facts)
            let result = pass.classify(inputs[0], facts: ["boilerplate": facts])
            return result.boilerplate.filter { $0.value == "template" }.keys.sorted()
        }
        // In two copies of one story the menu is template, the headline (line 3) is not; in three it is.
        let inTwo = templateLines(copies: 2)
        #expect(inTwo.contains(1) && !inTwo.contains(3))
        #expect(templateLines(copies: 3).contains(3))
    }
}
