/// Where an article stands in review, from the `review:` records of its decisions file: never reviewed,
/// reviewed and unchanged since, or changed since (its text, the rules, or people's decisions).
public struct ReviewState: Sendable, Equatable {
    public enum Kind: String, Sendable {
        case unreviewed
        case reviewed
        case changed
    }

    public let kind: Kind
    /// For `changed`: what changed, e.g. `text`, `rules`, `decisions`.
    public let reasons: [String]
    /// Who accepted it last, and when (`alice on 2026-12-01`).
    public let lastReview: String?

    public init(kind: Kind, reasons: [String] = [], lastReview: String? = nil) {
        self.kind = kind
        self.reasons = reasons
        self.lastReview = lastReview
    }

    /// The state of an article whose text has digest `sha256`, under rules with `rulesDigest`.
    public init(decisions file: DecisionsFile?, sha256: String, rulesDigest: String) {
        var last: DecisionsFile.ReviewEntry?
        for entry in file?.reviews ?? [] {
            switch entry.record.review {
            case .accepted: last = entry
            case .reopened: last = nil
            case .note, .retracted: break
            }
        }
        guard let last, let file else {
            self.init(kind: .unreviewed)
            return
        }
        var reasons: [String] = []
        if last.record.sha256 != sha256 { reasons.append("text") }
        if last.record.rules != rulesDigest { reasons.append("rules") }
        let laterDecision = file.entries.contains { $0.location.line > last.location.line }
            || file.moderation.contains { $0.location.line > last.location.line }
        if laterDecision { reasons.append("decisions") }
        let who = HumanDecision.attribution(by: last.record.by, at: last.record.at, note: nil)
        self.init(kind: reasons.isEmpty ? .reviewed : .changed, reasons: reasons, lastReview: who)
    }

    public var description: String {
        switch kind {
        case .unreviewed: "not reviewed"
        case .reviewed: "reviewed by \(lastReview ?? "someone")"
        case .changed: "changed since reviewed by \(lastReview ?? "someone") (\(reasons.joined(separator: ", ")))"
        }
    }
}

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
