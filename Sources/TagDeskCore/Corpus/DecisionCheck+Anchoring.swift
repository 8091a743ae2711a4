extension DecisionCheck {
    /// The judged lines in the article as it is now: unchanged when the article is the one decided on, else
    /// followed by their anchors. Lines whose text is gone make a `stale-decision` finding; `nil` when none is left.
    mutating func anchor(_ entry: DecisionsFile.Entry, lines: [LineRange], in file: DecisionsFile, article: Article) -> [LineRange]? {
        let decision = entry.decision
        guard let sha = decision.sha256, sha != article.sha256 else { return lines }
        guard let anchors = decision.anchors else {
            if let last = lines.map(\.end).max(), last > article.lines.count {
                staleLines(entry, lines, in: file, why: "the article was edited and now has \(article.lines.count) lines")
                return nil
            }
            findings.append(Finding(kind: "unanchored-decision", severity: .warning, lines: lines,
                message: "\(decision.classifier): the article changed since decision \(decision.stableID) by \(decision.by); "
                    + "it has no 'anchors', so it is applied to the same line numbers, which may now hold other text"))
            return lines
        }
        let byDigest = linesByDigest ?? {
            var index: [String: [Int]] = [:]
            for line in article.lines { index[LineDigest.of(line.text), default: []].append(line.number) }
            return index
        }()
        linesByDigest = byDigest
        var found: [Int] = []
        var missing: [Int] = []
        var shift = 0
        var anchorIndex = 0
        for range in lines {
            for number in range.lines {
                let digest = anchors[anchorIndex]
                anchorIndex += 1
                let expected = number + shift
                let candidates = byDigest[digest] ?? []
                guard let best = candidates.min(by: { abs($0 - expected) < abs($1 - expected) }) else {
                    missing.append(number)
                    continue
                }
                found.append(best)
                shift = best - number
            }
        }
        let moved = LineRange.covering(found)
        if !missing.isEmpty {
            staleLines(entry, LineRange.covering(missing), in: file, why: "their text is no longer in the article")
        }
        if !found.isEmpty, moved != lines.merged {
            findings.append(Finding(kind: "reanchored-decision", severity: .info, lines: moved,
                message: "\(decision.classifier): the article was edited; decision \(decision.stableID) by \(decision.by) "
                    + "now applies to lines \(Self.describe(moved)) (written as \(Self.describe(lines)))"))
        }
        return found.isEmpty ? nil : moved
    }

    private mutating func staleLines(_ entry: DecisionsFile.Entry, _ lines: [LineRange], in file: DecisionsFile, why: String) {
        let decision = entry.decision
        let message = "\(decision.classifier): decision \(decision.stableID) by \(decision.by) judged lines \(Self.describe(lines)) "
            + "of an earlier version of the article; \(why), so it is not applied there"
        findings.append(Finding(kind: "stale-decision", severity: .warning, message: message))
        diagnostics.append(file.diagnostic(.warning, message, at: entry.location(of: "lines")))
    }

    static func describe(_ lines: [LineRange]) -> String {
        lines.map { $0.start == $0.end ? "\($0.start)" : "\($0.start)-\($0.end)" }.joined(separator: ", ")
    }
}
