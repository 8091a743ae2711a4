/// The articles a review walks, in the order asked for: the ones a filter keeps out of the corpus's facts.
public struct ReviewQueue: Sendable, Equatable {
    public enum Order: String, Sendable, CaseIterable {
        /// Least confident first (`ReviewFacts.confidence`), then by id.
        case confidence
        /// By article id.
        case id
        /// Changed since reviewed first, then never reviewed, then the rest; by id within each.
        case changed
    }

    public let ids: [String]

    public init(ids: [String]) { self.ids = ids }

    /// The ids of `facts` that `filter` keeps, in `order`.
    public init(facts: [String: ReviewFacts], filter: ReviewFilter, order: Order) {
        let kept = facts.filter { filter.matches($0.value) }
        switch order {
        case .id:
            ids = kept.keys.sorted()
        case .confidence:
            ids = kept.sorted { ($0.value.confidence, $0.key) < ($1.value.confidence, $1.key) }.map(\.key)
        case .changed:
            func rank(_ state: ReviewState) -> Int {
                switch state.kind {
                case .changed: 0
                case .unreviewed: 1
                case .reviewed: 2
                }
            }
            ids = kept.sorted { (rank($0.value.state), $0.key) < (rank($1.value.state), $1.key) }.map(\.key)
        }
    }
}
