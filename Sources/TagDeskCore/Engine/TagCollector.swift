/// Turns per-unit label candidates into a classifier's tags: one best label per unit unless multi-label,
/// then one tag per label with the union of its units' lines, its best score and all its evidence.
///
/// Units are expected in line order (as `ClassificationContext.units(of:scope:)` gives them); candidates for
/// one unit are offered one after the other.
public struct TagCollector: Sendable {
    private struct Candidate: Sendable {
        let label: String
        let score: Double
        let evidence: [Evidence]
    }

    /// What the units kept so far give one label.
    private struct Entry: Sendable {
        let label: String
        var score = 0.0
        /// Their lines, consecutive ones joined; sorted and disjoint unless `needsMerge`.
        var ranges: [LineRange] = []
        var needsMerge = false
        var evidence: [Evidence] = []

        init(label: String) { self.label = label }

        mutating func add(line number: Int) {
            if let last = ranges.last {
                if number == last.end + 1 {
                    ranges[ranges.count - 1].end = number
                    return
                }
                if number <= last.end { needsMerge = true }
            }
            ranges.append(LineRange(line: number))
        }
    }

    public let scope: Scope
    public let multiLabel: Bool
    private var entries: [Entry] = []
    /// The unit the latest candidates were offered for, and those candidates.
    private var unit: TextUnit?
    private var candidates: [Candidate] = []

    public init(scope: Scope, multiLabel: Bool) {
        self.scope = scope
        self.multiLabel = multiLabel
    }

    /// Offers `label` for `unit`; call only for labels that passed their threshold.
    public mutating func add(_ label: String, score: Double, evidence: [Evidence], in unit: TextUnit) {
        if let current = self.unit, current.range != unit.range { settle() }
        self.unit = unit
        candidates.append(Candidate(label: label, score: score, evidence: evidence))
    }

    public func tags() -> [Tag] {
        var collector = self
        collector.settle()
        return collector.entries.sorted { $0.label < $1.label }.map { entry in
            let lines = scope == .article ? nil : entry.needsMerge ? entry.ranges.merged : entry.ranges
            return Tag(label: entry.label, score: entry.score, lines: lines, evidence: entry.evidence)
        }
    }

    /// Gives the current unit's kept candidates to their labels' entries.
    private mutating func settle() {
        guard let unit else { return }
        if multiLabel {
            for candidate in candidates { give(candidate, of: unit) }
        } else if let best = candidates.max(by: { ($0.score, $1.label) < ($1.score, $0.label) }) {
            give(best, of: unit)
        }
        self.unit = nil
        candidates.removeAll(keepingCapacity: true)
    }

    private mutating func give(_ candidate: Candidate, of unit: TextUnit) {
        let index = entries.firstIndex { $0.label == candidate.label } ?? {
            entries.append(Entry(label: candidate.label))
            return entries.count - 1
        }()
        entries[index].score = max(entries[index].score, candidate.score)
        if scope != .article {
            for line in unit.lines { entries[index].add(line: line.number) }
        }
        if !candidate.evidence.isEmpty { entries[index].evidence += candidate.evidence }
    }
}
