/// The corpus-wide facts of every collecting classifier of a rule set, with one digest over all of them that
/// tag files record: tags computed with other facts are stale.
public struct CorpusFactsSet: Sendable {
    public let facts: [String: ClassifierFacts]
    /// `sha256:` over each collecting classifier's name and the significant part of its facts; `nil` when no
    /// classifier collects.
    public let digest: String?

    public init(facts: [String: ClassifierFacts], ruleSet: RuleSet) {
        self.facts = facts
        var bytes: [UInt8] = []
        for classifier in ruleSet.classifiers where classifier.collects {
            bytes += Array(classifier.name.utf8) + [0]
            bytes += facts[classifier.name].map(classifier.encodeSignificant) ?? []
            bytes += [0]
        }
        digest = bytes.isEmpty ? nil : "sha256:" + ContentDigest.sha256(bytes)
    }
}
