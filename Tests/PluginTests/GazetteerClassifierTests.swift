import Foundation
import TagDeskCore
import TagDeskPlugins
import TagDeskTestSupport
import Testing

/// The shipped gazetteer (Rules/region.yaml) on the homographs that fool a naive one, and the plugin's checks.
@Suite struct GazetteerClassifierTests {
    static let ruleSet: RuleSet? = try? RuleLoader(registry: .builtIn)
        .load(directory: RepositoryRoot.url.appendingPathComponent("Rules"), displayPath: "Rules")

    func regions(_ text: String) throws -> [String] {
        PluginFixture.tags(try #require(Self.ruleSet), text, classifier: "region").map(\.label)
    }

    @Test(arguments: [
        "Một ngày nọ, y nói rằng mọi việc đều ổn.",                      // y: he, not Ý (Italy)
        "Đây là sự kiện quan trọng nhất trong năm.",                     // nhất: most, not Nhật (Japan)
        "Chủ tịch Phan Anh Sơn phát biểu tại Hội nghị. (Ảnh: Đinh Hòa)", // a seed's caption: Anh, Ảnh
        "Nhân dân hai nước mong muốn hòa bình và hữu nghị.",             // hòa bình: peace, not Hòa Bình
        "Bài viết về đạo đức của ông Nguyễn Minh Đức.",                  // đức: virtue; Đức: a given name
        "Chủ Nhật tuần này trời mưa.",                                    // Sunday, not Japan
        "Les îles de l'océan Indien attirent les touristes.",            // not India
        "The storm crossed the Indian Ocean.",                             // not India
        "أدى المصلون صلاة المغرب في المسجد الكبير.",                     // the sunset prayer, not Morocco
        "Le basketteur Michael Jordan a visité le musée.",                  // a person, not Jordan
        "Selon M. Hollande, la réforme avance.",                           // a person, not the Netherlands
        "Anh cho biết chiếc xe đã được bảo dưỡng.",                        // Anh first in its sentence: he
        "La police a trouvé une grenade dans la voiture.",                 // a weapon, not Grenada
        "وقال إن الوضع المالي للشركة مستقر.",                              // financial, not Mali
    ])
    func homographsAreNoPlace(_ text: String) throws {
        #expect(try regions(text) == [], "\(text)")
    }

    @Test func aCommonWordNameCountsWhereItCanOnlyBeThePlace() throws {
        #expect(try regions("Đội tuyển Anh thắng 2-0.") == ["GB"])
        #expect(try regions("Les Français et les Belges votent dimanche.") == ["BE", "FR"])
    }

    @Test func theLongestNameWins() throws {
        #expect(try regions("Đoàn công tác đến thị xã Lào Cai.") == ["VN", "VN-02"])
        #expect(try regions("Dự án tại thành phố Thủ Đức.") == ["VN", "VN-SG"])
        #expect(try regions("Hợp tác giữa Việt Nam và Lào.") == ["LA", "VN"])
    }

    /// The place the article is about (named in its lead, or nearly as often as the most named place) is
    /// primary, with the places it lies in; a place named once further down is only mentioned.
    @Test func tagsSayWhichPlaceIsPrimaryAndWhichIsOnlyMentioned() throws {
        let text = """
            Le Viet Nam et le Laos renforcent leur coopération

            Le 8 juillet à Hanoï, les deux délégations ont signé un accord sur l'énergie.

            Les ministres vietnamien et laotien ont salué une étape importante pour la région.

            Le Viet Nam exportera de l'électricité vers le Laos dès l'an prochain.

            Un expert venu du Japon a assisté à la cérémonie.
            """
        let tags = PluginFixture.tags(try #require(Self.ruleSet), text, classifier: "region")
        let prominence = Dictionary(uniqueKeysWithValues: tags.map { ($0.label, $0.prominence) })
        #expect(prominence == ["VN": .primary, "VN-HN": .primary, "LA": .primary, "JP": .mentioned], "\(tags)")
    }

    @Test func aSubdivisionIsAMentionOfItsCountry() throws {
        #expect(try regions("Le 8 juillet à Hanoï, une conférence a eu lieu.") == ["VN", "VN-HN"])
        #expect(try regions("Lễ hội diễn ra ở Khánh Hoà.") == ["VN", "VN-34"])
    }

    @Test func anAmbiguousNameNeedsItsPlaceNamedAnotherWay() throws {
        #expect(try regions("وصل الوفد إلى عمان أمس.") == [])
        #expect(try regions("وصل الوفد إلى عمان عاصمة الأردن.") == ["JO"])
        #expect(try regions("زار الوزير مسقط ثم غادر عمان.") == ["OM"])
    }

    @Test func namesMatchInEveryLanguage() throws {
        #expect(try regions("La délégation allemande est arrivée à Pékin.") == ["CN", "DE"])
        #expect(try regions("Tổng thống Mỹ gặp Thủ tướng Đức tại Bắc Kinh.") == ["CN", "DE", "US"])
        #expect(try regions("التقى وزير الخارجية الفرنسي نظيره الروسي.") == ["FR", "RU"])
        let met = try regions("The Japanese and Thai ministers met in Jakarta.")
        #expect(met == ["ID", "JP", "TH"])
    }

    static let rules = """
        classifier: place
        plugin: gazetteer
        scope: article
        multi_label: true
        settings:
          threshold: 1
        labels:
          AA:
            names:
              en: [Aland]
          AA-1:
            part_of: AA-2
            names:
              en: [North]
          AA-2:
            part_of: AA-1
            names:
              en: [South]
          BB:
            part_of: CC
            names:
              en: [Bland, bland]
        examples:
          - text: Aland
            labels: [AA]
        """

    @Test func brokenGazetteersAreLocated() {
        #expect(PluginFixture.problems(["place.yaml": Self.rules]).sorted() == [
            "Rules/place.yaml:11:3: error: 'AA-1' lies, through 'part_of', within itself; expected a hierarchy without cycles",
            "Rules/place.yaml:15:3: error: 'AA-2' lies, through 'part_of', within itself; expected a hierarchy without cycles",
            "Rules/place.yaml:20:14: error: 'BB' is part of 'CC', which is not a place of this file; expected one of its labels",
            "Rules/place.yaml:22:19: error: name 'bland' of 'BB' matches what 'Bland' (line 22) already matches; expected each name once",
        ].sorted())
    }
}
