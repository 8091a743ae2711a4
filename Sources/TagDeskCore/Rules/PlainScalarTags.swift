import Yams

/// Resolves every scalar's tag once, right after parsing, so that Yams never runs its resolver's seven regular
/// expressions again: a gazetteer of thousands of names loads several times faster.
///
/// The tree is parsed with `Resolver.basic`, under which a key that decoding looks up (`mapping["names"]`)
/// resolves to `str` at once; this pass then gives each value the tag `Resolver.default` would (a scalar that
/// starts with a letter and is not one of YAML 1.1's words `yes`, `no`, `true`, `null`, … is a string without
/// asking it), and each mapping key `str`, since every key of our files is a name.
enum PlainScalarTags {
    static let resolver = Resolver.basic

    static func resolved(_ node: Node, isKey: Bool = false) -> Node {
        switch node {
        case .scalar(var scalar):
            guard scalar.tag.description == Yams.Tag.Name.implicit.rawValue else { return node }
            let name: Yams.Tag.Name = isKey || isString(scalar.string) ? .str : Resolver.default.resolveTag(of: node)
            // A copy keeps the parse's constructor: `Tag(name, resolver)` would build a `Constructor` per scalar.
            scalar.tag = scalar.tag.copy(with: name)
            return .scalar(scalar)
        case .mapping(let mapping):
            let pairs = mapping.map { (resolved($0.key, isKey: true), resolved($0.value)) }
            return .mapping(Node.Mapping(pairs, mapping.tag, mapping.style, mapping.mark, mapping.anchor))
        case .sequence(let sequence):
            return .sequence(Node.Sequence(sequence.map { resolved($0) }, sequence.tag, sequence.style, sequence.mark, sequence.anchor))
        default:
            return node
        }
    }

    /// No resolver rule matches a scalar starting with a letter but these words (with `$` matching before a
    /// final line break, as in the rules' regular expressions).
    static func isString(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first.properties.isAlphabetic else { return false }
        let word = text.hasSuffix("\n") ? String(text.dropLast()) : text
        return !yamlWords.contains(word)
    }

    private static let yamlWords: Set<String> = [
        "yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE",
        "on", "On", "ON", "off", "Off", "OFF", "null", "Null", "NULL",
    ]
}
