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
