import Foundation

/// A JSON Schema (draft 2020-12) checker covering exactly the keywords `schema/tagdesk-rule.schema.json`
/// uses; a schema with any other keyword is refused when the checker is made, so the schema cannot grow
/// a rule this checker would silently skip.
public struct JSONSchemaValidator: Sendable {
    /// Keywords that constrain an instance, and keywords that only describe or hold subschemas.
    public static let assertions: Set<String> = [
        "type", "enum", "const", "properties", "required", "additionalProperties", "propertyNames", "minProperties",
        "items", "minItems", "minLength", "pattern", "minimum", "exclusiveMinimum", "anyOf", "allOf", "if", "then", "$ref",
    ]
    public static let annotations: Set<String> = ["$schema", "$id", "$defs", "title", "description"]

    public let schema: JSONValue

    /// - Throws: if the schema uses a keyword outside `assertions` and `annotations`, or a `$ref` leads nowhere.
    public init(schema: JSONValue) throws {
        self.schema = schema
        try check(schema, at: "#")
    }

    /// Every way `instance` breaks the schema, each as `path: what`; empty when it conforms.
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
        for (keyword, value) in members {
            guard Self.assertions.contains(keyword) || Self.annotations.contains(keyword) else {
                throw TestSupportError("\(path): keyword '\(keyword)' is not supported by the test's schema checker")
            }
            switch (keyword, value) {
            case ("properties", .object(let children)), ("$defs", .object(let children)):
                for (name, child) in children { try check(child, at: "\(path)/\(keyword)/\(name)") }
            case ("anyOf", .array(let children)), ("allOf", .array(let children)):
                for (index, child) in children.enumerated() { try check(child, at: "\(path)/\(keyword)/\(index)") }
            case ("items", _), ("additionalProperties", _), ("propertyNames", _), ("if", _), ("then", _):
                try check(value, at: "\(path)/\(keyword)")
            case ("$ref", .string(let reference)):
                _ = try resolve(reference)
            default:
                break
            }
        }
    }

    private func resolve(_ reference: String) throws -> JSONValue {
        guard reference.hasPrefix("#/") else { throw TestSupportError("only local references are supported: \(reference)") }
        var node = schema
        for part in reference.dropFirst(2).split(separator: "/") {
            guard let next = node[String(part)] else { throw TestSupportError("\(reference) leads nowhere") }
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
            if let itemSchema = keywords["items"] {
                for (index, item) in items.enumerated() { validate(item, against: itemSchema, at: "\(path)/\(index)", into: &problems) }
            }
        case .string(let text):
            if case .number(let least)? = keywords["minLength"], Double(text.unicodeScalars.count) < least { fail("shorter than \(Int(least))") }
            if case .string(let pattern)? = keywords["pattern"], !Self.matches(text, pattern) { fail("\(instance) does not match \(pattern)") }
        case .number(let value):
            if case .number(let least)? = keywords["minimum"], !(value >= least) { fail("\(instance) is below \(least)") }
            if case .number(let bound)? = keywords["exclusiveMinimum"], !(value > bound) { fail("\(instance) is not above \(bound)") }
        case .null, .bool:
            break
        }
        if case .array(let branches)? = keywords["allOf"] {
            for branch in branches { validate(instance, against: branch, at: path, into: &problems) }
        }
        if case .array(let branches)? = keywords["anyOf"] {
            let failing = branches.map { branch in
                var branchProblems: [String] = []
                validate(instance, against: branch, at: path, into: &branchProblems)
                return branchProblems
            }
            if failing.allSatisfy({ !$0.isEmpty }) { fail("matches no branch of anyOf: \(failing.flatMap { $0 })") }
        }
        if let condition = keywords["if"], let consequence = keywords["then"] {
            var conditionProblems: [String] = []
            validate(instance, against: condition, at: path, into: &conditionProblems)
            if conditionProblems.isEmpty { validate(instance, against: consequence, at: path, into: &problems) }
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

    private static func matches(_ text: String, _ pattern: String) -> Bool {
        guard let expression = try? NSRegularExpression(pattern: pattern) else { return false }
        return expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }
}
