import TagDeskCore

extension LexiconClassifier {
    /// One label of a lexicon rule: its terms and the score a unit needs to get it.
    public struct Label: Decodable, Sendable {
        enum CodingKeys: String, CodingKey, CaseIterable {
            case description, iptc, threshold, terms, negated, accents, `case`, languages
        }

        public let description: String?
        /// An IPTC media topic code, for export.
        public let iptc: String?
        /// `threshold:` as written, for the check that it is a finite number above 0.
        public let writtenThreshold: Located<Double>?
        public let terms: [Term]
        /// The label a negated match of this label's terms counts for (`n'ont pas atteint`: positive → negative);
        /// without it, a negated match counts for nothing.
        public let negated: Located<String>?
        /// How every term of the label matches, unless the term says otherwise.
        public let spelling: TermSpelling

        public var threshold: Double { writtenThreshold?.value ?? 1 }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
            description = try container.decodeIfPresent(String.self, forKey: .description)
            iptc = try container.decodeIfPresent(String.self, forKey: .iptc)
            writtenThreshold = try container.decodeIfPresent(Located<Double>.self, forKey: .threshold)
            terms = try container.decodeIfPresent([Term].self, forKey: .terms) ?? []
            negated = try container.decodeIfPresent(Located<String>.self, forKey: .negated)
            spelling = TermSpelling(accents: try container.decodeIfPresent(SpellingMatch.self, forKey: .accents),
                                    letterCase: try container.decodeIfPresent(SpellingMatch.self, forKey: .case),
                                    languages: try container.decodeIfPresent(Located<Set<String>>.self, forKey: .languages))
        }
    }

    /// How a term matches beyond folding: its diacritics or case kept, and only on lines of some languages
    /// (`nil`: as the label says, then folded and in every language).
    public struct TermSpelling: Sendable {
        public let accents: SpellingMatch?
        public let letterCase: SpellingMatch?
        public let languages: Located<Set<String>>?

        /// This spelling, with what it leaves open taken from `defaults` (the label's).
        func over(_ defaults: TermSpelling) -> TermSpelling {
            TermSpelling(accents: accents ?? defaults.accents, letterCase: letterCase ?? defaults.letterCase,
                         languages: languages ?? defaults.languages)
        }
    }

    /// A term or phrase: `- diplomatie` (weight 1) or `- {term: affaires étrangères, weight: 2}`; a term ending in
    /// `*` matches the start of words (`limit*`: `limitation`); `{term: Đảng, accents: keep, case: keep}` only as
    /// spelled; `languages: [vi]` only on lines in those languages.
    public struct Term: Decodable, Sendable {
        enum CodingKeys: String, CodingKey, CaseIterable {
            case term, weight, accents, `case`, languages
        }

        public let text: Located<String>
        /// `weight:` as written, for the check that it is a finite number above 0.
        public let writtenWeight: Located<Double>?
        public let spelling: TermSpelling

        public var weight: Double { writtenWeight?.value ?? 1 }

        public init(from decoder: any Decoder) throws {
            if let text = try? decoder.singleValueContainer().decode(Located<String>.self) {
                self.text = text
                writtenWeight = nil
                spelling = TermSpelling(accents: nil, letterCase: nil, languages: nil)
                return
            }
            let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
            text = try container.decode(Located<String>.self, forKey: .term)
            writtenWeight = try container.decodeIfPresent(Located<Double>.self, forKey: .weight)
            spelling = TermSpelling(accents: try container.decodeIfPresent(SpellingMatch.self, forKey: .accents),
                                    letterCase: try container.decodeIfPresent(SpellingMatch.self, forKey: .case),
                                    languages: try container.decodeIfPresent(Located<Set<String>>.self, forKey: .languages))
        }
    }

    /// The `settings:` of a lexicon rule.
    public struct Settings: Decodable, Sendable {
        enum CodingKeys: String, CodingKey, CaseIterable {
            case maxHitsPerTerm = "max_hits_per_term"
            case notTerms = "not_terms", negators, negationWindow = "negation_window"
            case perWords = "per_words", leadLines = "lead_lines", leadWeight = "lead_weight"
        }

        /// `max_hits_per_term:` as written, for the check that it is at least 1.
        public let writtenMaxHitsPerTerm: Located<Int>?
        /// Phrases that contain terms without meaning them (`Union des organisations d'amitié` is a name, not
        /// friendship): a term inside one does not count.
        public let notTerms: [Located<String>]
        /// Words that negate the terms right after them (`pas`, `sans`, `لم`, `không`).
        public let negators: [Located<String>]
        public let writtenNegationWindow: Located<Int>?
        /// With it, a unit's score is its weight per this many words (units shorter than that are not scaled
        /// up), so that a long article needs more matches than a short one to be about something.
        public let writtenPerWords: Located<Double>?
        public let writtenLeadLines: Located<Int>?
        public let writtenLeadWeight: Located<Double>?

        /// Occurrences of one term counted per unit; more add nothing, so one repeated name cannot carry a label.
        public var maxHitsPerTerm: Int { writtenMaxHitsPerTerm?.value ?? 3 }
        /// How many words after a negator its negation reaches (default 3: `ne voulait pas de guerre`).
        public var negationWindow: Int { writtenNegationWindow?.value ?? 3 }
        /// The first content lines of an article (headline and lead) whose matches weigh `lead_weight` times.
        public var leadLines: Int { writtenLeadLines?.value ?? 0 }
        public var leadWeight: Double { writtenLeadWeight?.value ?? 1 }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
            writtenMaxHitsPerTerm = try container.decodeIfPresent(Located<Int>.self, forKey: .maxHitsPerTerm)
            notTerms = try container.decodeIfPresent([Located<String>].self, forKey: .notTerms) ?? []
            negators = try container.decodeIfPresent([Located<String>].self, forKey: .negators) ?? []
            writtenNegationWindow = try container.decodeIfPresent(Located<Int>.self, forKey: .negationWindow)
            writtenPerWords = try container.decodeIfPresent(Located<Double>.self, forKey: .perWords)
            writtenLeadLines = try container.decodeIfPresent(Located<Int>.self, forKey: .leadLines)
            writtenLeadWeight = try container.decodeIfPresent(Located<Double>.self, forKey: .leadWeight)
        }
    }
}
