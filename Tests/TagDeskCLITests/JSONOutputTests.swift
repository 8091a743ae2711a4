import Foundation
import TagDeskTestSupport
import Testing

/// `tagdesk classify --dry-run --format json`: one JSON document describing every article, read here
/// with `JSONSerialization`. The run is shared by the tests of this suite (see `GoodRun`).
@Suite struct JSONOutputTests {
    static let classifiers = ["article-tone", "boilerplate", "language", "region", "tone", "topic"]
    static let articleScoped = ["article-tone", "region", "topic"]
    static let lineScoped = ["boilerplate", "language", "tone"]

    @Test func outputIsOneJSONDocumentWithOneEntryPerArticle() async throws {
        let data = try await GoodRun.dryRunJSON()
        let root = try JSONSerialization.jsonObject(with: data)
        let object = try #require(root as? [String: Any])
        #expect(object.keys.sorted() == ["articles", "diagnostics", "version"])
        #expect((object["diagnostics"] as? [Any])?.isEmpty == true)

        let report = try JSONReport(json: data)
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }
        #expect(report.articles.map(\.id) == corpus.seedIDs)
        #expect(report.articles.count == 5)
        for article in report.articles {
            #expect(article.keys == ["decision", "findings", "id", "language", "path", "sha256", "state", "tags"])
            #expect(article.path == "seeds/\(article.id).txt")
            #expect(article.findings.filter { $0.severity != "info" } == [])
            #expect(article.tags.keys.sorted() == Self.classifiers)
        }
    }

    @Test func dryRunJSONWritesNoTagFileAndNothingToStandardError() throws {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }

        let result = try TagdeskProcess.run(["classify", "--dry-run", "--format", "json", "003_154074880c2c91e6"],
                                            in: corpus.url)

        #expect(result.status == 0, "\(result)")
        #expect(result.stderr == "")
        #expect(try corpus.tagFiles().isEmpty)
        let report = try JSONReport(json: Data(result.stdout.utf8))
        #expect(report.articles.map(\.id) == ["003_154074880c2c91e6"])
    }

    @Test func sha256IsTheHashOfTheArticleBytes() async throws {
        let report = try await GoodRun.dryRunReport()
        for article in report.articles {
            let bytes = try Data(contentsOf: RepositoryRoot.url.appendingPathComponent(article.path))
            #expect(article.sha256.count == 64)
            #expect(article.sha256.allSatisfy { "0123456789abcdef".contains($0) })
            #expect(article.sha256 == SHA256Hex.digest(bytes), "\(article.id)")
        }
    }

    @Test func languagesOfTheSeeds() async throws {
        let report = try await GoodRun.dryRunReport()
        let languages = Dictionary(uniqueKeysWithValues: report.articles.map { ($0.id, $0.language) })
        #expect(languages == [
            "000_54b95f3bc5afc1bd": "fr",
            "001_711c1f60d4ccf35c": "fr",
            "002_ffea066464eb6e44": "fr",
            "003_154074880c2c91e6": "ar",
            "004_0fa58882b31174b2": "fr",
        ])
    }

    @Test func articleScopedTagsHaveNoLinesAndLineScopedTagsDo() async throws {
        let report = try await GoodRun.dryRunReport()
        for article in report.articles {
            for classifier in Self.articleScoped {
                for tag in try article.tags(classifier) {
                    #expect(tag.keys.subtracting(["more_evidence", "prominence"]) == ["label", "score", "evidence", "source"], "\(article.id) \(classifier) \(tag.label)")
                    #expect(tag.lines == nil)
                }
            }
            for classifier in Self.lineScoped {
                for tag in try article.tags(classifier) {
                    #expect(tag.keys.subtracting(["more_evidence", "prominence"]) == ["label", "score", "lines", "evidence", "source"], "\(article.id) \(classifier) \(tag.label)")
                    #expect(tag.evidence.count <= 8)
                    #expect(tag.lines?.isEmpty == false)
                }
            }
        }
    }

    @Test func everySeedHasATopicAndARegionWithEvidenceOutsideBoilerplate() async throws {
        let report = try await GoodRun.dryRunReport()
        for article in report.articles {
            let boilerplate = article.boilerplateLines
            #expect(!boilerplate.isEmpty, "\(article.id)")
            for classifier in ["region", "topic"] {
                let tags = try article.tags(classifier)
                #expect(!tags.isEmpty, "\(article.id) has no \(classifier) tag")
                for tag in tags {
                    #expect(!tag.evidence.isEmpty, "\(article.id) \(classifier) \(tag.label)")
                    let hidden = tag.evidence.filter { boilerplate.contains($0.line) }
                    #expect(hidden == [], "\(article.id) \(classifier) \(tag.label) has evidence on boilerplate lines")
                    #expect(tag.source == "rules")
                }
            }
        }
    }

    @Test func contentTagsNeverCoverBoilerplateLines() async throws {
        let report = try await GoodRun.dryRunReport()
        for article in report.articles {
            let boilerplate = article.boilerplateLines
            for classifier in ["language", "tone"] {
                for tag in try article.tags(classifier) {
                    #expect(tag.lineNumbers.isDisjoint(with: boilerplate), "\(article.id) \(classifier) \(tag.label)")
                    #expect(tag.evidence.allSatisfy { tag.lineNumbers.contains($0.line) }, "\(article.id) \(classifier) \(tag.label)")
                }
            }
        }
    }

    @Test func evidenceQuotesTheLineItNames() async throws {
        let report = try await GoodRun.dryRunReport()
        for article in report.articles {
            let text = try String(contentsOf: RepositoryRoot.url.appendingPathComponent(article.path), encoding: .utf8)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            for classifier in ["language", "region", "tone", "topic"] {
                for tag in try article.tags(classifier) {
                    for evidence in tag.evidence {
                        let line = try #require(lines.indices.contains(evidence.line - 1) ? lines[evidence.line - 1] : nil,
                                                "\(article.id) evidence on line \(evidence.line) of \(lines.count)")
                        #expect(line.contains(evidence.text), "\(article.id) \(classifier) \(tag.label) line \(evidence.line)")
                    }
                }
            }
        }
    }

    @Test func teaserInSeed002IsBoilerplateAndGivesNoRegion() async throws {
        let article = try await GoodRun.dryRunReport().article("002_ffea066464eb6e44")
        let line71 = try String(contentsOf: RepositoryRoot.url.appendingPathComponent(article.path), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).dropFirst(70).first
        #expect(line71?.hasPrefix("L'Indonésie a tiré 7 coups de canon") == true)
        #expect(article.boilerplateLines.contains(71))
        let regions = try article.tags("region").map(\.label)
        #expect(!regions.contains("ID"))
        // Hanoi and Điện Biên are in Viet Nam; Cambodia is named in the body, once.
        #expect(regions == ["KH", "PS", "VN", "VN-71", "VN-HN"])
    }

    @Test func footerBannersInSeed000AreBoilerplate() async throws {
        let article = try await GoodRun.dryRunReport().article("000_54b95f3bc5afc1bd")
        #expect(Set(74...89).isSubset(of: article.boilerplateLines))
        let banners = try article.tags("boilerplate").filter { !$0.lineNumbers.isDisjoint(with: 74...89) }
        #expect(banners.map(\.label) == ["comments"])
        #expect(try article.tags("topic").map(\.label) == ["diplomacy", "people-diplomacy"])
        #expect(try article.tags("region").map(\.label) == ["VN", "VN-HN"])
    }

    @Test func arabicSeedIsAboutDiplomacyInVietnam() async throws {
        let article = try await GoodRun.dryRunReport().article("003_154074880c2c91e6")
        #expect(article.language == "ar")
        #expect(try article.tags("language").map(\.label) == ["ar"])
        #expect(try article.tags("topic").map(\.label).contains("diplomacy"))
        #expect(try article.tags("region").map(\.label) == ["VN"])
        // Arabic evidence is quoted in Arabic script.
        let diplomacy = try #require(try article.tags("topic").first { $0.label == "diplomacy" })
        #expect(diplomacy.evidence.contains(JSONReport.Evidence(line: 1, text: "وزارة الخارجية")), "\(diplomacy.evidence)")
    }
}
