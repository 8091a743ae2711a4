import TagDeskCore

extension ArticleScreen {
    /// How many line ranges or pieces of evidence a tag's summary names before it counts the rest.
    static let listedItems = 6

    /// Per classifier, its tags with score and source (and who decided, when and why), then the labels a
    /// person removed.
    func tagLines() -> [Page.Line] {
        var lines = [Page.Line(body: StyledLine("tags", .heading))]
        for (classifier, tags) in result.tags.sorted(by: { $0.key < $1.key }) {
            let removals = decisions.filter { $0.classifier == classifier && $0.action == .remove }
            guard !tags.isEmpty || !removals.isEmpty else {
                lines.append(Page.Line(indent: 2, body: StyledLine("\(classifier): none")))
                continue
            }
            lines.append(Page.Line(indent: 2, body: StyledLine(classifier)))
            for tag in tags { lines.append(Page.Line(indent: 4, body: summary(of: tag, classifier: classifier), hanging: 2)) }
            for removal in removals {
                var body = StyledLine("-" + (removal.label ?? ""), .removed)
                body.append("  removed by ")
                body.append(attribution(removal), .human)
                if let ranges = removal.lines { body.append("  " + Self.describe(ranges)) }
                lines.append(Page.Line(indent: 4, body: body, hanging: 2))
            }
        }
        return lines
    }

    private func summary(of tag: Tag, classifier: String) -> StyledLine {
        var body = StyledLine(VisibleText.of(tag.label), tag.source == .human ? .human : nil)
        body.append("  \(Self.formatted(tag.score))  ")
        if tag.source == .human {
            body.append("human", .human)
            if let decision = decision(giving: tag.label, classifier: classifier) {
                body.append(" ")
                body.append(attribution(decision), .human)
            }
        } else {
            body.append("rules", .dim)
        }
        if let ranges = tag.lines { body.append("  " + Self.describe(ranges)) }
        let shown = tag.evidence.filter { result.boilerplate[$0.line] == nil }
        if !shown.isEmpty {
            let listed = shown.prefix(Self.listedItems).map { "\($0.line) \"\(VisibleText.of($0.text))\"" }
            let more = shown.count - listed.count + (tag.moreEvidence ?? 0)
            body.append("  evidence " + listed.joined(separator: ", ") + (more > 0 ? ", +\(more) more" : ""))
        }
        return body
    }

    /// The last decision of the file that gives `label` to `classifier`.
    private func decision(giving label: String, classifier: String) -> HumanDecision? {
        decisions.last { decision in
            decision.classifier == classifier
                && (decision.action == .add && decision.label == label || decision.action == .set && decision.namedLabels.contains(label))
        }
    }

    /// `alice on 2026-11-24: why`.
    private func attribution(_ decision: HumanDecision) -> String {
        VisibleText.of(decision.by) + (decision.at.map { " on " + $0.prefix(10) } ?? "")
            + (decision.note.map { ": " + VisibleText.of($0) } ?? "")
    }

    func findingLines() -> [Page.Line] {
        guard !result.findings.isEmpty else { return [] }
        var lines = [Page.Line(body: StyledLine("findings", .heading))]
        for finding in result.findings {
            let role: ScreenStyle.Role = switch finding.severity {
            case .info: .info
            case .warning: .warning
            case .error: .error
            }
            var body = StyledLine(finding.severity.rawValue, role)
            body.append(" \(finding.kind)")
            if !finding.lines.isEmpty { body.append(" " + Self.describe(finding.lines)) }
            body.append(": " + VisibleText.of(finding.message))
            lines.append(Page.Line(indent: 2, body: body, hanging: 2))
        }
        return lines
    }

    /// The moderation decision, who overrode the policies, and the policies that fired.
    func decisionLines() -> [Page.Line] {
        guard let decision = result.decision else { return [] }
        var body = StyledLine("decision: ", .heading)
        body.append(decision.outcome.rawValue, decision.outcome == .publish ? nil : .warning)
        if let human = decision.human {
            body.append(" (decided by ")
            body.append(VisibleText.of(human.by), .human)
            body.append(decision.overriddenByHuman ? "; the policies say \(decision.policy.rawValue))" : ")")
        } else if decision.fired.isEmpty {
            body.append(" (no policy fired)")
        }
        var lines = [Page.Line(body: body, hanging: 2)]
        for fired in decision.fired {
            let text = "\(fired.decision.rawValue) \(fired.severity.rawValue): \(fired.policy): \(VisibleText.of(fired.message))"
            lines.append(Page.Line(indent: 2, body: StyledLine(text), hanging: 2))
        }
        return lines
    }

    /// `line 7`, `lines 3, 5-9, 12`, at most `listedItems` ranges and then how many more.
    static func describe(_ ranges: [LineRange]) -> String {
        let single = ranges.count == 1 && ranges[0].start == ranges[0].end
        let listed = ranges.prefix(listedItems).map { $0.start == $0.end ? "\($0.start)" : "\($0.start)-\($0.end)" }
        let more = ranges.count > listed.count ? ", +\(ranges.count - listed.count) more" : ""
        return (single ? "line " : "lines ") + listed.joined(separator: ", ") + more
    }

    static func formatted(_ score: Double) -> String {
        score == score.rounded() && abs(score) < 1e15 ? String(Int(score)) : String(score)
    }
}
