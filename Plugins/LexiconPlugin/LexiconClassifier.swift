import TagDeskCore

/// The `lexicon` plugin: weighted terms and phrases per label, matched regardless of case and diacritics on word boundaries.
///
/// A unit (article, paragraph or line, by the rule's scope) gets a label when the summed weights of its
/// matches reach the label's threshold; one automaton holds every term of every label.
public struct LexiconClassifier: ClassifierPlugin {
    public static let name = "lexicon"
    public static let summary = "weighted terms and phrases per label, multilingual, case- and diacritic-insensitive"
    public static let version = 1
    public static let scopes: Set<Scope> = [.article, .paragraph, .line]

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
                let folded = Normalizer.fold(term.text.value)
                if folded.isEmpty {
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
