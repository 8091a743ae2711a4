import Yams

extension TagFile {
    /// The tag file as YAML text: keys in their fixed order (findings before the long tags section, so
    /// `TagFileHeader` reads all but the tags from the top), classifiers by name, line ranges in flow style.
    ///
    /// Written directly rather than through a YAML library, which is many times slower on large corpora.
    var yamlText: String {
        var out = ""
        out.reserveCapacity(4096)
        func key(_ name: String, _ value: String) {
            out += name + ": "
            YAMLText.string(value, into: &out)
            out += "\n"
        }
        key("article", article)
        key("sha256", sha256)
        if fingerprints.isEmpty { out += "fingerprints: {}\n" } else {
            out += "fingerprints:\n"
            for (classifier, fingerprint) in fingerprints.sorted(by: { $0.key < $1.key }) {
                out += "  "
                YAMLText.string(classifier, into: &out)
                out += ": "
                YAMLText.string(fingerprint, into: &out)
                out += "\n"
            }
        }
        if let policies { key("policies", policies) }
        if let facts { key("facts", facts) }
        if let decisionsDigest { key("decisions_digest", decisionsDigest) }
        if let language { key("language", language) }
        decision?.appendYAML(to: &out)
        out += findings.isEmpty ? "findings: []\n" : "findings:\n"
        for finding in findings { finding.appendYAML(to: &out) }
        out += tags.isEmpty ? "tags: {}\n" : "tags:\n"
        for (classifier, list) in tags.sorted(by: { $0.key < $1.key }) {
            out += "  "
            YAMLText.string(classifier, into: &out)
            out += list.isEmpty ? ": []\n" : ":\n"
            for tag in list { tag.appendYAML(to: &out, indent: "  ") }
        }
        out += "checksum: " + TagFileHeader.checksum(of: Array(out.utf8)[...]) + "\n"
        return out
    }
}

extension TagDeskCore.Tag {
    func appendYAML(to out: inout String, indent: String) {
        out += indent + "- label: "
        YAMLText.string(label, into: &out)
        out += "\n" + indent + "  score: "
        YAMLText.number(score, into: &out)
        out += "\n"
        if let lines {
            out += indent + "  lines: "
            YAMLText.ranges(lines, into: &out)
            out += "\n"
        }
        if evidence.isEmpty { out += indent + "  evidence: []\n" } else {
            out += indent + "  evidence:\n"
            for item in evidence {
                out += indent + "  - line: \(item.line)\n" + indent + "    text: "
                YAMLText.string(item.text, into: &out)
                out += "\n"
            }
        }
        if let moreEvidence { out += indent + "  more_evidence: \(moreEvidence)\n" }
        if let prominence { out += indent + "  prominence: " + prominence.rawValue + "\n" }
        out += indent + "  source: " + source.rawValue + "\n"
    }
}

extension Finding {
    func appendYAML(to out: inout String) {
        out += "- kind: "
        YAMLText.string(kind, into: &out)
        out += "\n  severity: " + severity.rawValue + "\n  lines: "
        YAMLText.ranges(lines, into: &out)
        out += "\n  message: "
        YAMLText.string(message, into: &out)
        out += "\n"
        if let classifier {
            out += "  classifier: "
            YAMLText.string(classifier, into: &out)
            out += "\n"
        }
    }
}

extension PolicyDecision {
    /// The `decision:` section, read back line by line by `TagFileHeader`.
    func appendYAML(to out: inout String) {
        out += "decision:\n  outcome: " + outcome.rawValue + "\n  policy: " + policy.rawValue + "\n  severity: " + severity.rawValue + "\n"
        if let human {
            out += "  human: " + human.decision.rawValue + "\n  human_by: "
            YAMLText.string(human.by, into: &out)
            out += "\n"
        }
        out += fired.isEmpty ? "  fired: []\n" : "  fired:\n"
        for item in fired {
            out += "  - policy: "
            YAMLText.string(item.policy, into: &out)
            out += "\n    decision: " + item.decision.rawValue + "\n    severity: " + item.severity.rawValue + "\n    message: "
            YAMLText.string(item.message, into: &out)
            out += "\n"
        }
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

extension ModerationDecision {
    var yamlNode: Node {
        var pairs: [(Node, Node)] = [(.text("decision"), .text(decision.rawValue)), (.text("by"), .text(by))]
        if let at { pairs.append((.text("at"), .text(at))) }
        if let note { pairs.append((.text("note"), .text(note))) }
        if let sha256 { pairs.append((.text("sha256"), .text(sha256))) }
        return .map(pairs, style: .flow)
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
