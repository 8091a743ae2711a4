import Yams

/// An item a person's tool appends to a decisions file: a classifier decision, a moderation decision or a
/// review record, each stamped with when and the article's SHA-256 at that moment.
protocol DecisionsFileItem: Sendable {
    var at: String? { get set }
    var sha256: String? { get set }
    /// The item as one flow-style YAML mapping, as it is appended.
    var yamlNode: Node { get }
    /// What a person calls it, in messages: `decision`, `review`.
    static var noun: String { get }
    /// How many items of this kind a decisions file holds.
    static func count(in file: DecisionsFile) -> Int
}

extension HumanDecision: DecisionsFileItem {
    static var noun: String { "decision" }
    static func count(in file: DecisionsFile) -> Int { file.entries.count }
}

extension ModerationDecision: DecisionsFileItem {
    static var noun: String { "decision" }
    static func count(in file: DecisionsFile) -> Int { file.moderation.count }
}

extension ReviewRecord: DecisionsFileItem {
    static var noun: String { "review" }
    static func count(in file: DecisionsFile) -> Int { file.reviews.count }
}
