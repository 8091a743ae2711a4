/// One article as `tagdesk show` prints it: numbered lines with boilerplate marked, then tags with evidence, then
/// findings, then the moderation decision and the policies that led to it.
public struct ArticleView: Sendable {
    public let article: Article
    public let result: ArticleResult

    public init(article: Article, result: ArticleResult) {
        self.article = article
        self.result = result
    }

    public func render() -> String {
        var out = "\(result.path)  language: \(result.language ?? "unknown")  sha256: \(result.sha256.prefix(12))\n\n"
        let boilerplate = result.boilerplate
        let width = String(article.lines.count).count
        let labelWidth = max(boilerplate.values.map(\.count).max() ?? 0, 1)
        for line in article.lines {
            let number = String(repeating: " ", count: width - String(line.number).count) + String(line.number)
            let label = boilerplate[line.number] ?? ""
            let mark = label + String(repeating: " ", count: labelWidth - label.count)
            out += "\(number) \(mark) │ \(line.text)\n"
        }
        out += "\ntags:\n"
        for (classifier, tags) in result.tags.sorted(by: { $0.key < $1.key }) {
            out += "  \(classifier):" + (tags.isEmpty ? " -\n" : "\n")
            for tag in tags {
                let lines = tag.lines.map { "  lines " + $0.map(\.description).joined(separator: " ") } ?? ""
                out += "    \(tag.label)\(tag.source == .human ? "*" : "")  score \(formatted(tag.score))\(lines)\n"
                for evidence in tag.evidence.prefix(6) {
                    out += "      \(evidence.line): \(evidence.text)\n"
                }
                if tag.evidence.count > 6 { out += "      … \(tag.evidence.count - 6) more\n" }
            }
        }
        if !result.findings.isEmpty {
            out += "\nfindings:\n"
            for finding in result.findings {
                let lines = finding.lines.isEmpty ? "" : " " + finding.lines.map(\.description).joined(separator: " ")
                out += "  \(finding.severity.rawValue): \(finding.kind)\(lines): \(finding.message)\n"
            }
        }
        if let decision = result.decision {
            out += "\ndecision: \(decision.outcome.rawValue)"
            if let human = decision.human {
                out += " (decided by \(human.by)" + (decision.overriddenByHuman ? "; the policies say \(decision.policy.rawValue))\n" : ")\n")
            } else {
                out += decision.fired.isEmpty ? " (no policy fired)\n" : "\n"
            }
            for fired in decision.fired {
                out += "  \(fired.decision.rawValue) \(fired.severity.rawValue): \(fired.policy): \(fired.message)\n"
            }
        }
        return out
    }

    private func formatted(_ score: Double) -> String {
        score == score.rounded() ? String(Int(score)) : String(score)
    }
}
