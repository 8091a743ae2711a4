import Foundation
import TagDeskCore
import TagDeskTestSupport
import Testing

/// Lexicon terms that say how they match: the start of words, their exact spelling, the languages of their lines.
@Suite struct LexiconTermOptionsTests {
    static let rules = """
        classifier: topic
        plugin: lexicon
        scope: article
        multi_label: true
        depends_on: [language]
        labels:
          party:
            accents: keep
            case: keep
            terms: [Đảng, {term: parti, accents: fold, case: fold, languages: [fr]}]
          limits:
            terms: [limit*, "حدود*"]
        """

    static func topics(_ text: String) throws -> [String] {
        func shipped(_ name: String) throws -> String {
            try String(contentsOf: RepositoryRoot.rules.appendingPathComponent(name), encoding: .utf8)
        }
        let ruleSet = try PluginFixture.ruleSet(["topic.yaml": rules, "language.yaml": try shipped("language.yaml"),
                                                 "boilerplate.yaml": try shipped("boilerplate.yaml")])
        return PluginFixture.tags(ruleSet, text, classifier: "topic").map(\.label)
    }

    @Test func aPrefixTermMatchesTheStartOfWordsOnly() throws {
        #expect(try Self.topics("The new limitations on imports were announced on Monday by the ministry.") == ["limits"])
        #expect(try Self.topics("Ils ont dépassé les limites fixées par le gouvernement la semaine dernière.") == ["limits"])
        #expect(try Self.topics("The delimitation of the border was agreed by both countries on Monday.") == [])
    }

    @Test func aTermThatKeepsItsSpellingIsNotItsFoldedHomograph() throws {
        #expect(try Self.topics("Đại hội Đảng lần thứ XIV sẽ diễn ra vào đầu năm tới tại thủ đô.") == ["party"])
        #expect(try Self.topics("Chúng tôi đang chuẩn bị cho chuyến đi dài ngày sắp tới của gia đình.") == [])
    }

    @Test func aTermForSomeLanguagesCountsOnlyOnTheirLines() throws {
        #expect(try Self.topics("Le parti majoritaire a présenté son programme pour les élections municipales.") == ["party"])
        #expect(try Self.topics("Chúng tôi sẽ tổ chức một bữa tiệc nhỏ, gọi là parti, vào cuối tuần này ở nhà.") == [])
    }

    @Test func aPrefixTermCannotKeepItsSpelling() {
        let rules = Self.rules.replacingOccurrences(of: "terms: [limit*", with: "case: keep\n    terms: [limit*")
        #expect(PluginFixture.problems(["topic.yaml": rules]).contains {
            $0.contains("error: term 'limit*' matches the start of words, which is always folded")
        })
    }
}
