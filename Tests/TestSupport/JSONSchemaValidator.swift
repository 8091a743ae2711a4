import Foundation

/// A JSON Schema checker covering exactly the keywords of the schemas the tests hold: `schema/tagdesk-rule.schema.json`
/// (draft 2020-12) and the OASIS SARIF 2.1.0 schema (draft-04). A schema with any other keyword, `$schema` or `format`,
/// or a keyword value of the wrong shape, is refused when the checker is made, so no rule of it is silently skipped.
public struct JSONSchemaValidator: Sendable {
    /// What a keyword's value must be: one schema, a map of schemas, a non-empty list of schemas, a local
    /// reference, or data of the shape the predicate accepts.
    public enum Value: Sendable {
        case schema, schemaMap, schemaList, reference
        case data(@Sendable (JSONValue) -> Bool)
    }

    /// Every keyword the checker knows, assertions and annotations alike.
    public static let keywords: [String: Value] = [
        "type": .data { value in
            let names = value.array ?? [value]
            return !names.isEmpty && names.allSatisfy { typeNames.contains($0.string ?? "") }
        },
        "enum": .data { $0.array != nil },
        "const": .data { _ in true },
        "required": .data { $0.array?.allSatisfy { $0.string != nil } == true },
        "minProperties": .data { $0.number != nil },
        "minItems": .data { $0.number != nil },
        "uniqueItems": .data { if case .bool = $0 { true } else { false } },
        "minLength": .data { $0.number != nil },
        "pattern": .data { $0.string.map { (try? NSRegularExpression(pattern: $0)) != nil } == true },
        "format": .data { formats.contains($0.string ?? "") },
        "minimum": .data { $0.number != nil },
        "exclusiveMinimum": .data { $0.number != nil },
        "maximum": .data { $0.number != nil },
        "properties": .schemaMap, "additionalProperties": .schema, "propertyNames": .schema, "items": .schema,
        "anyOf": .schemaList, "allOf": .schemaList, "oneOf": .schemaList, "if": .schema, "then": .schema,
        "$ref": .reference, "$defs": .schemaMap, "definitions": .schemaMap,
        "$schema": .data { dialects.contains($0.string ?? "") },
        "$id": .data { $0.string != nil }, "id": .data { $0.string != nil },
        "title": .data { $0.string != nil }, "description": .data { $0.string != nil }, "default": .data { _ in true },
    ]
    /// The `$schema` values understood; a schema without one is read as draft 2020-12.
    public static let dialects: Set<String> = ["https://json-schema.org/draft/2020-12/schema", draft04]
    static let draft04 = "http://json-schema.org/draft-04/schema#"
    /// The formats checked, loosely: a `uri-reference` has no space, control character or backslash, a `uri` also
    /// has a scheme; a `date-time` is RFC 3339's.
    public static let formats: Set<String> = ["uri", "uri-reference", "date-time"]
    static let typeNames: Set<String> = ["null", "boolean", "string", "number", "integer", "array", "object"]

    public let schema: JSONValue

    /// - Throws: if the schema uses a keyword outside `keywords` or a value of the wrong shape for one (an unknown
    ///   `$schema` or `format` among them), a `$ref` that leads nowhere, or, in draft-04 (which ignores them), a
    ///   keyword beside a `$ref` other than `title`, `description` and `default`.
    public init(schema: JSONValue) throws {
        self.schema = schema
        try check(schema, at: "#")
    }

    /// Every way `instance` breaks the schema, each as `JSON pointer: what`; empty when it conforms.
    public func problems(in instance: JSONValue) -> [String] {
        var problems: [String] = []
        validate(instance, against: schema, at: "", into: &problems)
        return problems
    }

    private func check(_ subschema: JSONValue, at path: String) throws {
        guard case .object(let members) = subschema else {
            if case .bool = subschema { return }
            throw TestSupportError("\(path): a schema must be an object or a boolean")
        }
        if members["$ref"] != nil, schema["$schema"]?.string == Self.draft04,
           let sibling = members.keys.sorted().first(where: { !["$ref", "title", "description", "default"].contains($0) }) {
            throw TestSupportError("\(path): '\(sibling)' beside '$ref', which draft-04 ignores")
        }
        for (keyword, value) in members.sorted(by: { $0.key < $1.key }) {
            let place = "\(path)/\(keyword)"
            guard let kind = Self.keywords[keyword] else {
                throw TestSupportError("\(path): keyword '\(keyword)' is not supported by the test's schema checker")
            }
            switch (kind, value) {
            case (.schema, _):
                try check(value, at: place)
            case (.schemaMap, .object(let children)):
                for (name, child) in children.sorted(by: { $0.key < $1.key }) { try check(child, at: "\(place)/\(name)") }
            case (.schemaList, .array(let children)) where !children.isEmpty:
                for (index, child) in children.enumerated() { try check(child, at: "\(place)/\(index)") }
            case (.reference, .string(let reference)):
                _ = try resolve(reference)
            case (.data(let accepts), _) where accepts(value):
                break
            default:
                throw TestSupportError("\(place): \(value) is not a valid value for '\(keyword)'")
            }
        }
    }

    private func resolve(_ reference: String) throws -> JSONValue {
        guard reference.hasPrefix("#/") else { throw TestSupportError("only local references are supported: \(reference)") }
        var node = schema
        for part in reference.dropFirst(2).split(separator: "/") {
            let name = part.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
            guard let next = node[name] else { throw TestSupportError("\(reference) leads nowhere") }
            node = next
        }
        return node
    }

    private func validate(_ instance: JSONValue, against subschema: JSONValue, at path: String, into problems: inout [String]) {
        guard case .object(let keywords) = subschema else {
            if case .bool(false) = subschema { problems.append("\(path): not allowed") }
            return
        }
        func fail(_ message: String) { problems.append("\(path.isEmpty ? "/" : path): \(message)") }
        if case .string(let reference)? = keywords["$ref"], let target = try? resolve(reference) {
            validate(instance, against: target, at: path, into: &problems)
        }
        if case .array(let types)? = keywords["type"] {
            if !types.contains(where: { Self.has(instance, type: $0) }) { fail("expected \(keywords["type"]!), found \(instance)") }
        } else if let type = keywords["type"], !Self.has(instance, type: type) {
            fail("expected \(type), found \(instance)")
        }
        if case .array(let allowed)? = keywords["enum"], !allowed.contains(instance) { fail("\(instance) is not one of \(allowed)") }
        if let constant = keywords["const"], constant != instance { fail("expected \(constant), found \(instance)") }
        switch instance {
        case .object(let members):
            validateObject(members, keywords: keywords, at: path, into: &problems)
        case .array(let items):
            if case .number(let least)? = keywords["minItems"], Double(items.count) < least { fail("fewer than \(Int(least)) items") }
            if keywords["uniqueItems"] == .bool(true) {
                for index in items.indices where items[..<index].contains(items[index]) { fail("item \(index) repeats an earlier item") }
            }
            if let itemSchema = keywords["items"] {
                for (index, item) in items.enumerated() { validate(item, against: itemSchema, at: "\(path)/\(index)", into: &problems) }
            }
        case .string(let text):
            if case .number(let least)? = keywords["minLength"], Double(text.unicodeScalars.count) < least { fail("shorter than \(Int(least))") }
            if case .string(let pattern)? = keywords["pattern"], !Self.matches(text, pattern) { fail("\(instance) does not match \(pattern)") }
            if case .string(let format)? = keywords["format"], !Self.text(text, hasFormat: format) { fail("\(instance) is not a valid \(format)") }
        case .number(let value):
            if case .number(let least)? = keywords["minimum"], !(value >= least) { fail("\(instance) is below \(least)") }
            if case .number(let bound)? = keywords["exclusiveMinimum"], !(value > bound) { fail("\(instance) is not above \(bound)") }
            if case .number(let most)? = keywords["maximum"], !(value <= most) { fail("\(instance) is above \(most)") }
        case .null, .bool:
            break
        }
        if case .array(let branches)? = keywords["allOf"] {
            for branch in branches { validate(instance, against: branch, at: path, into: &problems) }
        }
        if case .array(let branches)? = keywords["anyOf"] {
            let failing = branchProblems(of: instance, against: branches, at: path)
            if failing.allSatisfy({ !$0.isEmpty }) { fail("matches no branch of anyOf: \(failing.flatMap { $0 })") }
        }
        if case .array(let branches)? = keywords["oneOf"] {
            let failing = branchProblems(of: instance, against: branches, at: path)
            let passing = failing.count { $0.isEmpty }
            if passing != 1 { fail("matches \(passing) branches of oneOf, not exactly one: \(failing.flatMap { $0 })") }
        }
        if let condition = keywords["if"], let consequence = keywords["then"] {
            var conditionProblems: [String] = []
            validate(instance, against: condition, at: path, into: &conditionProblems)
            if conditionProblems.isEmpty { validate(instance, against: consequence, at: path, into: &problems) }
        }
    }

    /// The problems of `instance` against each branch, in order.
    private func branchProblems(of instance: JSONValue, against branches: [JSONValue], at path: String) -> [[String]] {
        branches.map { branch in
            var problems: [String] = []
            validate(instance, against: branch, at: path, into: &problems)
            return problems
        }
    }

    private func validateObject(_ members: [String: JSONValue], keywords: [String: JSONValue], at path: String,
                                into problems: inout [String]) {
        let properties: [String: JSONValue]
        if case .object(let declared)? = keywords["properties"] { properties = declared } else { properties = [:] }
        if case .array(let required)? = keywords["required"] {
            for case .string(let name) in required where members[name] == nil {
                problems.append("\(path.isEmpty ? "/" : path): missing required '\(name)'")
            }
        }
        if case .number(let least)? = keywords["minProperties"], Double(members.count) < least {
            problems.append("\(path.isEmpty ? "/" : path): fewer than \(Int(least)) properties")
        }
        for (name, value) in members.sorted(by: { $0.key < $1.key }) {
            if let propertyNames = keywords["propertyNames"] {
                validate(.string(name), against: propertyNames, at: "\(path)/\(name) (name)", into: &problems)
            }
            if let declared = properties[name] {
                validate(value, against: declared, at: "\(path)/\(name)", into: &problems)
            } else if let additional = keywords["additionalProperties"] {
                if case .bool(false) = additional {
                    problems.append("\(path)/\(name): property not allowed")
                } else {
                    validate(value, against: additional, at: "\(path)/\(name)", into: &problems)
                }
            }
        }
    }

    private static func has(_ instance: JSONValue, type: JSONValue) -> Bool {
        switch (type, instance) {
        case (.string("null"), .null), (.string("boolean"), .bool), (.string("string"), .string),
             (.string("array"), .array), (.string("object"), .object):
            true
        case (.string("number"), .number(let value)):
            value.isFinite
        case (.string("integer"), .number(let value)):
            value.isFinite && value == value.rounded()
        default:
            false
        }
    }

    private static func text(_ text: String, hasFormat format: String) -> Bool {
        let clean = !text.unicodeScalars.contains { $0.value <= 0x20 || $0.value == 0x7F || $0 == "\\" }
        switch format {
        case "uri-reference": return clean
        case "uri": return clean && matches(text, "^[A-Za-z][A-Za-z0-9+.-]*:")
        case "date-time": return matches(text, #"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$"#)
        default: return false
        }
    }

    private static func matches(_ text: String, _ pattern: String) -> Bool {
        guard let expression = try? NSRegularExpression(pattern: pattern) else { return false }
        return expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }
}
