import Yams

extension TagFile {
    /// The tag file as a YAML tree: keys in their fixed order, classifiers by name, line ranges in flow style.
    ///
    /// Built directly rather than through `YAMLEncoder`, which is several times slower on large corpora.
    var yamlNode: Node {
        var pairs: [(Node, Node)] = [
            (.text("article"), .text(article)),
            (.text("sha256"), .text(sha256)),
            (.text("rules"), .text(rules)),
        ]
        if let decisionsDigest { pairs.append((.text("decisions_digest"), .text(decisionsDigest))) }
        if let language { pairs.append((.text("language"), .text(language))) }
        pairs.append((.text("tags"), .map(tags.sorted { $0.key < $1.key }.map { (.text($0.key), .list($0.value.map(\.yamlNode))) })))
        pairs.append((.text("findings"), .list(findings.map(\.yamlNode))))
        return .map(pairs)
    }
}

extension TagDeskCore.Tag {
    var yamlNode: Node {
        var pairs: [(Node, Node)] = [(.text("label"), .text(label)), (.text("score"), .number(score))]
        if let lines { pairs.append((.text("lines"), .ranges(lines))) }
        pairs.append((.text("evidence"), .list(evidence.map {
            .map([(.text("line"), .number(Double($0.line))), (.text("text"), .text($0.text))])
        })))
        pairs.append((.text("source"), .text(source.rawValue)))
        return .map(pairs)
    }
}

extension HumanDecision {
    var yamlNode: Node {
        var pairs: [(Node, Node)] = []
        if let id { pairs.append((.text("id"), .text(id))) }
        pairs += [(.text("classifier"), .text(classifier)), (.text("action"), .text(action.rawValue))]
        if let label { pairs.append((.text("label"), .text(label))) }
        if let labels { pairs.append((.text("labels"), .list(labels.map(Node.text), style: .flow))) }
        if let lines { pairs.append((.text("lines"), .ranges(lines))) }
        pairs.append((.text("by"), .text(by)))
        if let at { pairs.append((.text("at"), .text(at))) }
        if let note { pairs.append((.text("note"), .text(note))) }
        if let sha256 { pairs.append((.text("sha256"), .text(sha256))) }
        if let anchors { pairs.append((.text("anchors"), .list(anchors.map { Node($0, Yams.Tag(.str), .doubleQuoted) }, style: .flow))) }
        return .map(pairs, style: .flow)
    }
}

extension Finding {
    var yamlNode: Node {
        .map([
            (.text("kind"), .text(kind)),
            (.text("severity"), .text(severity.rawValue)),
            (.text("lines"), .ranges(lines)),
            (.text("message"), .text(message)),
        ])
    }
}

private extension Node {
    static func text(_ string: String) -> Node { Node(string, Yams.Tag(.str)) }

    static func number(_ value: Double) -> Node {
        value == value.rounded() && abs(value) < 1e15
            ? Node(String(Int(value)), Yams.Tag(.int)) : Node(String(value), Yams.Tag(.float))
    }

    static func map(_ pairs: [(Node, Node)], style: Node.Mapping.Style = .any) -> Node {
        .mapping(Node.Mapping(pairs, .implicit, style))
    }

    static func list(_ nodes: [Node], style: Node.Sequence.Style = .any) -> Node {
        .sequence(Node.Sequence(nodes, .implicit, style))
    }

    static func ranges(_ ranges: [LineRange]) -> Node {
        .list(ranges.map { .list([.number(Double($0.start)), .number(Double($0.end))], style: .flow) }, style: .flow)
    }
}
