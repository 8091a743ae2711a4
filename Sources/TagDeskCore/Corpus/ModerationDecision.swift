import Foundation

/// A person's moderation decision about an article, one item of its decisions file:
/// `{decision: publish, by: alice, at: 2026-11-24T10:00:00Z, note: …, sha256: …}`. It wins over the policies'
/// decision while the article is the version it was made for (`sha256`), so an edited article is judged again.
public struct ModerationDecision: Codable, Sendable, Hashable {
    enum CodingKeys: String, CodingKey, CaseIterable { case decision, by, at, note, sha256 }

    public var decision: PolicyDecision.Outcome
    public var by: String
    public var at: String?
    public var note: String?
    /// SHA-256 of the article's bytes when the decision was made.
    public var sha256: String?

    public init(decision: PolicyDecision.Outcome, by: String, at: String? = nil, note: String? = nil, sha256: String? = nil) {
        self.decision = decision
        self.by = by
        self.at = at
        self.note = note
        self.sha256 = sha256
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
        decision = try container.decode(PolicyDecision.Outcome.self, forKey: .decision)
        by = try container.decode(String.self, forKey: .by)
        at = try container.decodeIfPresent(String.self, forKey: .at)
        note = try container.decodeIfPresent(String.self, forKey: .note)
        sha256 = try container.decodeIfPresent(String.self, forKey: .sha256)
    }

    /// The decision that applies to `article` among a decisions file's: the latest by `at` (then by place in
    /// the file) that was made for this version of the article. Invalid ones are errors; ones made for another
    /// version are findings.
    static func applicable(in file: DecisionsFile, article: Article) -> (PolicyDecision.Human?, findings: [Finding], diagnostics: [Diagnostic]) {
        var valid: [(DecisionsFile.ModerationEntry, order: Int)] = []
        var findings: [Finding] = []
        var diagnostics: [Diagnostic] = []
        for (order, entry) in file.moderation.enumerated() {
            let decision = entry.decision
            var ok = true
            if decision.by.trimmingCharacters(in: .whitespaces).isEmpty {
                diagnostics.append(file.diagnostic(.error, "empty 'by'; expected the name of the person who decided", at: entry.location))
                ok = false
            }
            if let at = decision.at, !ISO8601UTC.isValid(at) {
                diagnostics.append(file.diagnostic(.error, "'at' is '\(at)'; expected an ISO 8601 UTC time such as 2026-11-24T10:00:00Z", at: entry.location))
                ok = false
            }
            guard ok else { continue }
            if let sha256 = decision.sha256, sha256 != article.sha256 {
                findings.append(Finding(kind: "stale-decision", severity: .warning,
                    message: "the decision '\(decision.decision.rawValue)' of \(HumanDecision.attribution(by: decision.by, at: decision.at, note: decision.note)) "
                        + "was made on another version of the article; it is not applied (decide again with 'tagdesk decide')"))
                continue
            }
            valid.append((entry, order))
        }
        let times = DecisionCheck.effectiveTimes(valid.map(\.0.decision.at))
        let latest = valid.indices.max { (times[$0], valid[$0].order) < (times[$1], valid[$1].order) }.map { valid[$0].0.decision }
        let human = latest.map { PolicyDecision.Human(decision: $0.decision, by: HumanDecision.attribution(by: $0.by, at: $0.at, note: $0.note)) }
        return (human, findings, diagnostics)
    }
}
