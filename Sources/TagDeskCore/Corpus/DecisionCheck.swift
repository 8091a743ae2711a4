import Foundation

/// Checks a decisions file against the rules and the article as it is now, the way rule files are checked:
/// every problem located, errors refuse the file, stale and conflicting decisions become findings. Judged lines
/// that moved since the decision are followed by their anchors.
public struct DecisionCheck: Sendable {
    /// The decisions to apply, in the order that lets the later of two conflicting ones win.
    public var decisions: [HumanDecision] = []
    /// For the tag file: stale, re-anchored and conflicting decisions.
    public var findings: [Finding] = []
    /// Located errors and warnings; with any error, the article's tag file must not be written.
    public var diagnostics: [Diagnostic] = []

    /// Ids of decisions that are not applied: invalid, stale, or whose judged text is gone.
    public var unapplied: Set<String> = []
    /// The article's line numbers by `LineDigest`, built once, for the first decision that needs re-anchoring.
    var linesByDigest: [String: [Int]]?

    public var hasErrors: Bool { diagnostics.contains { $0.level == .error } }

    /// No decisions.
    public init() {}

    public init(_ file: DecisionsFile, articleID: String, article: Article, ruleSet: RuleSet) {
        guard file.article == articleID else {
            diagnostics.append(file.diagnostic(.error,
                "decisions file is about article '\(file.article)', not '\(articleID)' (copied from another article?); it was not applied",
                at: SourceLocation(file: file.displayPath, line: 1, column: 1)))
            return
        }
        var accepted: [(entry: DecisionsFile.Entry, order: Int)] = []
        var seenIDs: [String: SourceLocation] = [:]
        for (index, var entry) in file.entries.enumerated() {
            let id = entry.decision.stableID
            if let first = seenIDs[id] {
                guard entry.decision.id == nil else {
                    diagnostics.append(file.diagnostic(.error,
                        "decision id '\(id)' is already used at line \(first.line); each decision needs its own id",
                        at: entry.location(of: "id")))
                    continue
                }
                // The same decision written twice without ids: number the copies.
                var copy = 2
                while seenIDs["\(id)-\(copy)"] != nil { copy += 1 }
                entry.decision.id = "\(id)-\(copy)"
            }
            let decision = entry.decision
            seenIDs[decision.stableID] = entry.location
            guard validate(entry, in: file, article: article, ruleSet: ruleSet) else {
                unapplied.insert(decision.stableID)
                continue
            }
            if let lines = decision.lines, let classifier = ruleSet.classifier(named: decision.classifier),
               classifier.scope != .article {
                guard let anchored = anchor(entry, lines: lines, in: file, article: article) else {
                    unapplied.insert(decision.stableID)
                    continue
                }
                entry.decision.lines = anchored
            }
            accepted.append((entry, index))
        }
        let times = Self.effectiveTimes(accepted.map(\.entry.decision.at))
        let ordered = accepted.indices.sorted { (times[$0], accepted[$0].order) < (times[$1], accepted[$1].order) }
            .map { accepted[$0] }
        var dropped: Set<Int> = []
        var earlierByKey: [String: [Int]] = [:]
        for (position, current) in ordered.enumerated() {
            let decision = current.entry.decision
            let keys = decision.action == .set ? [decision.classifier] : [decision.classifier + "/" + (decision.label ?? "")]
            let candidates = Set(keys.flatMap { earlierByKey[$0] ?? [] } + (earlierByKey[decision.classifier + "/set"] ?? []))
            for earlierPosition in candidates.sorted() where !dropped.contains(ordered[earlierPosition].order) {
                let earlier = ordered[earlierPosition]
                guard let overlap = Self.contradiction(earlier.entry.decision, decision) else { continue }
                report(conflict: earlier.entry, later: current.entry, in: file, partial: overlap)
                if !overlap { dropped.insert(earlier.order) }
            }
            if decision.action == .set {
                earlierByKey[decision.classifier + "/set", default: []].append(position)
                earlierByKey[decision.classifier, default: []].append(position)
            } else {
                earlierByKey[decision.classifier + "/" + (decision.label ?? ""), default: []].append(position)
                earlierByKey[decision.classifier, default: []].append(position)
            }
        }
        let acknowledged = Set(file.reviews.filter { $0.record.review == .accepted }.flatMap { $0.record.acknowledged ?? [] })
        decisions = ordered.filter { !dropped.contains($0.order) }.map { item in
            var decision = item.entry.decision
            decision.acknowledged = acknowledged
            return decision
        }
    }

    /// Field checks; false when the decision cannot be applied.
    private mutating func validate(_ entry: DecisionsFile.Entry, in file: DecisionsFile, article: Article, ruleSet: RuleSet) -> Bool {
        let decision = entry.decision
        var ok = true
        func error(_ message: String, _ key: String) {
            diagnostics.append(file.diagnostic(.error, message, at: entry.location(of: key)))
            ok = false
        }
        if decision.by.trimmingCharacters(in: .whitespaces).isEmpty {
            error("empty 'by'; expected the name of the person who decided", "by")
        }
        if let at = decision.at, !ISO8601UTC.isValid(at) {
            error("'at' is '\(at)'; expected an ISO 8601 UTC time such as 2026-11-24T10:00:00Z", "at")
        }
        if let sha = decision.sha256, sha.count != 64 || !sha.allSatisfy(\.isHexDigit) {
            error("'sha256' is not a SHA-256 in hex; expected the 64 hex digits of the article's digest", "sha256")
        }
        if let anchors = decision.anchors {
            if decision.lines == nil { error("'anchors' without 'lines'; anchors follow the judged lines", "anchors") }
            if let lines = decision.lines, anchors.count != lines.reduce(0, { $0 + $1.end - $1.start + 1 }) {
                error("'anchors' has \(anchors.count) digests for \(lines.lineCount) judged lines; expected one per line", "anchors")
            }
        }
        guard let classifier = ruleSet.classifier(named: decision.classifier) else {
            let known = ruleSet.classifiers.map { "'\($0.name)'" }.joined(separator: ", ")
            stale(entry, in: file, "names unknown classifier '\(decision.classifier)'; known classifiers: \(known)", key: "classifier")
            return false
        }
        for label in decision.namedLabels where !classifier.labels.contains(label) {
            let hint = nearestWord(to: label, in: classifier.labels).map { "did you mean '\($0)'? " } ?? ""
            stale(entry, in: file, "names unknown \(classifier.name) label '\(label)'; \(hint)labels: \(classifier.labels.joined(separator: ", "))",
                  key: decision.labels == nil ? "label" : "labels")
            ok = false
        }
        if decision.lines != nil, classifier.scope == .article {
            error("'lines' on a decision of '\(classifier.name)', which tags whole articles; remove 'lines'", "lines")
        }
        if let lines = decision.lines, decision.sha256 == nil || decision.sha256 == article.sha256,
           let last = lines.map(\.end).max(), last > article.lines.count {
            error("line \(last) is past the end of the article, which has \(article.lines.count) lines", "lines")
        }
        if ok, let lines = decision.lines, let anchors = decision.anchors, decision.sha256 == article.sha256,
           LineDigest.anchors(of: lines, in: article) != anchors {
            error("'anchors' do not match the judged lines of the article this decision names by 'sha256'", "anchors")
        }
        return ok
    }

    private mutating func stale(_ entry: DecisionsFile.Entry, in file: DecisionsFile, _ what: String, key: String) {
        let decision = entry.decision
        diagnostics.append(file.diagnostic(.warning, "decision \(decision.stableID) \(what); it is not applied", at: entry.location(of: key)))
        findings.append(Finding(kind: "stale-decision", severity: .warning,
                                message: "decision \(decision.stableID) by \(decision.by) \(what); it is kept as written and not applied"))
    }

    /// Each decision's time for ordering: its 'at', or that of the nearest dated decision before it in the file.
    static func effectiveTimes(_ times: [String?]) -> [String] {
        var last = ""
        return times.map { time in
            if let time { last = time }
            return time ?? last
        }
    }
}
