import TagDeskCore

/// The mentions of places counted over one unit of text: scores and evidence per place, hits per name.
struct PlaceMentions {
    private(set) var scores: [Double]
    private(set) var evidence: [[Evidence]]
    /// Places named in the unit's lead (its first content lines), or within a place named there.
    private(set) var inLead: [Bool]
    private var hits: [Int]
    /// Mentions by names that need context, held back per place until the unit is read.
    private var pending: [(lineage: [Int], evidence: Evidence?, inLead: Bool)] = []

    /// Evidence kept per place; `Tag` keeps fewer, and counts the rest.
    private static let evidenceLimit = 4 * Tag.evidenceLimit

    init(placeCount: Int, nameCount: Int) {
        scores = Array(repeating: 0, count: placeCount)
        evidence = Array(repeating: [], count: placeCount)
        inLead = Array(repeating: false, count: placeCount)
        hits = Array(repeating: 0, count: nameCount)
    }

    /// Counts one hit of a name; false once the name has had `limit` hits, when it adds nothing more.
    mutating func count(name: Int, limit: Int) -> Bool {
        hits[name] += 1
        return hits[name] <= limit
    }

    /// A mention of the first place of `lineage`, which is one of every place after it too.
    mutating func add(_ mention: Evidence?, to lineage: [Int], confirmed: Bool, inLead lead: Bool) {
        guard confirmed else { return pending.append((lineage, mention, lead)) }
        for place in lineage {
            scores[place] += 1
            if lead { inLead[place] = true }
            if let mention, evidence[place].count < Self.evidenceLimit { evidence[place].append(mention) }
        }
    }

    /// Counts the held-back mentions of each place the unit also names another way.
    mutating func settleContextNames() {
        let confirmed = scores.map { $0 > 0 }
        for (chain, mention, lead) in pending where confirmed[chain[0]] {
            add(mention, to: chain, confirmed: true, inLead: lead)
        }
        pending.removeAll()
    }

    /// Primary: named in the lead, or with at least `share` of the best score of the places in `tagged`;
    /// the places a primary place lies in are primary too. The others are only mentioned.
    func prominence(of tagged: [Int], share: Double, lineage: [[Int]]) -> [Int: Prominence] {
        let best = tagged.map { scores[$0] }.max() ?? 0
        var primary = Set<Int>()
        for place in tagged where inLead[place] || scores[place] >= share * best {
            primary.formUnion(lineage[place])
        }
        return Dictionary(uniqueKeysWithValues: tagged.map { ($0, primary.contains($0) ? .primary : .mentioned) })
    }
}
