/// The state of one `tagdesk review`: the queue and the place in it, the changes made, and undo and redo
/// across articles. Pure: the caller writes each change and reports back; nothing here reads or writes files.
public struct ReviewSession: Sendable {
    /// One entry a change writes to an article's decisions file.
    public enum Entry: Sendable, Hashable {
        case decision(HumanDecision)
        case review(ReviewRecord)
    }

    /// A person's correction of a label the rules gave (`wrong`) or missed (`missed`).
    public struct Correction: Sendable, Hashable {
        public enum Kind: String, Sendable { case wrong, missed }
        public let classifier: String
        public let label: String
        public let kind: Kind

        public init(classifier: String, label: String, kind: Kind) {
            self.classifier = classifier
            self.label = label
            self.kind = kind
        }
    }

    /// One change: what was written, what writing takes it back, and what it corrects in the rules.
    public struct Change: Sendable, Hashable {
        public let article: String
        public let entry: Entry
        public let inverse: Entry
        public let corrections: [Correction]
        /// The id of the decision last written for it (`nil` for a review record), which an undo names.
        public var written: String?
        /// The id of the decision its undo wrote, which a redo names.
        public var undoWritten: String?

        public init(article: String, entry: Entry, inverse: Entry, corrections: [Correction] = []) {
            self.article = article
            self.entry = entry
            self.inverse = inverse
            self.corrections = corrections
        }
    }

    public private(set) var queue: ReviewQueue
    /// Index in `queue.ids`, or the article gone to with `goto` outside the queue.
    public private(set) var position: Int
    public private(set) var outside: String?
    /// The changes in force, oldest first: undo takes back the last.
    public private(set) var done: [Change] = []
    /// Changes taken back, the last taken back last: redo makes it again.
    public private(set) var undone: [Change] = []
    /// Articles looked at in this session, in the order first seen.
    public private(set) var seen: [String] = []

    public init(queue: ReviewQueue) {
        self.queue = queue
        position = 0
        if let first = queue.ids.first { seen = [first] }
    }

    /// The article on screen; `nil` when the queue is empty or walked past its end.
    public var current: String? {
        outside ?? (queue.ids.indices.contains(position) ? queue.ids[position] : nil)
    }

    /// `3/12` for the prompt; `-/12` for an article outside the queue.
    public var place: String {
        let total = queue.ids.count
        if outside != nil { return "-/\(total)" }
        return "\(min(position + 1, total))/\(total)"
    }

    /// Moves on; false (staying past the end) when there is no next article.
    @discardableResult
    public mutating func next() -> Bool {
        if let outside, let index = queue.ids.firstIndex(of: outside) { position = index }
        outside = nil
        guard position + 1 < queue.ids.count else {
            position = queue.ids.count
            return false
        }
        position += 1
        see()
        return true
    }

    @discardableResult
    public mutating func prev() -> Bool {
        if let outside, let index = queue.ids.firstIndex(of: outside) { position = index + 1 }
        outside = nil
        guard position > 0, !queue.ids.isEmpty else { return false }
        position = min(position, queue.ids.count) - 1
        see()
        return true
    }

    /// Goes to `id`, in the queue or not.
    public mutating func go(to id: String) {
        if let index = queue.ids.firstIndex(of: id) {
            position = index
            outside = nil
        } else {
            outside = id
        }
        see()
    }

    /// A new queue (a new filter); the current article stays on screen if it is in it, else the first.
    public mutating func replaceQueue(_ new: ReviewQueue) {
        let here = current
        queue = new
        outside = nil
        position = here.flatMap { new.ids.firstIndex(of: $0) } ?? 0
        see()
    }

    /// A change was written: it can be undone; what was undone can no longer be redone.
    public mutating func record(_ change: Change) {
        done.append(change)
        undone.removeAll()
    }

    /// The change `undo` would take back, and the article it goes to.
    public var nextUndo: Change? { done.last }
    /// The change `redo` would make again.
    public var nextRedo: Change? { undone.last }

    /// The last change's inverse was written (as decision `written`): it moves to the redo list, and the screen
    /// to its article.
    public mutating func didUndo(written: String? = nil) {
        guard var change = done.popLast() else { return }
        change.undoWritten = written
        undone.append(change)
        if current != change.article { go(to: change.article) }
    }

    /// The last undone change was written again (as decision `written`).
    public mutating func didRedo(written: String? = nil) {
        guard var change = undone.popLast() else { return }
        change.written = written
        done.append(change)
        if current != change.article { go(to: change.article) }
    }

    private mutating func see() {
        if let current, !seen.contains(current) { seen.append(current) }
    }

    /// Articles accepted in this session (and not taken back), in order.
    public var accepted: [String] {
        var ids: [String] = []
        for change in done {
            if case .review(let record) = change.entry, record.review == .accepted, !ids.contains(change.article) { ids.append(change.article) }
        }
        return ids
    }

    /// Articles with a decision or a note in force from this session, in order.
    public var changed: [String] {
        var ids: [String] = []
        for change in done {
            if case .review(let record) = change.entry, record.review == .accepted { continue }
            if !ids.contains(change.article) { ids.append(change.article) }
        }
        return ids
    }

    /// Per classifier and label, how often this session corrected the rules, and how.
    public var corrections: [Correction: Int] {
        var counts: [Correction: Int] = [:]
        for change in done { for correction in change.corrections { counts[correction, default: 0] += 1 } }
        return counts
    }

    /// What `quit` prints: articles reviewed and changed, then the corrections of the rules per label, with the
    /// share of the articles reviewed that needed it.
    public var summary: String {
        let reviewed = Set(accepted + changed)
        var out = "session: \(seen.count) \(seen.count == 1 ? "article" : "articles") seen, \(accepted.count) accepted, "
            + "\(changed.count) changed, \(done.count) \(done.count == 1 ? "change" : "changes") in force"
            + (undone.isEmpty ? "" : ", \(undone.count) undone") + "\n"
        if !accepted.isEmpty { out += "accepted: \(accepted.joined(separator: ", "))\n" }
        if !changed.isEmpty { out += "changed: \(changed.joined(separator: ", "))\n" }
        let counts = corrections
        if counts.isEmpty {
            out += "no correction of the rules\n"
        } else {
            out += "corrections of the rules (of \(reviewed.count) \(reviewed.count == 1 ? "article" : "articles") reviewed):\n"
            let keys = counts.keys.sorted { ($0.classifier, $0.label, $0.kind.rawValue) < ($1.classifier, $1.label, $1.kind.rawValue) }
            for key in keys {
                let count = counts[key] ?? 0
                let rate = reviewed.isEmpty ? 0 : Int((Double(count) / Double(reviewed.count) * 100).rounded())
                out += "  \(key.classifier) \(key.label): \(key.kind == .wrong ? "wrongly given" : "missed") \(count)× (\(rate)%)\n"
            }
        }
        return out
    }
}
