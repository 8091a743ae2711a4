import Yams

/// A decoded value with the place in the YAML file where it was written, for later checks to report on.
public struct Located<Value: Decodable & Sendable>: Decodable, Sendable {
    public let value: Value
    /// 1-based line and column in the YAML file.
    public let line: Int
    public let column: Int

    public init(value: Value, line: Int, column: Int) {
        self.value = value
        self.line = line
        self.column = column
    }

    public init(from decoder: any Decoder) throws {
        value = try Value(from: decoder)
        let mark = (decoder as? YAMLNodeDecoder)?.node.mark ?? decoder.mark
        line = mark?.line ?? 1
        column = mark?.column ?? 1
    }
}

extension Located: Equatable where Value: Equatable {}
extension Located: Hashable where Value: Hashable {}
