import TagDeskCore

/// The `tally` plugin: one label for the whole article from another classifier's line or paragraph tags, by the
/// content lines each label covers (an article's tone from its paragraphs' tones).
///
/// The label covering the most content lines wins; when a second label covers at least `mixed_share` of the
/// tagged lines, the answer is `mixed`; with no tagged line, `none`. Only labels listed in the rule are given.
public struct TallyClassifier: ClassifierPlugin {
    public static let name = "tally"
    public static let summary = "one article label from another classifier's line or paragraph tags (e.g. the article's tone)"
    public static let version = 1
    public static let scopes: Set<Scope> = [.article]

    private let source: String
    private let labels: Set<String>
    private let mixed: String?
    private let none: String?
    private let mixedShare: Double

    public init(configuration: PluginConfiguration<Label, Settings>) throws {
        let settings = configuration.settings
        let names = Set(configuration.labels.map(\.name))
        var diagnostics: [Diagnostic] = []
        for answer in [settings.mixed, settings.none].compactMap({ $0 }) where !names.contains(answer.value) {
            diagnostics.append(configuration.error("'\(answer.value)' is not a label of this file; expected one of its labels", at: answer))
        }
        if let share = settings.mixedShare, !(share.value > 0 && share.value <= 0.5) {
            diagnostics.append(configuration.error(
                "mixed_share must be above 0 and at most 0.5 (a second label's share of the tagged lines); got \(share.value)", at: share))
        }
        if !diagnostics.isEmpty { throw DiagnosticList(diagnostics) }
        source = settings.from.value
        labels = names
        mixed = settings.mixed?.value
        none = settings.none?.value
        mixedShare = settings.mixedShare?.value ?? 0.25
    }

    public func classify(_ article: Article, context: ClassificationContext, facts: NoFacts) -> [Tag] {
        var covered: [String: Int] = [:]
        for tag in context.priorTags[source] ?? [] {
            let lines = (tag.lines ?? []).flatMap(\.lines).filter { context.isContent(article.lines[$0 - 1]) }
            if !lines.isEmpty { covered[tag.label, default: 0] += lines.count }
        }
        let total = covered.values.reduce(0, +)
        let ranked = covered.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
        let answer: String?
        if let best = ranked.first {
            let runnerUp = ranked.dropFirst().first.map { Double($0.value) / Double(total) } ?? 0
            answer = runnerUp >= mixedShare ? mixed ?? best.key : best.key
        } else {
            answer = none
        }
        guard let answer, labels.contains(answer) else { return [] }
        let score = total == 0 ? 1 : Double(covered[answer] ?? total) / Double(total)
        return [Tag(label: answer, score: score)]
    }
}
