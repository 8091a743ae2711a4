import TagDeskCore

/// The `pattern` plugin: regular expressions per label, matched against each line's original text.
///
/// A unit gets a label when the summed weights of its matching lines reach the label's threshold.
public struct PatternClassifier: ClassifierPlugin {
    public static let name = "pattern"
    public static let summary = "regular expressions per label over original line text (ICU syntax, linear time, case-insensitive by default)"
    public static let version = 1
    public static let scopes: Set<Scope> = [.article, .paragraph, .line]

    private let scope: Scope
    private let multiLabel: Bool
    private let keepsEvidence: Bool
    private let labels: [(name: String, threshold: Double, weight: Double, patterns: [LinePattern])]

    public init(configuration: PluginConfiguration<Label, Settings>) throws {
        var diagnostics: [Diagnostic] = []
        var labels: [(name: String, threshold: Double, weight: Double, patterns: [LinePattern])] = []
        for label in configuration.labels {
            var patterns: [LinePattern] = []
            diagnostics += [configuration.positiveProblem(label.body.writtenWeight, key: "weight"),
                            configuration.positiveProblem(label.body.writtenThreshold, key: "threshold")].compactMap { $0 }
            for (index, pattern) in label.body.patterns.enumerated() {
                if let first = label.body.patterns[..<index].first(where: { $0.value == pattern.value }) {
                    diagnostics.append(configuration.error(
                        "pattern '\(pattern.value)' is already listed for label '\(label.name)' (line \(first.line), column \(first.column)); "
                            + "a line would be counted twice, remove one", at: pattern))
                    continue
                }
                do {
                    patterns.append(try LinePattern(pattern, caseSensitive: configuration.settings.caseSensitive,
                                                    configuration: configuration))
                } catch {
                    diagnostics.append(error)
                }
            }
            if label.body.patterns.isEmpty {
                diagnostics.append(configuration.error("label '\(label.name)' has no patterns; expected a list under 'patterns'",
                                                       line: label.line, column: label.column))
            }
            labels.append((label.name, label.body.threshold, label.body.weight, patterns))
        }
        if !diagnostics.isEmpty { throw DiagnosticList(diagnostics) }
        scope = configuration.scope
        multiLabel = configuration.multiLabel
        keepsEvidence = configuration.evidence == .matches
        self.labels = labels
    }

    public func classify(_ article: Article, context: ClassificationContext, facts: NoFacts) -> [Tag] {
        var collector = TagCollector(scope: scope, multiLabel: multiLabel)
        for unit in context.units(of: article, scope: scope) {
            for label in labels {
                var score = 0.0
                var evidence: [Evidence] = []
                for line in unit.lines {
                    for pattern in label.patterns {
                        if let match = pattern.firstMatch(in: line.text) {
                            score += label.weight
                            if keepsEvidence { evidence.append(Evidence(line: line.number, text: match)) }
                        }
                    }
                }
                if score > 0, score >= label.threshold {
                    collector.add(label.name, score: score, evidence: evidence, in: unit)
                }
            }
        }
        return collector.tags()
    }
}
