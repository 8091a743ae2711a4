import Foundation
import TagDeskCore
import Testing

/// The `page:` signals of the boilerplate plugin: chrome read from one page alone, with a small rule file whose
/// weights make each feature's part visible.
@Suite struct PageChromeTests {
    static let rules = """
        classifier: boilerplate
        plugin: boilerplate
        scope: line
        role: boilerplate
        labels:
          comments:
            after: ['^\\d+ comments$']
          chrome:
            page:
              threshold: 1
              short_words: 10
              body: {min_words: 12, long_words: 25, gap_cost: 8, headline_lines: 4}
              weights: {before_body: 0.8, after_body: 1, headline: -1.5, sentence: -0.6, short: 0.4,
                        no_end_punctuation: 0.3, separators: 0.9, numbers: 0.8, phrase_at_start: 1.2,
                        phrase_anywhere: 0.8, repeated_in_page: 0.6}
              phrases: {at_start: [read more, home], anywhere: [newsletter]}
        """

    static let page = """
        Home | World | Business
        12 min read
        Fishing town bets on seaweed as cod stocks collapse
        By Margaret Ellison
        14 March 2024, 06:00
        When the last trawler of the fleet was sold for scrap in 2019, Alan Pike thought the harbour would fall silent.
        Read more: Why the North Sea cod stock has not recovered
        Five years later the quay is busy again, but the boats are bringing in seaweed instead of cod, he said.
        What happens next
        The government will publish its marine planning guidance in June, and new licences wait until then.
        Sign up to our Coast newsletter and get the best stories of the week in your inbox every Friday morning.
        The island that runs on seaweed
        3 comments
        I have had the old model for three years and the page turns were the only thing that annoyed me.
        """

    func chrome(_ text: String) throws -> [Int: String] {
        let ruleSet = try PluginFixture.ruleSet(["boilerplate.yaml": Self.rules])
        return ClassificationPass(ruleSet: ruleSet).classify(.init(article: Article(id: "a", text: text))).boilerplate
    }

    @Test func aroundTheMainBlockIsChromeButTheHeadlineAndTheSubheadingAreContent() throws {
        let chrome = try chrome(Self.page)
        // Menu, reading time, byline, date; a teaser inside; pitch and teaser after; the comment section from
        // its counter on.
        #expect(chrome == [1: "chrome", 2: "chrome", 4: "chrome", 5: "chrome", 7: "chrome", 11: "chrome",
                           12: "chrome", 13: "comments", 14: "comments"])
    }

    @Test func aShortLineFollowsItsNeighboursWhenTheyAgree() throws {
        let body = "The government will publish its marine planning guidance in June, and new licences wait until then."
        // Between two body lines a short line stays content; between two teasers it is chrome.
        #expect(try chrome([body, "Harbour life", body].joined(separator: "\n")) == [:])
        let teasers = [body, body, "Read more: Cod wars", "Harbour life", "Read more: Kelp ale", body, body]
        #expect(try chrome(teasers.joined(separator: "\n")) == [3: "chrome", 4: "chrome", 5: "chrome"])
    }

    @Test func aTeaserAfterTheStoryGivesNoRegion() throws {
        let region = """
            classifier: region
            plugin: lexicon
            scope: article
            depends_on: [boilerplate]
            labels:
              id:
                terms: [Indonesia]
            """
        let ruleSet = try PluginFixture.ruleSet(["boilerplate.yaml": Self.rules, "region.yaml": region])
        let text = Self.page.replacingOccurrences(of: "The island that runs on seaweed", with: "Seaweed farms of Indonesia")
        let result = ClassificationPass(ruleSet: ruleSet).classify(.init(article: Article(id: "a", text: text)))
        #expect(result.boilerplate[12] == "chrome")
        #expect(result.tags["region"] == [])
    }

    @Test func aLineWithPageSignalsAndAnotherSignalIsRefused() {
        let rules = Self.rules.replacingOccurrences(of: "  chrome:\n", with: "  chrome:\n    patterns: ['^x$']\n")
        #expect(PluginFixture.problems(["boilerplate.yaml": rules]).contains { $0.contains("'page' alone") })
        let unknown = Self.rules.replacingOccurrences(of: "short: 0.4", with: "shortness: 0.4")
        #expect(PluginFixture.problems(["boilerplate.yaml": unknown]).contains { $0.contains("unknown key 'shortness'") })
    }
}
