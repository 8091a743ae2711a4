/// What a filter and the queue's order look at for one article: its labels, findings, language and moderation
/// decision as its tag file records them, and its review state.
public struct ReviewFacts: Sendable {
    public var labels: [String: Set<String>]
    public var findings: Set<String>
    public var language: String?
    public var decision: String?
    public var state: ReviewState
    /// Lower is less sure: 0 with a warning or an error finding or no tag at all, else the lowest score of the
    /// article-wide tags the rules gave.
    public var confidence: Double

    public init(labels: [String: Set<String>] = [:], findings: Set<String> = [], language: String? = nil,
                decision: String? = nil, state: ReviewState = ReviewState(kind: .unreviewed), confidence: Double = 0) {
        self.labels = labels
        self.findings = findings
        self.language = language
        self.decision = decision
        self.state = state
        self.confidence = confidence
    }

    /// The facts of an article classified as `tags`, `findings`….
    public init(tags: [String: [Tag]], findings: [Finding], language: String?, decision: String?, state: ReviewState) {
        let ruleScores = tags.values.joined().filter { $0.source == .rules && $0.lines == nil }.map(\.score)
        let warned = findings.contains { $0.severity >= .warning }
        self.init(labels: tags.mapValues { Set($0.map(\.label)) }, findings: Set(findings.map(\.kind)), language: language,
                  decision: decision, state: state, confidence: warned ? 0 : ruleScores.min() ?? 0)
    }
}
