import TagDeskCore

/// The `gazetteer` plugin: places (ISO 3166 codes) named in the text, by their names in many languages.
///
/// A mention of a place is one of every place it lies in (`part_of`). Where names overlap, the longest wins
/// (`Lào Cai` is a province, not Laos; `Thủ Đức` is not Germany), and `not_places` phrases hide the names
/// inside them. Names of languages listed in `keep_accents` / `keep_case` match only as spelled.
public struct GazetteerClassifier: ClassifierPlugin {
    public static let name = "gazetteer"
    public static let summary = "places by ISO 3166 code, named in many languages, with a hierarchy and spelling-exact names"
    public static let version = 2
    public static let scopes: Set<Scope> = [.article, .paragraph, .line]

    /// What one phrase of the automaton stands for; phrases past `names` are `not_places`.
    struct PlaceName: Sendable {
        let place: Int
        /// `nil`: folded matching is enough.
        let spelling: ExactSpelling?
        let needsContext: Bool
        /// A one-word name matched with its case: it does not count as one word of a longer proper name.
        let standsAlone: Bool
        let countsAtSentenceStart: Bool
    }

    private let scope: Scope
    private let multiLabel: Bool
    private let keepsEvidence: Bool
    private let codes: [String]
    /// Per place: itself, then every place it lies in, innermost first.
    private let lineage: [[Int]]
    private let names: [PlaceName]
    private let automaton: PhraseAutomaton
    private let threshold: Double
    private let maxHitsPerName: Int
    private let personTitles: Set<String>
    private let leadLines: Int
    private let primaryShare: Double
    private let verdicts = SpellingVerdicts()

    public init(configuration: PluginConfiguration<Place, Settings>) throws {
        var diagnostics: [Diagnostic] = []
        let settings = configuration.settings
        let codes = configuration.labels.map(\.name)
        let index = Dictionary(codes.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var parents = [Int?](repeating: nil, count: codes.count)
        var phrases: [String] = []
        var names: [PlaceName] = []
        for (placeIndex, place) in configuration.labels.enumerated() {
            if let parent = place.body.partOf {
                if let parentIndex = index[parent.value] {
                    parents[placeIndex] = parentIndex
                } else {
                    diagnostics.append(configuration.error(
                        "'\(place.name)' is part of '\(parent.value)', which is not a place of this file; expected one of its labels",
                        at: parent))
                }
            }
            if place.body.names.values.allSatisfy(\.isEmpty) {
                diagnostics.append(configuration.error("place '\(place.name)' has no names; expected lists of names by language under 'names'",
                                                       line: place.line, column: place.column))
            }
            var seen: [String: Located<String>] = [:]
            for (language, list) in place.body.names.sorted(by: { $0.key < $1.key }) {
                for name in list {
                    let folded = Normalizer.fold(name.text.value)
                    guard !folded.isEmpty else {
                        diagnostics.append(configuration.error("name '\(name.text.value)' has no letters or digits to match", at: name.text))
                        continue
                    }
                    let keepsAccents = (name.accents ?? (settings.keepAccents.contains(language) ? .keep : .fold)) == .keep
                    let keepsCase = (name.letterCase ?? (settings.keepCase.contains(language) ? .keep : .fold)) == .keep
                    let spelling = keepsAccents || keepsCase
                        ? ExactSpelling(name.text.value, keepsAccents: keepsAccents, keepsCase: keepsCase) : nil
                    let key = keepsAccents || keepsCase ? "\(keepsAccents) \(keepsCase) \(name.text.value)" : folded
                    if let first = seen[key] {
                        diagnostics.append(configuration.error(
                            "name '\(name.text.value)' of '\(place.name)' matches what '\(first.value)' (line \(first.line)) already matches; "
                                + "expected each name once", at: name.text))
                        continue
                    }
                    seen[key] = name.text
                    phrases.append(name.text.value)
                    let standsAlone = spelling?.keepsCase == true && !folded.contains(" ")
                    names.append(PlaceName(place: placeIndex, spelling: spelling, needsContext: name.needsContext,
                                           standsAlone: standsAlone, countsAtSentenceStart: name.countsAtSentenceStart))
                }
            }
        }
        for phrase in settings.notPlaces where Normalizer.fold(phrase.value).isEmpty {
            diagnostics.append(configuration.error("'\(phrase.value)' has no letters or digits to match", at: phrase))
        }
        let lineage = Self.lineage(parents: parents)
        for (placeIndex, chain) in lineage.enumerated() where chain.isEmpty {
            let place = configuration.labels[placeIndex]
            diagnostics.append(configuration.error("'\(place.name)' lies, through 'part_of', within itself; expected a hierarchy without cycles",
                                                   line: place.line, column: place.column))
        }
        if let threshold = settings.threshold, !(threshold.value > 0 && threshold.value.isFinite) {
            diagnostics.append(configuration.error("threshold must be a positive number; got \(threshold.value)", at: threshold))
        }
        if let maxHits = settings.maxHitsPerName, maxHits.value < 1 {
            diagnostics.append(configuration.error("max_hits_per_name must be at least 1 (0 would tag no place); got \(maxHits.value)",
                                                   at: maxHits))
        }
        if let lead = settings.leadLines, lead.value < 0 {
            diagnostics.append(configuration.error("lead_lines must be 0 or more; got \(lead.value)", at: lead))
        }
        if let share = settings.primaryShare, !(share.value > 0 && share.value <= 1) {
            diagnostics.append(configuration.error("primary_share must be above 0 and at most 1 (a share of the best place's score); got \(share.value)",
                                                   at: share))
        }
        if !diagnostics.isEmpty { throw DiagnosticList(diagnostics) }
        scope = configuration.scope
        multiLabel = configuration.multiLabel
        keepsEvidence = configuration.evidence == .matches
        self.codes = codes
        self.lineage = lineage
        self.names = names
        automaton = PhraseAutomaton(phrases: phrases + settings.notPlaces.map(\.value))
        threshold = settings.threshold?.value ?? 1
        maxHitsPerName = settings.maxHitsPerName?.value ?? 3
        personTitles = settings.personTitles
        leadLines = settings.leadLines?.value ?? 3
        primaryShare = settings.primaryShare?.value ?? 0.5
    }

    /// Each place followed by the places it lies in; empty for a place caught in a cycle.
    private static func lineage(parents: [Int?]) -> [[Int]] {
        parents.indices.map { start in
            var chain = [start]
            var current = start
            while let parent = parents[current] {
                if chain.contains(parent) { return [] }
                chain.append(parent)
                current = parent
            }
            return chain
        }
    }

    public func classify(_ article: Article, context: ClassificationContext, facts: NoFacts) -> [Tag] {
        var collector = TagCollector(scope: scope, multiLabel: multiLabel)
        var matches: [PhraseMatch] = []
        var prominence: [String: Prominence] = [:]
        for unit in context.units(of: article, scope: scope) {
            var mentions = PlaceMentions(placeCount: codes.count, nameCount: names.count)
            var contentLines = 0
            for line in unit.lines {
                if !line.isBlank { contentLines += 1 }
                let inLead = contentLines <= leadLines
                matches.removeAll(keepingCapacity: true)
                automaton.forEachMatch(in: line.normalized) { match in
                    if match.phrase >= names.count || accepts(name: match.phrase, at: match.range, in: line) {
                        matches.append(match)
                    }
                }
                for match in matches.outermost() where match.phrase < names.count {
                    let name = names[match.phrase]
                    guard mentions.count(name: match.phrase, limit: maxHitsPerName) else { continue }
                    let evidence = keepsEvidence ? Evidence(line: line.number, text: line.originalText(of: match.range)) : nil
                    mentions.add(evidence, to: lineage[name.place], confirmed: !name.needsContext, inLead: inLead)
                }
            }
            mentions.settleContextNames()
            let tagged = codes.indices.filter { mentions.scores[$0] >= threshold }
            for place in tagged {
                collector.add(codes[place], score: mentions.scores[place], evidence: mentions.evidence[place], in: unit)
            }
            if scope == .article {
                for (place, value) in mentions.prominence(of: tagged, share: primaryShare, lineage: lineage) { prominence[codes[place]] = value }
            }
        }
        return collector.tags().map { tag in
            var tag = tag
            tag.prominence = prominence[tag.label]
            return tag
        }
    }

    /// Whether a name's match in a line is spelled as the name requires and, for a one-word name, stands alone.
    private func accepts(name index: Int, at range: Range<Int>, in line: ArticleLine) -> Bool {
        let name = names[index]
        guard name.spelling != nil || !name.countsAtSentenceStart else { return true }
        let bytes = line.normalized.originalUTF8Range(of: range)
        let utf8 = line.text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: bytes.lowerBound)
        let original = start..<utf8.index(start, offsetBy: bytes.count)
        if let spelling = name.spelling, !verdicts.matches(spelling, name: index, original: line.text[original]) { return false }
        if !name.countsAtSentenceStart, NameNeighbours.startsSentence(line.text[..<start]) { return false }
        return !name.standsAlone || !NameNeighbours.makeLongerName(around: original, in: line.text, titles: personTitles)
    }
}
