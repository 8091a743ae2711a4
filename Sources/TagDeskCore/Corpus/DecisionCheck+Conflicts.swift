extension DecisionCheck {
    /// Whether a later decision contradicts an earlier one: `nil` if not, `true` if only on some of their
    /// lines (both are applied, the later last), `false` if wholly (the earlier one is dropped).
    static func contradiction(_ earlier: HumanDecision, _ later: HumanDecision) -> Bool? {
        guard earlier.classifier == later.classifier else { return nil }
        let overlapping: Bool
        switch (earlier.lines, later.lines) {
        case (let first?, let second?): overlapping = first.intersects(second)
        default: overlapping = true
        }
        guard overlapping else { return nil }
        let partial = earlier.lines != nil && later.lines != nil && earlier.lines?.merged != later.lines?.merged
        func says(_ decision: HumanDecision, _ label: String) -> Bool? {
            switch decision.action {
            case .add: decision.label == label ? true : nil
            case .remove: decision.label == label ? false : nil
            case .set: decision.namedLabels.contains(label)
            }
        }
        let labels = Set(earlier.namedLabels + later.namedLabels)
        let disagrees = labels.contains { label in
            guard let first = says(earlier, label), let second = says(later, label) else { return false }
            return first != second
        }
        return disagrees ? partial : nil
    }

    mutating func report(conflict earlier: DecisionsFile.Entry, later: DecisionsFile.Entry, in file: DecisionsFile, partial: Bool) {
        let first = earlier.decision, second = later.decision
        // Taking one's own decision back ('tagdesk review' undo and redo) is no conflict.
        if second.by == first.by, second.note == HumanDecision.undoNote(of: first.stableID) || second.note == HumanDecision.redoNote(of: first.stableID) {
            return
        }
        func what(_ decision: HumanDecision) -> String {
            let when = decision.at.map { " on \($0)" } ?? ""
            let labels = decision.namedLabels.map { "'\($0)'" }.joined(separator: ", ")
            let lines = decision.lines.map { " on lines \(Self.describe($0))" } ?? ""
            let verb = switch decision.action {
            case .add: "added"
            case .remove: "removed"
            case .set: "set [\(labels)]"
            }
            return "\(decision.by) \(verb)\(decision.action == .set ? "" : " " + labels)\(lines)\(when) (\(decision.stableID))"
        }
        let message = "\(first.classifier): \(what(first)) but \(what(second)); the later decision, by \(second.by), wins"
            + (partial ? " on the lines they share" : "")
        findings.append(Finding(kind: "decision-conflict", severity: .warning, lines: second.lines ?? [], message: message))
        diagnostics.append(file.diagnostic(.warning, message, at: later.location))
    }
}
