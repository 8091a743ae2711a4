extension JSONReporter {
    /// `tagdesk show --format json`: the article's object of a classify report (`article`), the decisions of its
    /// decisions file with who, when and why (`decisions`), and every line with its text, boilerplate kind, the
    /// line it repeats and its language when not the article's (`lines`), keys sorted.
    /// - Throws: `ReportError` when a score is not a finite number, which JSON cannot hold.
    public static func articleDocument(_ result: ArticleResult, article: Article, decisions: [HumanDecision],
                                       languageClassifier: String?) throws(ReportError) -> String {
        if let failure = unencodable(result.tags, path: result.path) { throw failure }
        let object = Self.object(id: result.id, path: result.path, sha256: result.sha256, state: .classified,
                                 language: result.language, tags: result.tags, findings: result.findings, decision: result.decision)
        let languages = languageClassifier.map { result.otherLanguages(from: $0, in: article) } ?? [:]
        var out = "{\"article\": " + object + ",\n\"decisions\": ["
        for (index, decision) in decisions.enumerated() {
            out += (index == 0 ? "\n" : ",\n") + (try json(decision).encoded(pretty: false))
        }
        out += (decisions.isEmpty ? "" : "\n") + "],\n\"lines\": ["
        for (index, line) in article.lines.enumerated() {
            let value: JSONValue = .object([
                "boilerplate": result.boilerplate[line.number].map(JSONValue.string) ?? .null,
                "language": languages[line.number].map(JSONValue.string) ?? .null,
                "line": .int(line.number),
                "repeats": result.duplicates[line.number].map(JSONValue.int) ?? .null,
                "text": .string(line.text),
            ])
            out += (index == 0 ? "\n" : ",\n") + (try value.encoded(pretty: false))
        }
        return out + (article.lines.isEmpty ? "" : "\n") + "], \"version\": \"\(TagDeskVersion.current)\"}\n"
    }

    private static func json(_ decision: HumanDecision) -> JSONValue {
        .object([
            "action": .string(decision.action.rawValue),
            "at": decision.at.map(JSONValue.string) ?? .null,
            "by": .string(decision.by),
            "classifier": .string(decision.classifier),
            "id": .string(decision.stableID),
            "label": decision.label.map(JSONValue.string) ?? .null,
            "labels": decision.labels.map { .array($0.map(JSONValue.string)) } ?? .null,
            "lines": decision.lines.map { .array($0.map { .array([.int($0.start), .int($0.end)]) }) } ?? .null,
            "note": decision.note.map(JSONValue.string) ?? .null,
        ])
    }
}
