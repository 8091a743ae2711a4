import TagDeskCore

extension TallyClassifier {
    /// A label the tally can give: one of the counted classifier's labels, or the `mixed` or `none` answer.
    public typealias Label = DescribedLabel

    /// The `settings:` of a tally rule.
    public struct Settings: Decodable, Sendable {
        enum CodingKeys: String, CodingKey, CaseIterable {
            case from, mixed, none, mixedShare = "mixed_share"
        }

        /// The classifier whose line or paragraph tags are counted; it must be in `depends_on`.
        public let from: Located<String>
        /// The label when two or more labels each cover at least `mixed_share` of the tagged content lines.
        public let mixed: Located<String>?
        /// The label when no content line is tagged.
        public let none: Located<String>?
        public let mixedShare: Located<Double>?

        public init(from decoder: any Decoder) throws {
            let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
            from = try container.decode(Located<String>.self, forKey: .from)
            mixed = try container.decodeIfPresent(Located<String>.self, forKey: .mixed)
            none = try container.decodeIfPresent(Located<String>.self, forKey: .none)
            mixedShare = try container.decodeIfPresent(Located<Double>.self, forKey: .mixedShare)
        }
    }
}
