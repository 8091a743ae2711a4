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
        labels = configuration.labels.map { ($0.name, $0.body.threshold) }
        automaton = PhraseAutomaton(phrases: phrases)
        phraseTargets = targets
        maxHitsPerTerm = configuration.settings.maxHitsPerTerm
    }

    public func classify(_ article: Article, context: ClassificationContext, facts: NoFacts) -> [Tag] {
        var collector = TagCollector(scope: scope, multiLabel: multiLabel)
        for unit in context.units(of: article, scope: scope) {
            var scores = Array(repeating: 0.0, count: labels.count)
            var evidence = Array(repeating: [Evidence](), count: labels.count)
            var hits: [Int: Int] = [:]
            for line in unit.lines {
                automaton.forEachMatch(in: line.normalized) { match in
                    hits[match.phrase, default: 0] += 1
                    guard hits[match.phrase, default: 0] <= maxHitsPerTerm else { return }
                    let target = phraseTargets[match.phrase]
                    scores[target.label] += target.weight
                    if evidence[target.label].count < Self.evidencePerUnit {
                        evidence[target.label].append(Evidence(line: line.number, text: line.originalText(of: match.range)))
                    }
                }
            }
            for (index, label) in labels.enumerated() where scores[index] > 0 && scores[index] >= label.threshold {
                collector.add(label.name, score: scores[index], evidence: evidence[index], in: unit)
            }
        }
        return collector.tags()
    }

    private static let evidencePerUnit = 8
}
