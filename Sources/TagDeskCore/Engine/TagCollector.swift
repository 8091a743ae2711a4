/// Turns per-unit label candidates into a classifier's tags: one best label per unit unless multi-label,
/// then one tag per label with the union of its units' lines, its best score and all its evidence.
public struct TagCollector: Sendable {
    private struct Candidate: Sendable {
        let label: String
        let score: Double
        let evidence: [Evidence]
    }

    public let scope: Scope
    public let multiLabel: Bool
    private var units: [(range: LineRange, lines: [Int], candidates: [Candidate])] = []

    public init(scope: Scope, multiLabel: Bool) {
        self.scope = scope
        self.multiLabel = multiLabel
    }

    /// Offers `label` for `unit`; call only for labels that passed their threshold.
    public mutating func add(_ label: String, score: Double, evidence: [Evidence], in unit: TextUnit) {
        let candidate = Candidate(label: label, score: score, evidence: evidence)
        if let last = units.indices.last, units[last].range == unit.range {
            units[last].candidates.append(candidate)
        } else {
            units.append((unit.range, unit.lines.map(\.number), [candidate]))
        }
    }

    public func tags() -> [Tag] {
        var byLabel: [String: (score: Double, lines: [Int], evidence: [Evidence])] = [:]
        for unit in units {
            let kept = multiLabel ? unit.candidates : unit.candidates
                .max { ($0.score, $1.label) < ($1.score, $0.label) }.map { [$0] } ?? []
            for candidate in kept {
                var entry = byLabel[candidate.label] ?? (0, [], [])
                entry.score = max(entry.score, candidate.score)
                entry.lines += unit.lines
                entry.evidence += candidate.evidence
                byLabel[candidate.label] = entry
            }
        }
        return byLabel.sorted { $0.key < $1.key }.map { label, entry in
            let lines = scope == .article ? nil : LineRange.covering(entry.lines)
            return Tag(label: label, score: entry.score, lines: lines, evidence: entry.evidence)
        }
    }
}
