/// A part a classifier plays for the others: its lines hide content, or its label is the article's language.
public enum ClassifierRole: String, Sendable, Decodable, CaseIterable {
    /// Lines it tags are invisible to the classifiers that depend on it.
    case boilerplate
    /// Its label covering the most content lines is the article's language.
    case language

    public init(from decoder: any Decoder) throws {
        self = try decodeEnumCase(from: decoder, what: "role")
    }
}
