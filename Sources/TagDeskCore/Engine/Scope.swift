/// The unit a classifier labels: the whole article, each paragraph, or each line.
public enum Scope: String, Sendable, Codable, CaseIterable {
    case article
    case paragraph
    case line

    public init(from decoder: any Decoder) throws {
        self = try decodeEnumCase(from: decoder, what: "scope")
    }
}

/// Decodes a string enum, failing with a message that lists the allowed values.
public func decodeEnumCase<E: RawRepresentable & CaseIterable>(from decoder: any Decoder, what: String) throws -> E
where E.RawValue == String {
    let container = try decoder.singleValueContainer()
    let raw = try container.decode(String.self)
    guard let value = E(rawValue: raw) else {
        let allowed = E.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        throw DecodingError.dataCorruptedError(
            in: container, debugDescription: "unknown \(what) '\(raw)'; expected one of \(allowed)")
    }
    return value
}
