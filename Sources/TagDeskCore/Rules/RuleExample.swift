/// An example in a rule file: a text and the labels its classifier must give it. Examples run as tests.
public struct RuleExample: Sendable, Decodable, CustomStringConvertible {
    enum CodingKeys: String, CodingKey, CaseIterable { case text, labels, note }

    public internal(set) var text: String
    public let labels: [String]
    public let note: String?
    /// Where the example is written: `Rules/topic.yaml`, line and column of its `text`.
    public internal(set) var location: SourceLocation
    /// The classifier the example belongs to.
    public internal(set) var classifier: String

    public init(from decoder: any Decoder) throws {
        let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
        let text = try container.decode(Located<String>.self, forKey: .text)
        self.text = text.value
        labels = try container.decode([String].self, forKey: .labels).sorted()
        note = try container.decodeIfPresent(String.self, forKey: .note)
        location = SourceLocation(file: "", line: text.line, column: text.column)
        classifier = ""
    }

    public var description: String {
        let short = text.count > 50 ? String(text.prefix(50)) + "…" : text
        return "\(location) \(classifier): \(short)"
    }
}
