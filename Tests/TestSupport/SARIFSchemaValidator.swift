import Foundation

/// A JSON Schema (draft-04) validator covering the keywords the SARIF 2.1.0 schema uses: `type`, `required`,
/// `properties`, `additionalProperties`, `enum`, `items`, `minItems`, `uniqueItems`, `minimum`, `maximum`,
/// `pattern`, `anyOf`, `oneOf`, `format` (`uri` and `uri-reference` loosely, `date-time`) and `$ref` to
/// `#/definitions/…`. Other keywords are ignored.
public struct SARIFSchemaValidator: Sendable {
    private let root: JSONNode

    public init(schema: Data) throws {
        root = try JSONNode(json: schema)
        guard root.object != nil else { throw TestSupportError("the schema is not a JSON object") }
    }

    /// Every violation of the schema in `document`, as `path: problem`; empty when it is valid.
    public func violations(of document: Data) throws -> [String] {
        var found: [String] = []
        validate(try JSONNode(json: document), against: root, at: "$", into: &found)
        return found
    }

    private func resolve(_ schema: JSONNode) -> JSONNode? {
        guard let reference = schema["$ref"]?.string else { return schema }
        let prefix = "#/definitions/"
        guard reference.hasPrefix(prefix), let target = root["definitions"]?[String(reference.dropFirst(prefix.count))] else { return nil }
        return resolve(target)
    }

    private func validate(_ value: JSONNode, against rawSchema: JSONNode, at path: String, into found: inout [String]) {
        guard let schema = resolve(rawSchema) else { found.append("\(path): unresolvable $ref \(rawSchema["$ref"]?.string ?? "")"); return }
        if let type = schema["type"] {
            let types = type.array?.compactMap(\.string) ?? [type.string].compactMap { $0 }
            guard types.contains(where: { Self.value(value, is: $0) }) else {
                found.append("\(path): expected type \(types.joined(separator: " or ")), got \(Self.typeName(value))")
                return
            }
        }
        if let allowed = schema["enum"]?.array, !allowed.contains(value) {
            found.append("\(path): \(value) is not one of the allowed values")
        }
        switch value {
        case .number(let number):
            if let minimum = schema["minimum"]?.number, number < minimum { found.append("\(path): \(number) is below the minimum \(minimum)") }
            if let maximum = schema["maximum"]?.number, number > maximum { found.append("\(path): \(number) is above the maximum \(maximum)") }
        case .string(let text):
            if let pattern = schema["pattern"]?.string, text.range(of: pattern, options: .regularExpression) == nil {
                found.append("\(path): '\(text)' does not match the pattern \(pattern)")
            }
            if let format = schema["format"]?.string, !Self.text(text, hasFormat: format) {
                found.append("\(path): '\(text)' is not a valid \(format)")
            }
        case .array(let items):
            if let minimum = schema["minItems"]?.number, Double(items.count) < minimum {
                found.append("\(path): \(items.count) items, fewer than \(Int(minimum))")
            }
            if schema["uniqueItems"] == .bool(true) {
                for index in items.indices where items[..<index].contains(items[index]) { found.append("\(path)[\(index)]: duplicate item") }
            }
            if let itemSchema = schema["items"] {
                for (index, item) in items.enumerated() { validate(item, against: itemSchema, at: "\(path)[\(index)]", into: &found) }
            }
        case .object(let members):
            for key in schema["required"]?.array?.compactMap(\.string) ?? [] where members[key] == nil {
                found.append("\(path): missing required property '\(key)'")
            }
            for (key, member) in members.sorted(by: { $0.key < $1.key }) {
                if let propertySchema = schema["properties"]?[key] {
                    validate(member, against: propertySchema, at: "\(path).\(key)", into: &found)
                } else if schema["additionalProperties"] == .bool(false) {
                    found.append("\(path): property '\(key)' is not allowed")
                } else if let additional = schema["additionalProperties"], additional.object != nil {
                    validate(member, against: additional, at: "\(path).\(key)", into: &found)
                }
            }
        default:
            break
        }
        let passing = { (options: [JSONNode]) in
            options.count { option in
                var local: [String] = []
                validate(value, against: option, at: path, into: &local)
                return local.isEmpty
            }
        }
        if let anyOf = schema["anyOf"]?.array, passing(anyOf) == 0 { found.append("\(path): matches none of the anyOf schemas") }
        if let oneOf = schema["oneOf"]?.array {
            let count = passing(oneOf)
            if count != 1 { found.append("\(path): matches \(count) of the oneOf schemas, not exactly one") }
        }
    }

    private static func value(_ value: JSONNode, is type: String) -> Bool {
        switch (type, value) {
        case ("object", .object), ("array", .array), ("string", .string), ("boolean", .bool), ("null", .null), ("number", .number): true
        case ("integer", .number(let number)): number == number.rounded()
        default: false
        }
    }

    private static func typeName(_ value: JSONNode) -> String {
        ["object", "array", "string", "boolean", "integer", "number", "null"].first { Self.value(value, is: $0) } ?? "unknown"
    }

    /// URIs loosely: no space, control character or backslash; `uri` also needs a scheme. `date-time`: RFC 3339.
    private static func text(_ text: String, hasFormat format: String) -> Bool {
        let clean = !text.unicodeScalars.contains { $0.value <= 0x20 || $0 == "\\" }
        switch format {
        case "uri-reference": return clean
        case "uri": return clean && text.range(of: "^[A-Za-z][A-Za-z0-9+.-]*:", options: .regularExpression) != nil
        case "date-time": return text.range(of: #"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$"#, options: .regularExpression) != nil
        default: return true
        }
    }
}
