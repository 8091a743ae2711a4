/// A check as a SARIF 2.1.0 log, for code-scanning views (GitHub uploads it with `codeql-action/upload-sarif`):
/// one result per problem at its file, line and column (`columnKind: unicodeCodePoints`), rule metadata in
/// `tool.driver.rules`, a `partialFingerprints` entry from the baseline key.
enum SARIFDocument {
    static func render(_ check: CheckReport) throws(ReportError) -> String {
        let kinds = Set(check.problems.map(\.kind)).union(check.examples.isEmpty ? [] : ["example-failed"]).sorted()
        let ruleIndex = Dictionary(uniqueKeysWithValues: kinds.enumerated().map { ($1, $0) })
        let rules = kinds.map { kind -> JSONValue in
            let rule = CheckRule.of(kind)
            let defaultLevel = check.problems.first { $0.kind == kind }.map { level($0.severity) } ?? "error"
            return .object(["id": .string(rule.id), "name": .string(rule.id), "shortDescription": ["text": .string(rule.summary)],
                            "fullDescription": ["text": .string(rule.summary)], "help": ["text": .string(rule.help)],
                            "defaultConfiguration": ["level": .string(defaultLevel)]])
        }
        let results = check.problems.map { problem -> JSONValue in
            var physical: [String: JSONValue] = ["artifactLocation": ["uri": .string(uri(problem.file))]]
            if let line = problem.line { physical["region"] = ["startLine": .int(line), "startColumn": .int(problem.column ?? 1)] }
            var result: [String: JSONValue] = [
                "ruleId": .string(problem.kind), "ruleIndex": .int(ruleIndex[problem.kind] ?? 0),
                "level": .string(level(problem.severity)), "message": ["text": .string(problem.message)],
                "locations": [.object(["physicalLocation": .object(physical)])],
            ]
            if problem.lineDigest != nil { result["partialFingerprints"] = ["tagdesk/v1": .string(ContentDigest.sha256(problem.baselineKey.utf8, hexDigits: 32))] }
            return .object(result)
        }
        let run: JSONValue = [
            "tool": ["driver": ["name": "tagdesk", "version": .string(TagDeskVersion.current), "semanticVersion": .string(TagDeskVersion.current),
                                "rules": .array(rules)]],
            "columnKind": "unicodeCodePoints",
            "results": .array(results),
            "invocations": [["executionSuccessful": .bool(check.status != .usageError), "exitCode": .int(Int(check.status.rawValue))]],
        ]
        return try JSONValue.object([
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0", "runs": [run],
        ]).encoded()
    }

    private static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    /// A relative URI reference: each path segment percent-encoded where RFC 3986 requires it, and `:` too, so
    /// that no first segment reads as a scheme.
    static func uri(_ path: String) -> String {
        let allowed = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/!$&'()*+,;=@".utf8)
        var out = ""
        for byte in path.utf8 {
            if allowed.contains(byte) { out.unicodeScalars.append(Unicode.Scalar(byte)) } else { out += "%" + String(byte, radix: 16, uppercase: true).leftPadded }
        }
        return out
    }
}

private extension String {
    var leftPadded: String { count == 1 ? "0" + self : self }
}
