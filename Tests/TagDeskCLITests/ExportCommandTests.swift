import Foundation
import TagDeskTestSupport
import Testing

/// `tagdesk export --clean ID…`: the article without its boilerplate lines, the kept lines byte for byte.
@Suite struct ExportCommandTests {
    static let page = """
        Accueil | Monde | Économie | Culture
        Lire aussi : La saison des pluies arrive tôt cette année

        Le train de nuit revient entre Paris et Berlin

        Dix ans après sa suppression, la liaison directe reprend trois fois par semaine, a annoncé la compagnie mardi.
        Les billets pour l’été se sont vendus en quelques jours, selon les deux opérateurs ferroviaires concernés.


        Les voitures-lits ont été rénovées à Vienne et accueillent désormais une soixantaine de passagers chacune.
        Partager : Facebook · X · E-mail

        © 2024 Le Quotidien du Rail. Tous droits réservés.

        """

    @Test func theCleanArticleKeepsItsLinesAndBlankLinesAndDropsTheChrome() throws {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }
        try corpus.write(Self.page, to: "seeds/train.txt")
        let result = try TagdeskProcess.run(["export", "--clean", "train"], in: corpus.url)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == """
            Le train de nuit revient entre Paris et Berlin

            Dix ans après sa suppression, la liaison directe reprend trois fois par semaine, a annoncé la compagnie mardi.
            Les billets pour l’été se sont vendus en quelques jours, selon les deux opérateurs ferroviaires concernés.


            Les voitures-lits ont été rénovées à Vienne et accueillent désormais une soixantaine de passagers chacune.

            """)
        #expect(try corpus.tagFiles().isEmpty)
    }

    @Test func severalArticlesAreHeadedByTheirIDsOrAreJSONLines() throws {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }
        try corpus.write(Self.page, to: "seeds/train.txt")
        let id = try #require(corpus.seedIDs.last)
        let text = try TagdeskProcess.run(["export", "--clean", "train", id], in: corpus.url)
        #expect(text.status == 0, "\(text)")
        #expect(text.stdout.hasPrefix("==> \(id) <==\n"))
        #expect(text.stdout.contains("\n\n==> train <==\nLe train de nuit revient entre Paris et Berlin\n"))
        #expect(!text.stdout.contains("Comment (0)"))
        let lines = try TagdeskProcess.run(["export", "--clean", "--format", "jsonl", "train", id], in: corpus.url)
        #expect(lines.status == 0, "\(lines)")
        let documents = lines.stdout.split(separator: "\n").map { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: String]
        }
        #expect(documents.map { $0?["id"] } == [id, "train"])
        #expect(documents.last??["text"]?.hasPrefix("Le train de nuit revient") == true)
    }

    @Test func withoutCleanOrWithAnUnknownArticleItIsAUsageError() throws {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }
        let id = try #require(corpus.seedIDs.first)
        let unclean = try TagdeskProcess.run(["export", id], in: corpus.url)
        #expect(unclean.status == 2, "\(unclean)")
        #expect(unclean.stderr.contains("--clean"))
        let unknown = try TagdeskProcess.run(["export", "--clean", "no-such-article"], in: corpus.url)
        #expect(unknown.status == 2, "\(unknown)")
        #expect(unknown.stdout.isEmpty)
    }
}
