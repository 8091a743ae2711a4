import TagDeskCore

/// The `lexicon` plugin: weighted terms and phrases per label, matched regardless of case and diacritics on word boundaries.
///
/// A unit (article, paragraph or line, by the rule's scope) gets a label when the summed weights of its
/// matches reach the label's threshold; one automaton holds every term of every label. Where phrases overlap the
/// longest wins (`diplomatie populaire` is not also `diplomatie`), so a `not_terms` phrase hides the terms inside it; a term within `negation_window` words after a
/// negator counts for the label's `negated` label, or not at all; with `per_words`, scores are per that many words.
/// A term may match the start of words (`limit*`), keep its accents or case, or count only on lines in some languages.
public struct LexiconClassifier: ClassifierPlugin {
    public static let name = "lexicon"
    public static let summary = "weighted terms and phrases per label, multilingual, case- and diacritic-insensitive"
    public static let version = 2
    public static let scopes: Set<Scope> = [.article, .paragraph, .line]

    private let scope: Scope
    private let multiLabel: Bool
    private let keepsEvidence: Bool
    private let labels: [(name: String, threshold: Double, negated: Int?)]
    private let automaton: PhraseAutomaton
    /// For each term of the automaton: its label's index and weight. Phrases past these are `not_terms`, then negators.
    private let phraseTargets: [(label: Int, weight: Double)]
    /// For each term that does more than folded matching, what else it needs; `nil` for the others.
    private let termRules: [TermRule?]
    private let verdicts = SpellingVerdicts()
    /// The first negator's phrase index.
    private let firstNegator: Int
    private let maxHitsPerTerm: Int
    private let negationWindow: Int
    private let perWords: Double?
    private let leadLines: Int
    private let leadWeight: Double

    public init(configuration: PluginConfiguration<Label, Settings>) throws {
        var phrases: [String] = []
        var targets: [(label: Int, weight: Double)] = []
        var rules: [TermRule?] = []
        var prefixes: Set<Int> = []
        var diagnostics: [Diagnostic] = []
        /// The first term of each folded form, with its label, to name it when the form comes again.
        var firstTerms: [String: (label: String, term: Located<String>)] = [:]
        if let problem = configuration.minimumProblem(configuration.settings.writtenMaxHitsPerTerm, key: "max_hits_per_term",
                                                      minimum: 1, consequence: "no match would count, so no unit would get a label") {
            diagnostics.append(problem)
        }
        for (index, label) in configuration.labels.enumerated() {
            if label.body.terms.isEmpty {
                diagnostics.append(configuration.error("label '\(label.name)' has no terms; expected a list under 'terms'",
                                                       line: label.line, column: label.column))
            }
            if let problem = configuration.positiveProblem(label.body.writtenThreshold, key: "threshold") { diagnostics.append(problem) }
            for term in label.body.terms {
                if let problem = configuration.positiveProblem(term.writtenWeight, key: "weight") { diagnostics.append(problem) }
                let isPrefix = term.text.value.hasSuffix("*")
                let text = isPrefix ? String(term.text.value.dropLast()) : term.text.value
                let spelling = term.spelling.over(label.body.spelling)
                let keepsAccents = spelling.accents == .keep
                let keepsCase = spelling.letterCase == .keep
                if isPrefix, keepsAccents || keepsCase {
                    diagnostics.append(configuration.error(
                        "term '\(term.text.value)' matches the start of words, which is always folded; "
                            + "expected no 'accents: keep' or 'case: keep' for it (or its label)", at: term.text))
                }
                let marks = (isPrefix ? "*" : "") + (keepsAccents ? " accents" : "") + (keepsCase ? " case" : "")
                let folded = Normalizer.fold(text) + marks
                if Normalizer.fold(text).isEmpty {
                    diagnostics.append(configuration.error("term '\(term.text.value)' has no letters or digits to match", at: term.text))
                } else if let first = firstTerms[folded] {
                    let place = "line \(first.term.line), column \(first.term.column)"
                    if first.label == label.name {
                        diagnostics.append(configuration.error(
                            "term '\(term.text.value)' is the same as '\(first.term.value)' (\(place)) once case and accents are folded; "
                                + "a match would be counted twice, remove one", at: term.text))
                    } else {
                        configuration.warn(
                            "term '\(term.text.value)' is also a term of label '\(first.label)' ('\(first.term.value)', \(place)) once case "
                                + "and accents are folded; a match counts for both labels", line: term.text.line, column: term.text.column)
                    }
                } else {
                    firstTerms[folded] = (label.name, term.text)
                }
                if isPrefix { prefixes.insert(phrases.count) }
                phrases.append(text)
                targets.append((index, term.weight))
                let exact = keepsAccents || keepsCase ? ExactSpelling(text, keepsAccents: keepsAccents, keepsCase: keepsCase) : nil
                rules.append(exact == nil && spelling.languages == nil ? nil : TermRule(spelling: exact, languages: spelling.languages?.value))
            }
        }
        let settings = configuration.settings
        let labelIndex = Dictionary(configuration.labels.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
        for label in configuration.labels {
            if let negated = label.body.negated, labelIndex[negated.value] == nil {
                diagnostics.append(configuration.error("'negated' names '\(negated.value)', which is not a label of this file; expected one of its labels",
                                                       at: negated))
            }
        }
        for phrase in settings.notTerms + settings.negators where Normalizer.fold(phrase.value).isEmpty {
            diagnostics.append(configuration.error("'\(phrase.value)' has no letters or digits to match", at: phrase))
        }
        if let problem = configuration.minimumProblem(settings.writtenNegationWindow, key: "negation_window", minimum: 1,
                                                      consequence: "a negator would reach no term") { diagnostics.append(problem) }
        if let problem = configuration.minimumProblem(settings.writtenLeadLines, key: "lead_lines", minimum: 0,
                                                      consequence: "a count of lines cannot be negative") { diagnostics.append(problem) }
        for (value, key) in [(settings.writtenPerWords, "per_words"), (settings.writtenLeadWeight, "lead_weight")] {
            if let problem = configuration.positiveProblem(value, key: key) { diagnostics.append(problem) }
        }
        if !diagnostics.isEmpty { throw DiagnosticList(diagnostics) }
        scope = configuration.scope
        multiLabel = configuration.multiLabel
        keepsEvidence = configuration.evidence == .matches
        labels = configuration.labels.map { ($0.name, $0.body.threshold, $0.body.negated.flatMap { labelIndex[$0.value] }) }
        automaton = PhraseAutomaton(phrases: phrases + settings.notTerms.map(\.value) + settings.negators.map(\.value), prefixes: prefixes)
        phraseTargets = targets
        termRules = rules
        firstNegator = phrases.count + settings.notTerms.count
        maxHitsPerTerm = settings.maxHitsPerTerm
        negationWindow = settings.negationWindow
        perWords = settings.writtenPerWords?.value
        leadLines = settings.leadLines
        leadWeight = settings.leadWeight
    }

    public func classify(_ article: Article, context: ClassificationContext, facts: NoFacts) -> [Tag] {
        // Per phrase: its hits in the current unit, then the list of phrases hit, to reset only those.
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: 2 * automaton.phraseCount) { phraseScratch in
            withUnsafeTemporaryAllocation(of: Double.self, capacity: labels.count) { scores in
                phraseScratch.initialize(repeating: 0)
                scores.initialize(repeating: 0)
                return classify(article, context: context, hits: UnsafeMutableBufferPointer(rebasing: phraseScratch[..<automaton.phraseCount]),
                                hitPhrases: UnsafeMutableBufferPointer(rebasing: phraseScratch[automaton.phraseCount...]),
                                scores: scores)
            }
        }
    }

    /// `hits` and `scores` are zero on entry and on return.
    private func classify(_ article: Article, context: ClassificationContext, hits: UnsafeMutableBufferPointer<Int32>,
                          hitPhrases: UnsafeMutableBufferPointer<Int32>, scores: UnsafeMutableBufferPointer<Double>) -> [Tag] {
        var collector = TagCollector(scope: scope, multiLabel: multiLabel)
        var evidence = [[Evidence]](repeating: [], count: keepsEvidence ? labels.count : 0)
        var hitCount = 0
        var ordered: [PhraseMatch] = []
        var contentLine = 0
        for unit in context.units(of: article, scope: scope) {
            var words = 0
            for line in unit.lines {
                let lineWeight = contentLine < leadLines ? leadWeight : 1
                contentLine += 1
                if perWords != nil { words += Self.wordCount(of: line.normalized) }
                func count(_ match: PhraseMatch, negated: Bool) {
                    let phrase = match.phrase
                    if hits[phrase] == 0 {
                        hitPhrases[hitCount] = Int32(phrase)
                        hitCount += 1
                    }
                    hits[phrase] += 1
                    guard Int(hits[phrase]) <= maxHitsPerTerm else { return }
                    let target = phraseTargets[phrase]
                    guard let label = negated ? labels[target.label].negated : target.label else { return }
                    scores[label] += target.weight * lineWeight
                    if keepsEvidence, evidence[label].count < Self.evidencePerUnit {
                        evidence[label].append(Evidence(line: line.number, text: line.originalText(of: match.range)))
                    }
                }
                ordered.removeAll(keepingCapacity: true)
                var lineLanguage: String??
                automaton.forEachMatch(in: line.normalized) { match in
                    if match.phrase < termRules.count, let rule = termRules[match.phrase] {
                        if let languages = rule.languages {
                            if lineLanguage == nil { lineLanguage = .some(context.language(ofLine: line.number)) }
                            guard let language = lineLanguage ?? nil, languages.contains(language) else { return }
                        }
                        if let spelling = rule.spelling {
                            let original = line.normalized.originalText(of: match.range, in: line.text)
                            guard verdicts.matches(spelling, name: match.phrase, original: original) else { return }
                        }
                    }
                    ordered.append(match)
                }
                guard !ordered.isEmpty else { continue }
                var negatorEnd: Int?
                line.normalized.withFoldedBytes { folded in
                    for match in ordered.outermost() {
                        if match.phrase >= firstNegator {
                            negatorEnd = match.range.upperBound
                        } else if match.phrase < phraseTargets.count {
                            let negated = negatorEnd.map { end in
                                end <= match.range.lowerBound
                                    && folded[end..<match.range.lowerBound].lazy.filter { $0 == 0x20 }.count <= negationWindow
                            } ?? false
                            count(match, negated: negated)
                        }
                    }
                }
            }
            let scale = perWords.map { $0 / max(Double(words), $0) } ?? 1
            for index in labels.indices {
                let score = scores[index] * scale
                if score > 0, score >= labels[index].threshold {
                    collector.add(labels[index].name, score: score, evidence: keepsEvidence ? evidence[index] : [], in: unit)
                }
            }
            for phrase in hitPhrases[..<hitCount] { hits[Int(phrase)] = 0 }
            hitCount = 0
            for index in scores.indices { scores[index] = 0 }
            for index in evidence.indices { evidence[index].removeAll() }
        }
        return collector.tags()
    }

    private static let evidencePerUnit = 8

    /// What a term needs besides a folded match: its exact spelling, or a line in one of some languages.
    struct TermRule: Sendable {
        let spelling: ExactSpelling?
        let languages: Set<String>?
    }

    /// Words of a folded line: runs of bytes between spaces.
    private static func wordCount(of text: NormalizedText) -> Int {
        text.withFoldedBytes { bytes in
            var words = 0
            var inWord = false
            for byte in bytes {
                if byte == 0x20 { inWord = false } else if !inWord { inWord = true; words += 1 }
            }
            return words
        }
    }
}
