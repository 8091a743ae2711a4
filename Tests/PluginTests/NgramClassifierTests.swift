import Foundation
import TagDeskCore
import TagDeskPlugins
import TagDeskTestSupport
import Testing

/// The `ngram` plugin with the repository's Rules/language.yaml: sentences in many languages, the seeds' mixed
/// lines, undetermined lines, and rule files it rejects.
@Suite struct NgramClassifierTests {
    static let rules: [String: String] = {
        let folder = RepositoryRoot.url.appendingPathComponent("Rules")
        return Dictionary(uniqueKeysWithValues: ["language.yaml", "boilerplate.yaml"].map { name in
            (name, (try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)) ?? "")
        })
    }()
    static let ruleSet = try? PluginFixture.ruleSet(rules)

    /// The label of each line of `text`, by line number (undetermined lines are absent).
    static func lineLanguages(_ text: String) throws -> [Int: String] {
        let ruleSet = try #require(Self.ruleSet)
        var labels: [Int: String] = [:]
        for tag in PluginFixture.tags(ruleSet, text, classifier: "language") {
            for line in (tag.lines ?? []).flatMap(\.lines) { labels[line] = tag.label }
        }
        return labels
    }

    static let sentences: [(code: String, text: String)] = [
        ("es", "El presidente del Gobierno anunció ayer un nuevo plan de ayudas para las familias afectadas por las inundaciones."),
        ("de", "Nach Angaben der Polizei wurden bei dem Unfall auf der Autobahn drei Menschen schwer verletzt."),
        ("it", "Il sindaco ha annunciato che i lavori di ristrutturazione della piazza cominceranno il mese prossimo."),
        ("pt", "O governo brasileiro anunciou nesta terça-feira novas medidas para combater o desmatamento na Amazônia."),
        ("nl", "De gemeenteraad heeft gisteravond besloten dat het nieuwe zwembad volgend jaar wordt gebouwd."),
        ("pl", "Według prognoz synoptyków w najbliższych dniach w całym kraju będzie padać deszcz ze śniegiem."),
        ("ru", "По словам министра, строительство новой дороги будет завершено до конца следующего года."),
        ("uk", "За словами міністра, будівництво нової дороги буде завершено до кінця наступного року."),
        ("zh", "国家统计局今天发布的数据显示，今年前三个季度国内生产总值同比增长百分之五。"),
        ("ja", "気象庁によりますと、台風は明日の朝にかけて九州地方に接近する見込みです。"),
        ("th", "นายกรัฐมนตรีได้เดินทางไปเยือนประเทศญี่ปุ่นเพื่อหารือเรื่องความร่วมมือทางเศรษฐกิจ"),
        ("km", "នាយករដ្ឋមន្ត្រីបានអញ្ជើញទៅបើកសម្ពោធស្ពានថ្មីនៅខេត្តកំពង់ចាម"),
        ("id", "Presiden meminta para menteri untuk mempercepat pembangunan infrastruktur di wilayah timur Indonesia."),
        ("sv", "Regeringen meddelade på tisdagen att skatten på bensin kommer att sänkas från och med januari."),
        ("cs", "Vláda ve středu schválila návrh zákona, který má zjednodušit podnikání a snížit byrokracii."),
        ("ro", "Potrivit meteorologilor, în weekend vor cădea ninsori abundente în zonele de munte."),
        ("tr", "Belediye başkanı, yeni metro hattının önümüzdeki yıl hizmete gireceğini açıkladı."),
        ("ko", "정부는 내년부터 청년 일자리 지원 사업을 대폭 확대하겠다고 밝혔다."),
        ("fa", "رئیس جمهور در سفر به استان خوزستان از چند طرح عمرانی بازدید کرد."),
        ("hi", "प्रधानमंत्री ने आज राजधानी में एक नए अस्पताल का उद्घाटन किया।"),
        ("vi", "Thủ tướng Chính phủ yêu cầu các bộ, ngành đẩy nhanh tiến độ giải ngân vốn đầu tư công."),
        ("fr", "Selon la préfecture, la circulation restera perturbée jusqu'à la fin de la semaine."),
        ("en", "The government said on Tuesday that fuel taxes would be cut from January."),
        ("ar", "أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في العاصمة."),
    ]

    @Test(arguments: sentences.map { "\($0.code) \($0.text)" })
    func sentenceGetsItsLanguage(_ entry: String) throws {
        let code = String(entry.prefix { $0 != " " })
        let text = String(entry.dropFirst(code.count + 1))
        #expect(try Self.lineLanguages(text)[1] == code, "\(text)")
    }

    @Test func coversAtLeastSixteenLanguages() {
        #expect(Set(Self.sentences.map(\.code)).count >= 16)
    }

    @Test func seedCaptionsKeepTheirLanguage() throws {
        let text = try String(contentsOf: RepositoryRoot.url.appendingPathComponent("seeds/000_54b95f3bc5afc1bd.txt"), encoding: .utf8)
        let labels = try Self.lineLanguages(text)
        #expect(labels[13] == "vi")
        #expect(labels[14] == "fr")
        #expect(labels[3] == "fr")
    }

    @Test func vietnameseWithoutDiacriticsIsNotFrench() throws {
        let label = try Self.lineLanguages("Chu tich Lien hiep cac to chuc huu nghi Viet Nam phat bieu tai Hoi nghi ve cong tac doi ngoai nhan dan")[1]
        #expect(label != "fr" && label != "en")
    }

    @Test func foldingDoesNotMakeVietnameseFrench() throws {
        #expect(try Self.lineLanguages("Lễ kỷ niệm được tổ chức long trọng tại Nhà hát Lớn Hà Nội với sự tham dự của lãnh đạo thành phố")[1] == "vi")
    }

    @Test(arguments: ["Photo : VNA/CVN", "https://www.vietnamplus.vn/hoi-nghi-tong-ket-cong-tac-doi-ngoai-nhan-dan-nam-2025-post1234.vnp",
                      "Nguyễn Phú Trọng, Phan Anh Sơn, Đinh Hòa", "08/07/2025 10:45 GMT+7", "Thời ĐạiThời Đại08/07/2025"])
    func shortLinesNamesAndURLsAreUndetermined(_ line: String) throws {
        #expect(try Self.lineLanguages(line)[1] == nil)
    }

    @Test func aLanguageWithoutProfileIsOther() throws {
        let irish = "Rialtas na hÉireann fógraíodh plean nua chun tacú le feirmeoirí beaga sa tír."
        #expect(try Self.lineLanguages(irish)[1] == "other")
    }

    static let minimal = """
        classifier: language
        plugin: ngram
        scope: line
        role: language
        labels:
          xx:
            script: [Latin]
            profile: " th|the|he "
          yy:
            script: [Latin]
            profile: " le|les|es "
        """

    @Test func unknownScriptIsALocatedError() {
        let problems = PluginFixture.problems(["language.yaml": Self.minimal.replacingOccurrences(of: "script: [Latin]\n    profile: \" th", with: "script: [Latn]\n    profile: \" th")])
        #expect(problems.count == 1 && problems[0].hasPrefix("Rules/language.yaml:7:") && problems[0].contains("'Latin'"), "\(problems)")
    }

    @Test func badTrigramIsALocatedError() {
        let problems = PluginFixture.problems(["language.yaml": Self.minimal.replacingOccurrences(of: "|les|", with: "|less|")])
        #expect(problems == ["Rules/language.yaml:11:14: error: profile of 'yy': 'less' is not a trigram; expected three characters between '|' separators"])
    }

    @Test func labelWithoutScriptIsALocatedError() {
        let problems = PluginFixture.problems(["language.yaml": Self.minimal + "\n  zz:\n    description: none\n"])
        #expect(problems == ["Rules/language.yaml:12:3: error: language 'zz' has no script; expected e.g. 'script: [Latin]' (only the 'other' label has none)"])
    }
}
