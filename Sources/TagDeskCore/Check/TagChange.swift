/// What a pass would change in one classifier's tags of an article, compared with its tag file: labels added,
/// removed, or moved to other lines.
struct TagChange: Sendable {
    enum Kind: String, Sendable { case add, remove, move }

    let classifier: String
    let label: String
    let kind: Kind
    /// The line the change is shown at: the tag's first line (its new one when added or moved), else 1.
    let line: Int
    let lines: [LineRange]?

    /// Every label change between `old` and `new`, by classifier then label.
    static func between(old: [String: [Tag]], new: [String: [Tag]]) -> [TagChange] {
        var changes: [TagChange] = []
        for classifier in Set(old.keys).union(new.keys).sorted() {
            let before = Dictionary((old[classifier] ?? []).map { ($0.label, $0) }) { first, _ in first }
            let after = Dictionary((new[classifier] ?? []).map { ($0.label, $0) }) { first, _ in first }
            for label in Set(before.keys).union(after.keys).sorted() {
                switch (before[label], after[label]) {
                case (nil, let tag?): changes.append(TagChange(classifier: classifier, label: label, kind: .add, tag: tag))
                case (let tag?, nil): changes.append(TagChange(classifier: classifier, label: label, kind: .remove, tag: tag))
                case (let was?, let now?) where was.lines != now.lines:
                    changes.append(TagChange(classifier: classifier, label: label, kind: .move, tag: now))
                default: break
                }
            }
        }
        return changes
    }

    private init(classifier: String, label: String, kind: Kind, tag: Tag) {
        self.classifier = classifier
        self.label = label
        self.kind = kind
        line = tag.lines?.first?.start ?? 1
        lines = tag.lines
    }

    var message: String {
        let lines = lines.map { " (lines " + $0.map { $0.start == $0.end ? "\($0.start)" : "\($0.start)-\($0.end)" }.joined(separator: ", ") + ")" } ?? ""
        let verb = switch kind {
        case .add: "would add label '\(label)'\(lines)"
        case .remove: "would remove label '\(label)'"
        case .move: "would move label '\(label)' to other lines\(lines)"
        }
        return "\(classifier): a pass \(verb); the tag file is stale, run 'tagdesk classify'"
    }
}
