import TagDeskCore

extension GazetteerClassifier {
    /// One place: its ISO 3166 code is the label; its names are listed by the language they are written in.
    public struct Place: Decodable, Sendable {
        enum CodingKeys: String, CodingKey, CaseIterable {
            case name, partOf = "part_of", names
        }

        /// The place's English short name, for people reading the rule file and the tags.
        public let name: String?
        /// The code of the place this one lies in (`VN` for `VN-HN`): a mention of this place is one of that place too.
        public let partOf: Located<String>?
        /// Names, aliases and demonyms by language code (`fr`, `ar`, `vi`, `en`, …).
        public let names: [String: [Name]]

        public init(from decoder: any Decoder) throws {
            let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
            name = try container.decodeIfPresent(String.self, forKey: .name)
            partOf = try container.decodeIfPresent(Located<String>.self, forKey: .partOf)
            names = try container.decodeIfPresent([String: [Name]].self, forKey: .names) ?? [:]
        }
    }

    /// How a name's diacritics or case are matched: folded away (the default) or kept.
    public typealias Spelling = SpellingMatch

    /// A name: `- Hà Nội`, or `- {term: عمان, context: true}` with how it matches.
    public struct Name: Decodable, Sendable {
        enum CodingKeys: String, CodingKey, CaseIterable {
            case term, accents, `case`, context, sentenceStart = "sentence_start"
        }

        public let text: Located<String>
        /// `nil`: as the settings say for the name's language.
        public let accents: Spelling?
        public let letterCase: Spelling?
        /// A name shared with another place or a common word: it counts only when the article also names the
        /// place (or a place within it) another way.
        public let needsContext: Bool
        /// False for a name that, first in its sentence, is a common word (`Anh`: he; the United Kingdom elsewhere).
        public let countsAtSentenceStart: Bool

        public init(from decoder: any Decoder) throws {
            if let text = try? decoder.singleValueContainer().decode(Located<String>.self) {
                self.text = text
                accents = nil
                letterCase = nil
                needsContext = false
                countsAtSentenceStart = true
                return
            }
            let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
            text = try container.decode(Located<String>.self, forKey: .term)
            accents = try container.decodeIfPresent(Spelling.self, forKey: .accents)
            letterCase = try container.decodeIfPresent(Spelling.self, forKey: .case)
            needsContext = try container.decodeIfPresent(Bool.self, forKey: .context) ?? false
            countsAtSentenceStart = try container.decodeIfPresent(Bool.self, forKey: .sentenceStart) ?? true
        }
    }

    /// The `settings:` of a gazetteer rule.
    public struct Settings: Decodable, Sendable {
        enum CodingKeys: String, CodingKey, CaseIterable {
            case threshold, maxHitsPerName = "max_hits_per_name", keepAccents = "keep_accents",
                 keepCase = "keep_case", notPlaces = "not_places", personTitles = "person_titles",
                 leadLines = "lead_lines", primaryShare = "primary_share"
        }

        /// The score (mentions, a place's own and those of places within it) a place needs to be tagged.
        public let threshold: Located<Double>?
        /// Mentions of one name counted per article; more add nothing.
        public let maxHitsPerName: Located<Int>?
        /// Languages whose names keep their diacritics when matched (`vi`: `Đức` is not `đức`).
        public let keepAccents: Set<String>
        /// Languages whose names keep their case when matched (`vi`: `Hòa Bình` is not `hòa bình`).
        public let keepCase: Set<String>
        /// Phrases that contain a place's name without naming the place (`Indian Ocean`, `صلاة المغرب`).
        public let notPlaces: [Located<String>]
        /// Words before a person's name (`M.`, `Mme`, `ông`, `chị`): a one-word name right after one is a person.
        public let personTitles: Set<String>
        /// The first content lines of an article, where the place it is about is named: a place named there is
        /// `primary` (default 3).
        public let leadLines: Located<Int>?
        /// A place with at least this share of the best place's score is `primary` too (default 0.5); the others
        /// are `mentioned`.
        public let primaryShare: Located<Double>?

        public init(from decoder: any Decoder) throws {
            let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
            threshold = try container.decodeIfPresent(Located<Double>.self, forKey: .threshold)
            maxHitsPerName = try container.decodeIfPresent(Located<Int>.self, forKey: .maxHitsPerName)
            keepAccents = Set(try container.decodeIfPresent([String].self, forKey: .keepAccents) ?? [])
            keepCase = Set(try container.decodeIfPresent([String].self, forKey: .keepCase) ?? [])
            notPlaces = try container.decodeIfPresent([Located<String>].self, forKey: .notPlaces) ?? []
            personTitles = Set((try container.decodeIfPresent([String].self, forKey: .personTitles) ?? []).map { $0.lowercased() })
            leadLines = try container.decodeIfPresent(Located<Int>.self, forKey: .leadLines)
            primaryShare = try container.decodeIfPresent(Located<Double>.self, forKey: .primaryShare)
        }
    }
}
