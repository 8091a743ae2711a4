extension HumanDecision {
    /// Applies a classifier's human decisions, in order, to the tags its rules produced.
    ///
    /// The decisions must have been checked (`DecisionCheck`): known labels, lines inside the article.
    /// Returns the tags to keep and a finding for every decision the rules now disagree with.
    public static func apply(_ decisions: [HumanDecision], to ruleTags: [Tag], classifier: Classifier) -> (tags: [Tag], findings: [Finding]) {
        var tags = ruleTags
        var findings: [Finding] = []
        let lined = classifier.scope != .article
        func disagree(_ decision: HumanDecision, _ what: String) {
            let message = "\(classifier.name): \(what); kept the decision of \(decision.attribution)"
            guard !decision.acknowledged.contains(message) else { return }
            findings.append(Finding(kind: "human-disagreement", severity: .warning, lines: decision.lines ?? [],
                                    message: message, classifier: classifier.name))
        }
        for decision in decisions where decision.classifier == classifier.name {
            switch decision.action {
            case .add:
                guard let label = decision.label else { continue }
                let ruleTag = ruleTags.first { $0.label == label }
                let ruleHas = ruleTag != nil && (!lined || (decision.lines ?? []).isSubset(of: ruleTag?.lines ?? []))
                if !ruleHas { disagree(decision, "rules do not give '\(label)'\(Self.where(decision.lines)) but a person added it") }
                let existing = tags.firstIndex { $0.label == label }
                var tag = existing.map { tags[$0] } ?? Tag(label: label, score: 1, source: .human)
                tag.source = .human
                if lined, let lines = decision.lines { tag.lines = (tag.lines ?? []).union(lines) }
                if let existing { tags[existing] = tag } else { tags.append(tag) }
            case .remove:
                guard let label = decision.label, let index = tags.firstIndex(where: { $0.label == label }) else {
                    continue
                }
                let ruleGives = ruleTags.contains { $0.label == label }
                if lined, let removed = decision.lines, let tagLines = tags[index].lines {
                    if tagLines.intersects(removed), ruleGives {
                        disagree(decision, "rules give '\(label)'\(Self.where(removed)) but a person removed it")
                    }
                    let left = tagLines.subtracting(removed)
                    if left.isEmpty { tags.remove(at: index) } else {
                        tags[index].lines = left
                        tags[index].evidence.removeAll { line in removed.contains { $0.contains(line.line) } }
                    }
                } else {
                    if ruleGives { disagree(decision, "rules give '\(label)' but a person removed it") }
                    tags.remove(at: index)
                }
            case .set:
                let wanted = Set(decision.labels ?? [])
                if Set(ruleTags.map(\.label)) != wanted {
                    let rules = ruleTags.map { "'\($0.label)'" }.joined(separator: ", ")
                    disagree(decision, "rules give [\(rules)] but a person set [\(wanted.sorted().map { "'\($0)'" }.joined(separator: ", "))]")
                }
                tags = wanted.sorted().map { label in
                    var tag = tags.first { $0.label == label } ?? Tag(label: label, score: 1, lines: decision.lines)
                    tag.source = .human
                    return tag
                }
            }
        }
        return (tags.sorted { $0.label < $1.label }, findings)
    }

    static func `where`(_ lines: [LineRange]?) -> String {
        guard let lines, !lines.isEmpty else { return "" }
        return " on lines " + lines.map { $0.start == $0.end ? "\($0.start)" : "\($0.start)-\($0.end)" }.joined(separator: ", ")
    }
}
