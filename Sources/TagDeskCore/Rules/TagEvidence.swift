/// What a classifier's tags give as evidence, declared by a rule file's `evidence:` key.
public enum TagEvidence: String, Sendable, Decodable, CaseIterable {
    /// The text each match found on its line (a term, a pattern's match): the default.
    case matches
    /// Nothing beyond the lines a tag covers: for line and paragraph tags, the lines are the evidence.
    case lines

    public init(from decoder: any Decoder) throws {
        self = try decodeEnumCase(from: decoder, what: "evidence")
    }
}
