import Yams

extension JSONValue {
    /// The YAML document as JSON, its scalars resolved by YAML's core schema (`2` a number, `true` a boolean,
    /// `~` null, quoted text a string), as yaml-language-server resolves them before checking a schema.
    public init(yaml: String) throws {
        guard let node = try Yams.compose(yaml: yaml) else {
            self = .null
            return
        }
        self = try JSONValue(node: node)
    }

    init(node: Node) throws {
        switch node {
        case .scalar(let scalar):
            switch Tag.Name(rawValue: node.tag.rawValue) {
            case .null: self = .null
            case .bool: self = node.bool.map(JSONValue.bool) ?? .string(scalar.string)
            case .int: self = node.int.map { .number(Double($0)) } ?? .string(scalar.string)
            case .float: self = node.float.map(JSONValue.number) ?? .string(scalar.string)
            default: self = .string(scalar.string)
            }
        case .sequence(let sequence):
            self = .array(try sequence.map(JSONValue.init(node:)))
        case .mapping(let mapping):
            var members: [String: JSONValue] = [:]
            for (key, value) in mapping {
                guard let name = key.string else { throw TestSupportError("a mapping key that is not a string: \(key)") }
                members[name] = try JSONValue(node: value)
            }
            self = .object(members)
        case .alias:
            throw TestSupportError("YAML aliases are not expanded here")
        }
    }
}
