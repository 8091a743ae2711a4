import Yams

/// A position in a YAML document as a list of mapping keys and sequence indices.
struct YAMLPath: Sendable, Hashable, CustomStringConvertible {
    enum Component: Sendable, Hashable {
        case key(String)
        case index(Int)
    }

    var components: [Component]

    init(_ components: [Component] = []) { self.components = components }

    init(codingPath: [any CodingKey]) {
        components = codingPath.map { key in
            if let index = key.intValue, key.stringValue.hasPrefix("Index") || key.stringValue == String(index) {
                return .index(index)
            }
            return .key(key.stringValue)
        }
    }

    init(pathComponents: [String]) {
        components = pathComponents.map { component in
            if component.hasPrefix("["), component.hasSuffix("]"), let index = Int(component.dropFirst().dropLast()) {
                return .index(index)
            }
            return .key(component)
        }
    }

    func appending(_ other: YAMLPath) -> YAMLPath { YAMLPath(components + other.components) }
    func appending(_ component: Component) -> YAMLPath { YAMLPath(components + [component]) }

    /// The last mapping key on the path, for messages.
    var lastKey: String? {
        for component in components.reversed() { if case .key(let key) = component { return key } }
        return nil
    }

    var description: String {
        components.map { component in
            switch component {
            case .key(let key): key
            case .index(let index): "[\(index)]"
            }
        }.joined(separator: ".")
    }

    /// The node the path leads to, as far as it goes.
    func node(in root: Node) -> Node {
        var node = root
        for component in components {
            switch (component, node) {
            case (.key(let key), .mapping(let mapping)):
                guard let value = mapping.first(where: { $0.key.string == key })?.value else { return node }
                node = value
            case (.index(let index), .sequence(let sequence)):
                guard index < sequence.count else { return node }
                node = sequence[index]
            default:
                return node
            }
        }
        return node
    }

    /// The key node of the last component (a mapping key), where a misspelt key is reported.
    func keyNode(in root: Node) -> Node? {
        guard case .key(let key) = components.last else { return nil }
        let parent = YAMLPath(Array(components.dropLast())).node(in: root)
        guard case .mapping(let mapping) = parent else { return nil }
        return mapping.first(where: { $0.key.string == key })?.key
    }
}
