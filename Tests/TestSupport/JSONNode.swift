import Foundation

/// A parsed JSON value that keeps booleans, numbers and strings apart (as `JSONSerialization`'s `NSNumber`
/// does not on every platform).
public indirect enum JSONNode: Decodable, Equatable, Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONNode])
    case object([String: JSONNode])

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let value = try? container.decode(Bool.self) { self = .bool(value) }
        else if let value = try? container.decode(Double.self) { self = .number(value) }
        else if let value = try? container.decode(String.self) { self = .string(value) }
        else if let value = try? container.decode([JSONNode].self) { self = .array(value) }
        else { self = .object(try container.decode([String: JSONNode].self)) }
    }

    public init(json: Data) throws {
        self = try JSONDecoder().decode(JSONNode.self, from: json)
    }

    public subscript(key: String) -> JSONNode? {
        if case .object(let members) = self { return members[key] }
        return nil
    }

    public var string: String? { if case .string(let value) = self { value } else { nil } }
    public var number: Double? { if case .number(let value) = self { value } else { nil } }
    public var array: [JSONNode]? { if case .array(let value) = self { value } else { nil } }
    public var object: [String: JSONNode]? { if case .object(let value) = self { value } else { nil } }
}
