import Foundation
import TagDeskTestSupport
import Testing
@testable import TagDeskCore
import Yams

/// `YAMLNodeDecoder` must decode rule trees exactly as Yams' `YAMLDecoder` does: the same values, the same marks,
/// the same errors at the same coding paths, since located rule-file errors are built from them.
@Suite struct YAMLNodeDecoderTests {
    /// Whatever a node holds, read through every kind of container, with the mark `Located` records.
    indirect enum Probe: Decodable, Equatable {
        case mapping([String: Probe], line: Int, column: Int)
        case list([Probe])
        case scalar(bool: Bool?, int: Int?, double: Double?, string: String, line: Int, column: Int)
        case null

        private struct Key: CodingKey {
            let stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        init(from decoder: any Decoder) throws {
            if let keyed = try? decoder.container(keyedBy: Key.self) {
                var values: [String: Probe] = [:]
                for key in keyed.allKeys { values[key.stringValue] = try keyed.decode(Probe.self, forKey: key) }
                let located = try Located<Skip>(from: decoder)
                self = .mapping(values, line: located.line, column: located.column)
            } else if var unkeyed = try? decoder.unkeyedContainer() {
                var items: [Probe] = []
                while !unkeyed.isAtEnd { items.append(try unkeyed.decode(Probe.self)) }
                self = .list(items)
            } else {
                let single = try decoder.singleValueContainer()
                if single.decodeNil() { self = .null; return }
                let located = try Located<String>(from: decoder)
                self = .scalar(bool: try? single.decode(Bool.self), int: try? single.decode(Int.self),
                               double: try? single.decode(Double.self), string: located.value,
                               line: located.line, column: located.column)
            }
        }
    }

    /// Decodes from any node without reading it, for `Located`'s mark alone.
    struct Skip: Decodable, Sendable {
        init(from decoder: any Decoder) throws {}
    }

    struct Typed: Decodable, Equatable {
        enum CodingKeys: String, CodingKey, CaseIterable { case name, count, ratio, tags, nested }
        let name: Located<String>
        let count: Int?
        let ratio: Double?
        let tags: [String]
        let nested: [String: [Int]]?

        init(from decoder: any Decoder) throws {
            let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
            name = try container.decode(Located<String>.self, forKey: .name)
            count = try container.decodeIfPresent(Int.self, forKey: .count)
            ratio = try container.decodeIfPresent(Double.self, forKey: .ratio)
            tags = try container.decodeIfPresent([String].self, forKey: .tags) ?? []
            nested = try container.decodeIfPresent([String: [Int]].self, forKey: .nested)
        }
    }

    static func tree(_ yaml: String) throws -> Node {
        PlainScalarTags.resolved(try #require(try Yams.compose(yaml: yaml, PlainScalarTags.resolver, .default, .utf8)))
    }

    static var ruleFiles: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: RepositoryRoot.rules.path)) ?? [])
            .filter { $0.hasSuffix(".yaml") }.sorted()
    }

    @Test(arguments: ruleFiles)
    func everyRuleFileReadsAsYamsReadsIt(_ name: String) throws {
        let source = try String(contentsOf: RepositoryRoot.rules.appendingPathComponent(name), encoding: .utf8)
        let root = try Self.tree(source)
        let ours = try YAMLNodeDecoder.decode(Probe.self, from: root)
        let yams = try YAMLDecoder().decode(Probe.self, from: root)
        #expect(ours == yams)
        guard case .mapping(let keys, _, _) = ours else { Issue.record("\(name) is not a mapping"); return }
        #expect(keys["labels"] != nil || keys["policies"] != nil)
    }

    /// The outcome of decoding `Typed`: its value, or the error's kind, coding path and text, and the unknown keys.
    static func outcome(_ yaml: String, decode: (Node, [CodingUserInfoKey: Any]) throws -> Typed) throws -> String {
        let collector = UnknownKeyCollector()
        let result: String
        do {
            let value = try decode(try tree(yaml), [UnknownKeyCollector.userInfoKey: collector])
            result = "\(value.name.value)@\(value.name.line):\(value.name.column) \(String(describing: value.count)) "
                + "\(String(describing: value.ratio)) \(value.tags) \(String(describing: value.nested?.sorted { $0.key < $1.key }))"
        } catch let error as DecodingError {
            switch error {
            case .typeMismatch(let type, let context):
                // Yams names the node's kind differently from version to version ("Node", "Mapping"): compare the
                // expected type and the path, which are what the located error is built from.
                result = "mismatch \(type) at \(YAMLPath(codingPath: context.codingPath))"
            case .valueNotFound(let type, let context):
                result = "mismatch \(type) at \(YAMLPath(codingPath: context.codingPath)): \(context.debugDescription)"
            case .keyNotFound(let key, let context):
                result = "missing \(key.stringValue) at \(YAMLPath(codingPath: context.codingPath)): \(context.debugDescription)"
            case .dataCorrupted(let context):
                result = "corrupted at \(YAMLPath(codingPath: context.codingPath)): \(context.debugDescription)"
            @unknown default:
                result = "\(error)"
            }
        }
        return result + " unknown " + collector.keys.map { "\($0.path + [$0.key])" }.joined(separator: ",")
    }

    @Test(arguments: [
        "name: Hà Nội\ncount: 3\nratio: 0.5\ntags: [a, no, 'on']\nnested: {b: [1, 2], a: []}",
        "name: x\ncount: many",
        "name: x\ntags: [a, [b]]",
        "name: x\ntags: {a: b}",
        "count: 3",
        "name: [x]",
        "name: x\nnested: {a: [1, two]}",
        "name: x\ntresh: 1\nnested: {a: [1]}",
        "name: x\ncount: ~\nratio: .inf",
        "name: x\ncount: 99999999999999999999",
        "- name: x",
        "name: x\ncount: 1.5",
    ])
    func valuesAndErrorsAreYamsOnes(_ yaml: String) throws {
        let ours = try Self.outcome(yaml) { try YAMLNodeDecoder.decode(Typed.self, from: $0, userInfo: $1) }
        let yams = try Self.outcome(yaml) { try YAMLDecoder().decode(Typed.self, from: $0, userInfo: $1) }
        #expect(ours == yams)
    }

    @Test func locatedValuesCarryTheirLineAndColumn() throws {
        let typed = try YAMLNodeDecoder.decode(Typed.self, from: try Self.tree("# a comment\ncount: 2\nname:   'Đà Nẵng'\n"))
        #expect(typed.name.value == "Đà Nẵng")
        #expect((typed.name.line, typed.name.column) == (3, 9))
        #expect(typed.count == 2)
    }
}
