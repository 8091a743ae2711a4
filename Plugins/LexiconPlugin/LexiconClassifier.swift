import TagDeskCore

/// The `lexicon` plugin: weighted terms and phrases per label, matched regardless of case and diacritics on word boundaries.
///
/// A unit (article, paragraph or line, by the rule's scope) gets a label when the summed weights of its
/// matches reach the label's threshold; one automaton holds every term of every label.
public struct LexiconClassifier: ClassifierPlugin {
    public static let name = "lexicon"
    public static let summary = "weighted terms and phrases per label, multilingual, case- and diacritic-insensitive"
    public static let version = 1

    private let scope: Scope
    private let multiLabel: Bool
    private let keepsEvidence: Bool
    private let labels: [(name: String, threshold: Double)]
    private let automaton: PhraseAutomaton
    /// For each phrase of the automaton: its label's index and weight.
    private let phraseTargets: [(label: Int, weight: Double)]
    private let maxHitsPerTerm: Int

    public init(configuration: PluginConfiguration<Label, Settings>) throws {
        var phrases: [String] = []
        var targets: [(label: Int, weight: Double)] = []
        var diagnostics: [Diagnostic] = []
        for (index, label) in configuration.labels.enumerated() {
            if label.body.terms.isEmpty {
                diagnostics.append(configuration.error("label '\(label.name)' has no terms; expected a list under 'terms'",
                                                       line: label.line, column: label.column))
            }
            for term in label.body.terms {
                if Normalizer.fold(term.text.value).isEmpty {
                    diagnostics.append(configuration.error("term '\(term.text.value)' has no letters or digits to match", at: term.text))
                }
                phrases.append(term.text.value)
                targets.append((index, term.weight))
            }
        }
        if !diagnostics.isEmpty { throw DiagnosticList(diagnostics) }
        scope = configuration.scope
        multiLabel = configuration.multiLabel
        keepsEvidence = configuration.evidence == .matches
        labels = configuration.labels.map { ($0.name, $0.body.threshold) }
        automaton = PhraseAutomaton(phrases: phrases)
        phraseTargets = targets
        maxHitsPerTerm = configuration.settings.maxHitsPerTerm
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
        for unit in context.units(of: article, scope: scope) {
            for line in unit.lines {
                automaton.forEachMatch(in: line.normalized) { match in
                    let phrase = match.phrase
                    if hits[phrase] == 0 {
                        hitPhrases[hitCount] = Int32(phrase)
                        hitCount += 1
                    }
                    hits[phrase] += 1
                    guard Int(hits[phrase]) <= maxHitsPerTerm else { return }
                    let target = phraseTargets[phrase]
                    scores[target.label] += target.weight
                    if keepsEvidence, evidence[target.label].count < Self.evidencePerUnit {
                        evidence[target.label].append(Evidence(line: line.number, text: line.originalText(of: match.range)))
                    }
                }
            }
            for index in labels.indices where scores[index] > 0 && scores[index] >= labels[index].threshold {
                collector.add(labels[index].name, score: scores[index], evidence: keepsEvidence ? evidence[index] : [], in: unit)
            }
            for phrase in hitPhrases[..<hitCount] { hits[Int(phrase)] = 0 }
            hitCount = 0
            for index in scores.indices { scores[index] = 0 }
            for index in evidence.indices { evidence[index].removeAll() }
        }
        return collector.tags()
    }

    private static let evidencePerUnit = 8
}
