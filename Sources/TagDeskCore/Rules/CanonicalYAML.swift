import Yams

/// A digest of what a YAML tree says, not how it is written: comments, quoting, flow or block style and
/// indentation do not change it; keys keep their order, since label order is meaningful.
enum CanonicalYAML {
    /// - Parameter omittingKeys: keys of the top-level mapping left out, as if the file did not have them.
    static func digest(_ node: Node, omittingKeys omitted: Set<String> = []) -> String {
        var bytes: [UInt8] = []
        if case .mapping(let mapping) = node {
            appendMapping(mapping.filter { !omitted.contains($0.key.string ?? "") }, to: &bytes)
        } else {
            append(node, to: &bytes)
        }
        return ContentDigest.sha256(bytes)
    }

    private static func append(_ node: Node, to bytes: inout [UInt8]) {
        switch node {
        case .scalar(let scalar):
            let text = Array(scalar.string.utf8)
            bytes += Array("s\(text.count):".utf8) + text
        case .mapping(let mapping):
            appendMapping(Array(mapping), to: &bytes)
        case .sequence(let sequence):
            bytes += Array("q\(sequence.count):".utf8)
            for item in sequence { append(item, to: &bytes) }
        case .alias:
            bytes += Array("a".utf8)
        }
    }

    private static func appendMapping(_ pairs: [(key: Node, value: Node)], to bytes: inout [UInt8]) {
        bytes += Array("m\(pairs.count):".utf8)
        for (key, value) in pairs {
            append(key, to: &bytes)
            append(value, to: &bytes)
        }
    }
}
