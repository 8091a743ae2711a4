/// A label whose YAML body says nothing but an optional `description:`: for plugins whose labels carry no
/// matching rules of their own (a tally of another classifier, an external command).
public struct DescribedLabel: Decodable, Sendable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case description
    }

    public let description: String?

    public init(from decoder: any Decoder) throws {
        let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
        description = try container.decodeIfPresent(String.self, forKey: .description)
    }
}
