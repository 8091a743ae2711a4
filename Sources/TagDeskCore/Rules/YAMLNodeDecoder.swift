import Foundation
import Yams

/// Decodes rule-file types straight from a composed YAML tree: what `YAMLDecoder` gives for our trees (the same
/// values, the same `DecodingError`s with the same coding paths), without its per-lookup work.
///
/// Yams' decoder looks a key up by building a `Node` for it and comparing nodes, copies each mapping to flatten
/// merge keys and builds every child decoder's state anew; rule trees have their tags resolved already
/// (`PlainScalarTags`: every key a plain string, so no `<<` merge key), so a key is found by comparing strings.
/// Scalars are constructed by Yams' own `ScalarConstructible` conformances.
struct YAMLNodeDecoder: Decoder, SingleValueDecodingContainer {
    let node: Node
    let codingPath: [any CodingKey]
    let userInfo: [CodingUserInfoKey: Any]

    init(node: Node, codingPath: [any CodingKey] = [], userInfo: [CodingUserInfoKey: Any] = [:]) {
        self.node = node
        self.codingPath = codingPath
        self.userInfo = userInfo
    }

    /// Decodes `type` from `node` as `YAMLDecoder.decode(_:from:userInfo:)` does.
    static func decode<T: Decodable>(_ type: T.Type, from node: Node, userInfo: [CodingUserInfoKey: Any] = [:]) throws -> T {
        try YAMLNodeDecoder(node: node, userInfo: userInfo).decode(type)
    }

    func child(_ node: Node, key: any CodingKey) -> YAMLNodeDecoder {
        YAMLNodeDecoder(node: node, codingPath: codingPath + [key], userInfo: userInfo)
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .mapping(let mapping) = node else { throw mismatch(Node.Mapping.self) }
        return KeyedDecodingContainer(Keyed<Key>(decoder: self, mapping: mapping))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .sequence(let sequence) = node else { throw mismatch(Node.Sequence.self) }
        return Unkeyed(decoder: self, sequence: sequence)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { self }

    func decodeNil() -> Bool { node.null == NSNull() }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        if T.self == String.self {  // most values of rule files: no conformance lookup
            guard case .scalar(let scalar) = node else { throw mismatch(Node.Scalar.self) }
            return scalar.string as! T
        }
        guard let constructible = type as? any ScalarConstructible.Type else { return try T(from: self) }
        guard case .scalar(let scalar) = node else { throw mismatch(Node.Scalar.self) }
        guard let value = constructible.construct(from: scalar) as? T else { throw mismatch(type) }
        return value
    }

    func mismatch(_ expectation: Any.Type) -> DecodingError {
        let reality: Any.Type = switch node {
        case .scalar: Node.Scalar.self
        case .mapping: Node.Mapping.self
        case .sequence: Node.Sequence.self
        case .alias: Node.Alias.self
        }
        return .typeMismatch(expectation, DecodingError.Context(
            codingPath: codingPath, debugDescription: "Expected to decode \(expectation) but found \(reality) instead."))
    }
}

extension YAMLNodeDecoder {
    /// A coding key of a sequence item, spelled as Yams spells it (`Index 3`).
    struct IndexKey: CodingKey {
        let stringValue: String
        let intValue: Int?
        init(index: Int) { stringValue = "Index \(index)"; intValue = index }
        init?(stringValue: String) { return nil }
        init?(intValue: Int) { self.init(index: intValue) }
    }

    struct Keyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let decoder: YAMLNodeDecoder
        let mapping: Node.Mapping

        var codingPath: [any CodingKey] { decoder.codingPath }
        var allKeys: [Key] { mapping.keys.compactMap { $0.string.flatMap(Key.init(stringValue:)) } }

        func value(for key: Key) -> Node? {
            let name = key.stringValue
            for (candidate, value) in mapping where candidate.scalar?.string == name { return value }
            return nil
        }

        func contains(_ key: Key) -> Bool { value(for: key) != nil }

        func child(for key: Key) throws -> YAMLNodeDecoder {
            guard let node = value(for: key) else {
                throw DecodingError.keyNotFound(key, DecodingError.Context(
                    codingPath: codingPath, debugDescription: "No value associated with key \(key) (\"\(key.stringValue)\")."))
            }
            return decoder.child(node, key: key)
        }

        func decodeNil(forKey key: Key) throws -> Bool { try child(for: key).decodeNil() }
        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try child(for: key).decode(type) }

        func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
            try child(for: key).container(keyedBy: type)
        }

        func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
            try child(for: key).unkeyedContainer()
        }

        func superDecoder() throws -> any Decoder {
            guard let key = Key(stringValue: "super") else { return decoder }
            return try child(for: key)
        }

        func superDecoder(forKey key: Key) throws -> any Decoder { try child(for: key) }
    }

    struct Unkeyed: UnkeyedDecodingContainer {
        let decoder: YAMLNodeDecoder
        let sequence: Node.Sequence
        var currentIndex = 0

        init(decoder: YAMLNodeDecoder, sequence: Node.Sequence) {
            self.decoder = decoder
            self.sequence = sequence
        }

        var codingPath: [any CodingKey] { decoder.codingPath }
        var count: Int? { sequence.count }
        var isAtEnd: Bool { currentIndex >= sequence.count }

        mutating func next<T>(_ type: T.Type) throws -> YAMLNodeDecoder {
            guard !isAtEnd else {
                throw DecodingError.valueNotFound(type, DecodingError.Context(
                    codingPath: codingPath + [IndexKey(index: currentIndex)], debugDescription: "Unkeyed container is at end."))
            }
            defer { currentIndex += 1 }
            return decoder.child(sequence[currentIndex], key: IndexKey(index: currentIndex))
        }

        mutating func decodeNil() throws -> Bool {
            guard !isAtEnd else { _ = try next(Any?.self); return false }
            let isNil = decoder.child(sequence[currentIndex], key: IndexKey(index: currentIndex)).decodeNil()
            currentIndex += 1
            return isNil
        }

        mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try next(type).decode(type) }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
            try next(KeyedDecodingContainer<NestedKey>.self).container(keyedBy: type)
        }

        mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
            try next((any UnkeyedDecodingContainer).self).unkeyedContainer()
        }

        mutating func superDecoder() throws -> any Decoder { try next((any Decoder).self) }
    }
}
