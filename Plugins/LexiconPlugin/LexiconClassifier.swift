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
        var collector = TagCollector(scope: scope, multiLabel: multiLabel)
        var scores = [Double](repeating: 0, count: labels.count)
        var evidence = [[Evidence]](repeating: [], count: keepsEvidence ? labels.count : 0)
        var hits = [Int](repeating: 0, count: automaton.phraseCount)
        var hitPhrases: [Int] = []  // the phrases whose `hits` the unit raised, to reset them
        for unit in context.units(of: article, scope: scope) {
            for line in unit.lines {
                automaton.forEachMatch(in: line.normalized) { match in
                    let phrase = match.phrase
                    if hits[phrase] == 0 { hitPhrases.append(phrase) }
                    hits[phrase] += 1
                    guard hits[phrase] <= maxHitsPerTerm else { return }
                    let target = phraseTargets[phrase]
                    scores[target.label] += target.weight
                    if keepsEvidence, evidence[target.label].count < Self.evidencePerUnit {
                        evidence[target.label].append(Evidence(line: line.number, text: line.originalText(of: match.range)))
                    }
                }
            }
            for (index, label) in labels.enumerated() where scores[index] > 0 && scores[index] >= label.threshold {
                collector.add(label.name, score: scores[index], evidence: keepsEvidence ? evidence[index] : [], in: unit)
            }
            for phrase in hitPhrases { hits[phrase] = 0 }
            hitPhrases.removeAll(keepingCapacity: true)
            for index in scores.indices { scores[index] = 0 }
            for index in evidence.indices { evidence[index].removeAll() }
        }
        return collector.tags()
    }

    private static let evidencePerUnit = 8
}
