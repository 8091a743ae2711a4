#!/usr/bin/env python3
"""Writes Rules/language.yaml: per language, its script(s) and, where languages share a script, its most
frequent character trigrams in rank order (the `ngram` plugin's profiles).

Sources: the langdetect package's profiles (Apache-2.0; `pip download langdetect --no-deps`, then unpack, or
`pip install langdetect`) for most languages; fr, en, ar and vi from the bench sample's own text, because
langdetect folds every Vietnamese vowel with marks into one character. The first 100 files of each bench folder
(sorted by name) are kept apart for evaluation and never read here.

    python3 Scripts/language/generate.py [--langdetect DIR] [--bench DIR] > Rules/language.yaml
Needed only to regenerate the rule file, never to build or test.
"""
import argparse
import collections
import glob
import json
import os
import sys
import unicodedata

TRIGRAMS = 300
CORPUS_LANGUAGES = ["fr", "en", "ar", "vi"]
HELD_OUT = 100

# code: (name, scripts, profile source: "langdetect", "corpus" or None when the script alone decides)
LANGUAGES = {
    "bg": ("Bulgarian", ["Cyrillic"], "langdetect"),
    "cs": ("Czech", ["Latin"], "langdetect"),
    "da": ("Danish", ["Latin"], "langdetect"),
    "de": ("German", ["Latin"], "langdetect"),
    "el": ("Greek", ["Greek"], None),
    "en": ("English", ["Latin"], "corpus"),
    "es": ("Spanish", ["Latin"], "langdetect"),
    "et": ("Estonian", ["Latin"], "langdetect"),
    "fi": ("Finnish", ["Latin"], "langdetect"),
    "fr": ("French", ["Latin"], "corpus"),
    "hr": ("Croatian", ["Latin"], "langdetect"),
    "hu": ("Hungarian", ["Latin"], "langdetect"),
    "it": ("Italian", ["Latin"], "langdetect"),
    "lt": ("Lithuanian", ["Latin"], "langdetect"),
    "lv": ("Latvian", ["Latin"], "langdetect"),
    "nl": ("Dutch", ["Latin"], "langdetect"),
    "pl": ("Polish", ["Latin"], "langdetect"),
    "pt": ("Portuguese", ["Latin"], "langdetect"),
    "ro": ("Romanian", ["Latin"], "langdetect"),
    "sk": ("Slovak", ["Latin"], "langdetect"),
    "sl": ("Slovenian", ["Latin"], "langdetect"),
    "sv": ("Swedish", ["Latin"], "langdetect"),
    "ca": ("Catalan", ["Latin"], "langdetect"),
    "no": ("Norwegian", ["Latin"], "langdetect"),
    "id": ("Indonesian", ["Latin"], "langdetect"),
    "tl": ("Tagalog", ["Latin"], "langdetect"),
    "tr": ("Turkish", ["Latin"], "langdetect"),
    "vi": ("Vietnamese", ["Latin"], "corpus"),
    "ru": ("Russian", ["Cyrillic"], "langdetect"),
    "uk": ("Ukrainian", ["Cyrillic"], "langdetect"),
    "mk": ("Macedonian", ["Cyrillic"], "langdetect"),
    "ar": ("Arabic", ["Arabic"], "corpus"),
    "fa": ("Persian", ["Arabic"], "langdetect"),
    "ur": ("Urdu", ["Arabic"], "langdetect"),
    "he": ("Hebrew", ["Hebrew"], None),
    "hi": ("Hindi", ["Devanagari"], "langdetect"),
    "mr": ("Marathi", ["Devanagari"], "langdetect"),
    "ne": ("Nepali", ["Devanagari"], "langdetect"),
    "bn": ("Bengali", ["Bengali"], None),
    "ta": ("Tamil", ["Tamil"], None),
    "th": ("Thai", ["Thai"], None),
    "lo": ("Lao", ["Lao"], None),
    "km": ("Khmer", ["Khmer"], None),
    "my": ("Burmese", ["Myanmar"], None),
    "ka": ("Georgian", ["Georgian"], None),
    "hy": ("Armenian", ["Armenian"], None),
    "ko": ("Korean", ["Hangul"], None),
    "ja": ("Japanese", ["Han", "Hiragana", "Katakana"], None),
    "zh": ("Chinese", ["Han"], None),
}

# Two real sentences per label (news and encyclopedia style); the test suite runs them.
EXAMPLES = {
    "bg": ["Министерството на външните работи организира среща с посланиците на страните от Европейския съюз.",
           "Правителството обяви нови мерки за подкрепа на малкия и средния бизнес в страната."],
    "cs": ["Ministerstvo zahraničních věcí uspořádalo konferenci o výsledcích spolupráce s Vietnamem.",
           "Vláda schválila nový zákon o podpoře malých a středních podniků v celé zemi."],
    "da": ["Udenrigsministeriet holdt en konference om resultaterne af samarbejdet med Vietnam.",
           "Regeringen har vedtaget en ny lov om støtte til små og mellemstore virksomheder."],
    "de": ["Das Auswärtige Amt hat eine Konferenz über die Ergebnisse der Zusammenarbeit mit Vietnam organisiert.",
           "Die Bundesregierung will kleine und mittlere Unternehmen in diesem Jahr stärker unterstützen."],
    "el": ["Το υπουργείο Εξωτερικών οργάνωσε διάσκεψη για τα αποτελέσματα της συνεργασίας με το Βιετνάμ.",
           "Η κυβέρνηση ανακοίνωσε νέα μέτρα για τη στήριξη των μικρών επιχειρήσεων."],
    "en": ["The ministry of foreign affairs held a conference in Hanoi on the results of the year.",
           "Thousands of people gathered in the capital to celebrate the anniversary of the victory."],
    "es": ["El Ministerio de Asuntos Exteriores organizó una conferencia sobre los resultados de la cooperación con Vietnam.",
           "Miles de personas se reunieron en la capital para celebrar el aniversario de la victoria."],
    "et": ["Välisministeerium korraldas konverentsi koostöö tulemustest Vietnamiga.",
           "Valitsus kiitis heaks uue seaduse väikeste ja keskmise suurusega ettevõtete toetamiseks."],
    "fi": ["Ulkoministeriö järjesti konferenssin yhteistyön tuloksista Vietnamin kanssa.",
           "Hallitus hyväksyi uuden lain pienten ja keskisuurten yritysten tukemisesta."],
    "fr": ["Le ministère des Affaires étrangères a organisé une conférence pour examiner le travail effectué.",
           "Des milliers de personnes se sont rassemblées dans la capitale pour célébrer l'anniversaire de la victoire."],
    "hr": ["Ministarstvo vanjskih poslova organiziralo je konferenciju o rezultatima suradnje s Vijetnamom.",
           "Vlada je usvojila novi zakon o potpori malim i srednjim poduzećima u cijeloj zemlji."],
    "hu": ["A külügyminisztérium konferenciát szervezett a Vietnammal folytatott együttműködés eredményeiről.",
           "A kormány új törvényt fogadott el a kis- és középvállalkozások támogatásáról."],
    "it": ["Il ministero degli Affari esteri ha organizzato una conferenza sui risultati della cooperazione con il Vietnam.",
           "Migliaia di persone si sono riunite nella capitale per celebrare l'anniversario della vittoria."],
    "lt": ["Užsienio reikalų ministerija surengė konferenciją apie bendradarbiavimo su Vietnamu rezultatus.",
           "Vyriausybė patvirtino naują įstatymą dėl paramos mažoms ir vidutinėms įmonėms."],
    "lv": ["Ārlietu ministrija rīkoja konferenci par sadarbības rezultātiem ar Vjetnamu.",
           "Valdība pieņēma jaunu likumu par atbalstu mazajiem un vidējiem uzņēmumiem visā valstī."],
    "nl": ["Het ministerie van Buitenlandse Zaken organiseerde een conferentie over de resultaten van de samenwerking met Vietnam.",
           "Duizenden mensen kwamen in de hoofdstad bijeen om de verjaardag van de overwinning te vieren."],
    "pl": ["Ministerstwo Spraw Zagranicznych zorganizowało konferencję na temat wyników współpracy z Wietnamem.",
           "Tysiące ludzi zgromadziło się w stolicy, aby uczcić rocznicę zwycięstwa."],
    "pt": ["O Ministério dos Negócios Estrangeiros organizou uma conferência sobre os resultados da cooperação com o Vietname.",
           "Milhares de pessoas reuniram-se na capital para celebrar o aniversário da vitória."],
    "ro": ["Ministerul Afacerilor Externe a organizat o conferință despre rezultatele cooperării cu Vietnamul.",
           "Mii de oameni s-au adunat în capitală pentru a sărbători aniversarea victoriei."],
    "sk": ["Ministerstvo zahraničných vecí zorganizovalo konferenciu o výsledkoch spolupráce s Vietnamom.",
           "Vláda schválila nový zákon o podpore malých a stredných podnikov na celom území krajiny."],
    "sl": ["Predsednik vlade je povedal, da bodo ukrepi, ki jih je sprejela vlada, začeli veljati že prihodnji teden.",
           "Po besedah ministra bomo letos zgradili tudi nov most, ki bo zelo pomemben za občane."],
    "sv": ["Regeringen meddelade att det inte är säkert att skatten sänks före valet, och oppositionen är kritisk.",
           "Tusentals människor samlades i huvudstaden för att fira årsdagen av segern."],
    "ca": ["El Ministeri d'Afers Exteriors va organitzar una conferència sobre els resultats de la cooperació amb el Vietnam.",
           "Milers de persones es van reunir a la capital per celebrar l'aniversari de la victòria."],
    "no": ["Utenriksdepartementet arrangerte en konferanse om resultatene av samarbeidet med Vietnam.",
           "Regjeringen har vedtatt en ny lov om støtte til små og mellomstore bedrifter i hele landet."],
    "id": ["Kementerian Luar Negeri menyelenggarakan konferensi tentang hasil kerja sama dengan Vietnam.",
           "Ribuan orang berkumpul di ibu kota untuk merayakan ulang tahun kemenangan tersebut."],
    "tl": ["Nagsagawa ang Kagawaran ng Ugnayang Panlabas ng isang kumperensiya tungkol sa mga resulta ng pakikipagtulungan.",
           "Libu-libong tao ang nagtipon sa kabisera upang ipagdiwang ang anibersaryo ng tagumpay."],
    "tr": ["Dışişleri Bakanlığı Vietnam ile işbirliğinin sonuçları hakkında bir konferans düzenledi.",
           "Binlerce kişi zaferin yıldönümünü kutlamak için başkentte toplandı."],
    "vi": ["Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam Phan Anh Sơn phát biểu tại Hội nghị.",
           "Hàng nghìn người đã tập trung tại thủ đô để kỷ niệm ngày chiến thắng."],
    "ru": ["Министерство иностранных дел организовало конференцию, посвящённую результатам сотрудничества с Вьетнамом.",
           "Президент провёл совещание с членами правительства, на котором обсуждались вопросы экономического развития страны."],
    "uk": ["Міністерство закордонних справ організувало конференцію щодо результатів співпраці з В'єтнамом.",
           "Тисячі людей зібралися в столиці, щоб відзначити річницю перемоги."],
    "mk": ["Министерството за надворешни работи организираше конференција за резултатите од соработката со Виетнам.",
           "Владата донесе нов закон за поддршка на малите и средните претпријатија во државата."],
    "ar": ["يساهم في هذا النجاح التنسيق الوثيق بين اتحاد منظمات الصداقة الفيتنامية ووزارة الخارجية",
           "تجمع آلاف الأشخاص في العاصمة للاحتفال بذكرى النصر"],
    "fa": ["وزارت امور خارجه کنفرانسی درباره نتایج همکاری با ویتنام برگزار کرد.",
           "هزاران نفر در پایتخت گرد هم آمدند تا سالگرد پیروزی را جشن بگیرند."],
    "ur": ["وزارت خارجہ نے ویتنام کے ساتھ تعاون کے نتائج پر ایک کانفرنس کا انعقاد کیا۔",
           "ہزاروں لوگ فتح کی سالگرہ منانے کے لیے دارالحکومت میں جمع ہوئے۔"],
    "he": ["משרד החוץ ארגן כנס על תוצאות שיתוף הפעולה עם וייטנאם.",
           "אלפי אנשים התאספו בבירה כדי לחגוג את יום השנה לניצחון."],
    "hi": ["विदेश मंत्रालय ने वियतनाम के साथ सहयोग के परिणामों पर एक सम्मेलन का आयोजन किया।",
           "हजारों लोग जीत की वर्षगांठ मनाने के लिए राजधानी में इकट्ठा हुए।"],
    "mr": ["परराष्ट्र मंत्रालयाने व्हिएतनामसोबतच्या सहकार्याच्या निकालांवर एक परिषद आयोजित केली होती.",
           "विजयाचा वर्धापन दिन साजरा करण्यासाठी हजारो लोक राजधानीत जमले होते."],
    "ne": ["परराष्ट्र मन्त्रालयले भियतनामसँगको सहकार्यको नतिजाबारे एउटा सम्मेलन आयोजना गरेको छ।",
           "विजयको वार्षिकोत्सव मनाउन हजारौं मानिसहरू राजधानीमा भेला भएका छन्।"],
    "bn": ["পররাষ্ট্র মন্ত্রণালয় ভিয়েতনামের সাথে সহযোগিতার ফলাফল নিয়ে একটি সম্মেলনের আয়োজন করেছে।",
           "বিজয়ের বার্ষিকী উদযাপনের জন্য হাজার হাজার মানুষ রাজধানীতে জড়ো হয়েছিল।"],
    "ta": ["வெளியுறவு அமைச்சகம் வியட்நாமுடனான ஒத்துழைப்பின் முடிவுகள் குறித்து ஒரு மாநாட்டை ஏற்பாடு செய்தது.",
           "வெற்றியின் ஆண்டு விழாவைக் கொண்டாட ஆயிரக்கணக்கான மக்கள் தலைநகரில் கூடினர்."],
    "th": ["กระทรวงการต่างประเทศจัดการประชุมเกี่ยวกับผลของความร่วมมือกับเวียดนาม",
           "ประชาชนหลายพันคนรวมตัวกันที่เมืองหลวงเพื่อเฉลิมฉลองวันครบรอบแห่งชัยชนะ"],
    "lo": ["ກະຊວງການຕ່າງປະເທດໄດ້ຈັດກອງປະຊຸມກ່ຽວກັບຜົນຂອງການຮ່ວມມືກັບຫວຽດນາມ",
           "ປະຊາຊົນຫຼາຍພັນຄົນໄດ້ມາເຕົ້າໂຮມກັນຢູ່ນະຄອນຫຼວງເພື່ອສະເຫຼີມສະຫຼອງໄຊຊະນະ"],
    "km": ["ក្រសួងការបរទេសបានរៀបចំសន្និសីទស្តីពីលទ្ធផលនៃកិច្ចសហប្រតិបត្តិការជាមួយវៀតណាម",
           "ប្រជាជនរាប់ពាន់នាក់បានជួបជុំគ្នានៅរាជធានីដើម្បីអបអរខួបនៃជ័យជម្នះ"],
    "my": ["နိုင်ငံခြားရေးဝန်ကြီးဌာနသည် ဗီယက်နမ်နှင့် ပူးပေါင်းဆောင်ရွက်မှုရလဒ်များဆိုင်ရာ ညီလာခံကို ကျင်းပခဲ့သည်။",
           "အောင်ပွဲနှစ်ပတ်လည်ကို ကျင်းပရန် လူထောင်ပေါင်းများစွာ မြို့တော်တွင် စုရုံးခဲ့ကြသည်။"],
    "ka": ["საგარეო საქმეთა სამინისტრომ ვიეტნამთან თანამშრომლობის შედეგებზე კონფერენცია მოაწყო.",
           "ათასობით ადამიანი შეიკრიბა დედაქალაქში გამარჯვების წლისთავის აღსანიშნავად."],
    "hy": ["Արտաքին գործերի նախարարությունը Վիետնամի հետ համագործակցության արդյունքների վերաբերյալ համաժողով է կազմակերպել։",
           "Հազարավոր մարդիկ հավաքվեցին մայրաքաղաքում՝ նշելու հաղթանակի տարեդարձը։"],
    "ko": ["외교부는 베트남과의 협력 결과에 관한 회의를 개최했다.",
           "수천 명의 사람들이 승리 기념일을 축하하기 위해 수도에 모였다."],
    "ja": ["外務省はベトナムとの協力の成果に関する会議を開催した。",
           "数千人が勝利の記念日を祝うために首都に集まった。"],
    "zh": ["外交部举办了关于与越南合作成果的会议。",
           "数千人聚集在首都庆祝胜利纪念日。"],
}
OTHER_EXAMPLES = [  # Welsh: no profile here
    "Mae'r llywodraeth wedi cyhoeddi cynllun newydd i gefnogi ffermwyr yng Nghymru.",
    "Dywedodd y prif weinidog fod angen buddsoddi mwy yn y gwasanaeth iechyd.",
]
UNDETERMINED_EXAMPLES = ["Photo : VNA/CVN", "https://www.vietnamplus.vn/hoi-nghi-tong-ket-cong-tac-doi-ngoai-nhan-dan.vnp", "2025"]


def IGNORED(ch):
    """Arabic short vowels and tatweel: optional, left out of words (as the plugin does)."""
    return "\u064b" <= ch <= "\u065f" or ch in "\u0670\u0640"


def script_of(ch):
    """The first word of the character's Unicode name: LATIN, CYRILLIC, ARABIC, DEVANAGARI, …"""
    name = unicodedata.name(ch, "")
    return name.split(" ")[0] if name else ""


def words(line):
    """The line's words as the plugin sees them: NFC, letters (with their marks) only, lower-cased; all-capital
    abbreviations (VNA, UNESCO) left out."""
    out, word = [], []
    for c in unicodedata.normalize("NFC", line) + " ":
        if IGNORED(c):
            continue
        if unicodedata.category(c)[0] in "LM":
            word.append(c)
        elif word:
            text = "".join(word)
            if not (len(text) > 1 and text.upper() == text and text.lower() != text):
                out.append(unicodedata.normalize("NFC", "".join(ch.lower() for ch in text)))
            word = []
    return out


def letters(line):
    return sum(1 for c in line if unicodedata.category(c)[0] == "L")


def corpus_profile(folder, script):
    counts = collections.Counter()
    files = sorted(glob.glob(os.path.join(folder, "*.txt")))[HELD_OUT:]
    for path in files:
        with open(path, encoding="utf-8", errors="replace") as handle:
            for line in handle:
                if letters(line) < 60:
                    continue
                for word in words(line):
                    padded = " " + word + " "
                    for i in range(len(padded) - 2):
                        counts[padded[i:i + 3]] += 1
    return rank(counts, script)


def langdetect_profile(directory, code, script):
    with open(os.path.join(directory, code), encoding="utf-8") as handle:
        freq = json.load(handle)["freq"]
    counts = collections.Counter()
    for gram, count in freq.items():
        if len(gram) != 3:
            continue
        gram = unicodedata.normalize("NFC", gram.lower())
        if code == "ro":  # langdetect writes comma-below s and t with a cedilla
            gram = gram.replace("\u015f", "\u0219").replace("\u0163", "\u021b")
        if code in ("fa", "ur"):  # and Persian and Urdu yeh as the Arabic one
            gram = gram.replace("\u064a", "\u06cc")
        counts[gram] += count
    return rank(counts, script)


def rank(counts, script):
    wanted = script.upper()
    ranked = []
    for gram, _ in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        if len(gram) != 3 or "|" in gram or gram.count(" ") > 1 and gram != "   ":
            continue
        if gram.strip() == "" or any(c != " " and script_of(c) != wanted and unicodedata.category(c)[0] != "M" for c in gram):
            continue
        if any(c != " " and unicodedata.category(c)[0] not in "LM" or IGNORED(c) for c in gram):
            continue
        ranked.append(gram)
        if len(ranked) == TRIGRAMS:
            break
    return ranked


def quoted(text):
    return json.dumps(text, ensure_ascii=False)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--langdetect", default="/tmp/lang-ld/langdetect-1.0.9/langdetect/profiles",
                        help="langdetect's profiles folder")
    parser.add_argument("--bench", default="/tmp/corpus-10pct", help="the unpacked bench sample (fr, en, ar, vi folders)")
    args = parser.parse_args()
    out = sys.stdout
    out.write("""# yaml-language-server: $schema=../schema/tagdesk-rule.schema.json
# GENERATED by Scripts/language/generate.py (profiles from langdetect, Apache-2.0, and from the bench sample's
# own fr/en/ar/vi text, its first 100 files per folder left out); edit the script, not this file.
#
# The language of each content line, from its script and character trigrams (the `ngram` plugin); the article's
# language is the one covering the most content. Text is not accent-folded for this: `lễ` is not `le`.
# - A language alone in its script (th, km, lo, my, ko, el, ka, hy, he, bn, ta) is decided by the script; Japanese
#   is Han with kana, Chinese Han without kana.
# - Languages sharing a script are told apart by their `profile`: the 300 most frequent trigrams, most frequent
#   first, separated by `|`; a space inside a trigram is a word boundary.
# - Undetermined (no tag): lines with fewer than `min_letters` letters once URLs, e-mail addresses and all-capital
#   abbreviations are left out (`Photo : VNA/CVN`, dates, figures), and lines of capitalised words only (names,
#   bylines, title-case headings).
# - `other`: a line in a shared script of which less than `other_below` of the trigrams are in its best profile: a
#   language we have no profile for (Welsh, Irish). Right lines reach 0.25 but for 1 in 100 or fewer (measured
#   on held-out bench lines: 1st percentile 0.27 ar and vi, 0.40 en, 0.43 fr), so a language close to one we
#   have (Basque, Swahili) can still come out as that one. Vietnamese typed without diacritics comes out `vi`
#   or `other`, never `fr`.
classifier: language
plugin: ngram
description: Language of each content line, from its script and character trigram profiles.
scope: line
evidence: lines   # a tag's lines say it all
role: language
depends_on: [boilerplate]
settings:
  min_letters: 12
  max_trigrams: 150
  other_below: 0.25
labels:
""")
    for code, (name, scripts, source) in LANGUAGES.items():
        out.write(f"  {code}:   # {name}\n")
        out.write(f"    script: [{', '.join(scripts)}]\n")
        if source == "corpus":
            profile = corpus_profile(os.path.join(args.bench, code), scripts[0])
        elif source == "langdetect":
            profile = langdetect_profile(args.langdetect, code, scripts[0])
        else:
            continue
        out.write(f"    profile: {quoted('|'.join(profile))}\n")
    out.write("  other:\n    description: a language written in a shared script that no profile here describes\n")
    out.write("examples:\n")
    for code, sentences in EXAMPLES.items():
        for sentence in sentences:
            out.write(f"  - text: {quoted(sentence)}\n    labels: [{code}]\n")
    for sentence in OTHER_EXAMPLES:
        out.write(f"  - text: {quoted(sentence)}\n    labels: [other]\n")
    for sentence in UNDETERMINED_EXAMPLES:
        out.write(f"  - text: {quoted(sentence)}\n    labels: []\n")


if __name__ == "__main__":
    main()
