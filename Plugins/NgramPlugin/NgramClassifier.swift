import Foundation
import TagDeskCore

/// The `ngram` plugin: the language of a line (or paragraph, or article) from the script of its letters and, where
/// languages share a script, from profiles of their most frequent character trigrams, with diacritics kept.
///
/// The candidates are the labels of the unit's dominant script whose scripts cover the most of its letters, the
/// most specific first (Han without kana is Chinese, with kana Japanese). One candidate is the answer; between
/// several, the summed log-probabilities of the unit's first `max_trigrams` trigrams (Zipf-like by rank in each
/// profile, a floor for unseen ones) decide. Undetermined (no tag): fewer than `min_letters` letters, or cased
/// words that all start with a capital and are most of the words (names). A unit of which less than `other_below`
/// of the trigrams are in its best profile gets the `other` label, when the rule has one.
public struct NgramClassifier: ClassifierPlugin {
    public static let name = "ngram"
    public static let summary = "the language of each line, from its script and character trigram profiles"
    public static let version = 1
    public static let scopes: Set<Scope> = [.line]

    /// The label given to a language no profile describes.
    public static let otherLabel = "other"

    private struct Language: Sendable {
        let name: String
        let scripts: [Int]
        let hasProfile: Bool
    }

    private let scope: Scope
    private let multiLabel: Bool
    private let languages: [Language]
    /// Per script (by `WritingScript.index`), the languages written in it.
    private let languagesByScript: [[Int]]
    private let other: Int?
    private let table: TrigramTable
    private let minLetters: Int
    private let maxTrigrams: Int
    private let otherBelow: Double
    private let classes = ScalarClasses()

    /// Share of a language's trigram occurrences its listed trigrams are taken to cover, and how many unlisted
    /// trigram types share the rest: together they place the floor about 20 times below the last listed rank.
    private static let listedMass = 0.5
    private static let unlistedTypes = 20_000.0
    /// Zipf-like ranks: rank r (from 0) has a probability in proportion to 1 / (r + rankOffset).
    private static let rankOffset = 10.0

    public init(configuration: PluginConfiguration<Label, Settings>) throws {
        var diagnostics: [Diagnostic] = []
        let settings = configuration.settings
        var languages: [Language] = []
        var other: Int?
        var profiles: [(language: Int, keys: [UInt64])] = []
        for (index, label) in configuration.labels.enumerated() {
            let scripts = label.body.scripts?.value ?? []
            if label.name == Self.otherLabel {
                other = index
            } else if scripts.isEmpty {
                diagnostics.append(configuration.error(
                    "language '\(label.name)' has no script; expected e.g. 'script: [Latin]' (only the '\(Self.otherLabel)' label has none)",
                    line: label.line, column: label.column))
            }
            if let profile = label.body.profile {
                switch Self.keys(of: profile.value) {
                case .success(let keys): profiles.append((index, keys))
                case .failure(let problem):
                    diagnostics.append(configuration.error("profile of '\(label.name)': \(problem.message)", at: profile))
                }
            }
            languages.append(Language(name: label.name, scripts: scripts.map(\.index), hasProfile: label.body.profile != nil))
        }
        if let minLetters = settings.minLetters, minLetters.value < 1 {
            diagnostics.append(configuration.error("min_letters must be at least 1; got \(minLetters.value)", at: minLetters))
        }
        if let maxTrigrams = settings.maxTrigrams, maxTrigrams.value < 1 {
            diagnostics.append(configuration.error("max_trigrams must be at least 1; got \(maxTrigrams.value)", at: maxTrigrams))
        }
        if let otherBelow = settings.otherBelow, !(otherBelow.value >= 0 && otherBelow.value < 1) {
            diagnostics.append(configuration.error(
                "other_below must be at least 0 and below 1 (a share of a line's trigrams); got \(otherBelow.value)", at: otherBelow))
        }
        if !diagnostics.isEmpty { throw DiagnosticList(diagnostics) }
        let longest = profiles.map(\.keys.count).max() ?? 0
        let harmonic = (0..<max(longest, 1)).reduce(0.0) { $0 + 1 / (Double($1) + Self.rankOffset) }
        let floor = log((1 - Self.listedMass) / Self.unlistedTypes)
        scope = configuration.scope
        multiLabel = configuration.multiLabel
        self.languages = languages
        languagesByScript = WritingScript.allCases.map { script in
            languages.indices.filter { languages[$0].scripts.contains(script.index) }
        }
        self.other = other
        table = TrigramTable(profiles: profiles) { rank in
            Float(log(Self.listedMass / (Double(rank) + Self.rankOffset) / harmonic) - floor)
        }
        minLetters = settings.minLetters?.value ?? 12
        maxTrigrams = settings.maxTrigrams?.value ?? 150
        otherBelow = settings.otherBelow?.value ?? 0.3
    }

    struct ProfileProblem: Error {
        let message: String
    }

    /// A profile's trigram keys in rank order, lower-cased; a trigram listed twice counts at its first rank.
    static func keys(of profile: String) -> Result<[UInt64], ProfileProblem> {
        var keys: [UInt64] = []
        var seen: Set<UInt64> = []
        // Split between scalars: a mark after `|` would join it in one Character.
        for trigram in profile.unicodeScalars.split(separator: "|", omittingEmptySubsequences: false) {
            let scalars = trigram.map { scalar in
                scalar.properties.changesWhenLowercased ? scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar : scalar
            }
            guard scalars.count == 3 else {
                return .failure(ProfileProblem(message: "'\(String(String.UnicodeScalarView(trigram)))' is not a trigram; expected three characters between '|' separators"))
            }
            let key = TrigramTable.key(scalars[0].value, scalars[1].value, scalars[2].value)
            if seen.insert(key).inserted { keys.append(key) }
        }
        return .success(keys)
    }

    public func classify(_ article: Article, context: ClassificationContext, facts: NoFacts) -> [Tag] {
        var collector = TagCollector(scope: scope, multiLabel: multiLabel)
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: maxTrigrams) { keys in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: maxTrigrams) { keyScripts in
                withUnsafeTemporaryAllocation(of: Float.self, capacity: languages.count) { scores in
                    withUnsafeTemporaryAllocation(of: Int32.self, capacity: languages.count) { hits in
                        withUnsafeTemporaryAllocation(of: Int.self, capacity: WritingScript.allCases.count) { letters in
                            var reader = TrigramReader(keys: keys, keyScripts: keyScripts, letters: letters, classes: classes)
                            for unit in context.units(of: article, scope: scope) {
                                reader.reset()
                                for line in unit.lines { reader.read(line.text) }
                                if let (label, score) = language(of: reader, scores: scores, hits: hits) {
                                    collector.add(languages[label].name, score: score, evidence: [], in: unit)
                                }
                            }
                        }
                    }
                }
            }
        }
        return collector.tags()
    }

    /// The label of what the reader read, with its score (the share of trigrams its profile knows, or 1 when the
    /// script alone decides); `nil` when undetermined.
    private func language(of reader: TrigramReader, scores: UnsafeMutableBufferPointer<Float>,
                          hits: UnsafeMutableBufferPointer<Int32>) -> (Int, Double)? {
        let letters = reader.letters
        var total = 0
        var dominant = 0
        for (script, count) in letters.enumerated() {
            total += count
            if count > letters[dominant] { dominant = script }
        }
        guard total >= minLetters else { return nil }
        if reader.casedWords * 2 > reader.words && reader.capitalisedWords == reader.casedWords { return nil }  // names
        // The candidates: languages of the dominant script covering the most letters, listing the fewest scripts.
        var bestCover = 0
        var fewestScripts = Int.max
        var candidateCount = 0
        var only = 0
        for index in languagesByScript[dominant] {
            let scripts = languages[index].scripts
            var cover = 0
            for script in scripts { cover += letters[script] }
            if cover > bestCover || (cover == bestCover && scripts.count < fewestScripts) {
                (bestCover, fewestScripts, candidateCount, only) = (cover, scripts.count, 1, index)
            } else if cover == bestCover && scripts.count == fewestScripts {
                candidateCount += 1
            }
        }
        guard candidateCount > 0, bestCover * 2 > total || bestCover >= minLetters else { return nil }
        if candidateCount == 1 { return (only, 1) }
        func isCandidate(_ index: Int) -> Bool {
            let scripts = languages[index].scripts
            guard languages[index].hasProfile, scripts.count == fewestScripts else { return false }
            var cover = 0
            for script in scripts { cover += letters[script] }
            return cover == bestCover
        }
        scores.update(repeating: 0)
        hits.update(repeating: 0)
        let counted = table.score(UnsafeBufferPointer(rebasing: reader.keys[..<reader.count]),
                                  scripts: UnsafeBufferPointer(rebasing: reader.keyScripts[..<reader.count]),
                                  script: UInt8(dominant), scores: scores, hits: hits)
        guard counted > 0 else { return nil }
        var best: Int?
        for index in languagesByScript[dominant] where isCandidate(index) && (best.map { scores[index] > scores[$0] } ?? true) {
            best = index
        }
        guard let best else { return nil }
        let known = (Double(hits[best]) / Double(counted) * 1000).rounded() / 1000
        if known < otherBelow { return other.map { ($0, 1 - known) } }
        return (best, known)
    }
}
