import Foundation
import Yams

extension JSONValue {
    /// The YAML document as JSON, its plain scalars resolved by the YAML 1.2 core schema as yaml-language-server
    /// resolves them before checking a schema: `2` and `.inf` numbers, `true` a boolean, `~` null, and `on`, `yes`
    /// or `0b1` text (YAML 1.1, which Yams follows, would make them booleans and numbers).
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
            let text = scalar.string
            switch Tag.Name(rawValue: node.tag.rawValue) {
            case .null: self = .null
            case .bool where Self.matches(text, #"^(true|True|TRUE|false|False|FALSE)$"#):
                self = node.bool.map(JSONValue.bool) ?? .string(text)
            case .int where Self.matches(text, #"^([-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$"#):
                self = node.int.map { .number(Double($0)) } ?? .string(text)
            case .float where Self.matches(text, #"^([-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$"#):
                self = node.float.map(JSONValue.number) ?? .string(text)
            default: self = .string(text)
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

    private static func matches(_ text: String, _ pattern: String) -> Bool {
        text.range(of: pattern, options: .regularExpression) != nil
    }
}
