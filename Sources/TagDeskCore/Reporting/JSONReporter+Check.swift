extension JSONReporter {
    /// A check as one JSON document: `articles`, `baselined`, `command`, `examples` (each with `expected`,
    /// `actual` and `passed`), `problems`, `status` (the exit status), `strict`, `summary` and `version`.
    public func document(_ check: CheckReport) throws(ReportError) -> String {
        let examples = check.examples.map { outcome -> JSONValue in
            let location = outcome.example.location
            return .object(["classifier": .string(outcome.example.classifier), "file": .string(location.file),
                            "line": .int(location.line), "column": .int(location.column), "text": .string(outcome.example.text),
                            "expected": .array(outcome.example.labels.map(JSONValue.string)),
                            "actual": .array(outcome.actual.map(JSONValue.string)), "passed": .bool(outcome.passed)])
        }
        return try JSONValue.object([
            "articles": .int(check.articles), "baselined": .int(check.baselined), "command": .string(check.command),
            "examples": .array(examples), "problems": .array(check.problems.map(\.json)),
            "status": .int(Int(check.status.rawValue)), "strict": .bool(check.strict),
            "summary": .object(["errors": .int(check.count(.error)), "warnings": .int(check.count(.warning)), "notes": .int(check.count(.info))]),
            "version": .string(TagDeskVersion.current),
        ]).encoded()
    }
}

extension CheckProblem {
    /// The problem as a JSON object: `kind`, `severity`, `file`, `line`, `column`, `message`, and `article`,
    /// `classifier`, `line_digest` when known.
    var json: JSONValue {
        var object: [String: JSONValue] = ["kind": .string(kind), "severity": .string(severity.rawValue), "file": .string(file),
                                           "message": .string(message)]
        if let line { object["line"] = .int(line) }
        if let column { object["column"] = .int(column) }
        if let article { object["article"] = .string(article) }
        if let classifier { object["classifier"] = .string(classifier) }
        if let lineDigest { object["line_digest"] = .string(lineDigest) }
        return .object(object)
    }
}
