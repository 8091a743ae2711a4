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
            var text = scalar.string
            appendHeader(UInt8(ascii: "s"), text.utf8.count, to: &bytes)
            text.withUTF8 { bytes.append(contentsOf: $0) }
        case .mapping(let mapping):
            appendMapping(Array(mapping), to: &bytes)
        case .sequence(let sequence):
            appendHeader(UInt8(ascii: "q"), sequence.count, to: &bytes)
            for item in sequence { append(item, to: &bytes) }
        case .alias:
            bytes.append(UInt8(ascii: "a"))
        }
    }

    private static func appendMapping(_ pairs: [(key: Node, value: Node)], to bytes: inout [UInt8]) {
        appendHeader(UInt8(ascii: "m"), pairs.count, to: &bytes)
        for (key, value) in pairs {
            append(key, to: &bytes)
            append(value, to: &bytes)
        }
    }

    /// `s12:`: a kind letter, a count in decimal, a colon.
    private static func appendHeader(_ kind: UInt8, _ count: Int, to bytes: inout [UInt8]) {
        bytes.append(kind)
        var scale = 1
        while scale <= count / 10 { scale *= 10 }
        while scale > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(count / scale % 10))
            scale /= 10
        }
        bytes.append(UInt8(ascii: ":"))
    }
}
