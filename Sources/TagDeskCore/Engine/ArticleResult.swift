/// What a pass found for one article: its language, tags by classifier, findings, and the moderation decision.
public struct ArticleResult: Sendable {
    public let id: String
    public let path: String
    public let sha256: String
    public var language: String?
    /// Tags by classifier name; every classifier of the rule set has an entry, possibly empty.
    public var tags: [String: [Tag]]
    public var findings: [Finding]
    /// The label of every line a boilerplate-role classifier tagged, by line number.
    public var boilerplate: [Int: String]
    /// Content lines that repeat an earlier content line of the article (a caption scraped twice), each with the
    /// line it repeats: hidden, like boilerplate, from the classifiers that depend on the boilerplate classifier.
    public var duplicates: [Int: Int] = [:]
    /// What the moderation policies (and a person) decided; `nil` when the rules have no policies and no person decided.
    public var decision: PolicyDecision?

    /// Lines tagged by boilerplate-role classifiers.
    public var boilerplateLines: Set<Int> { Set(boilerplate.keys) }

    public init(id: String, path: String, sha256: String, language: String? = nil,
                tags: [String: [Tag]] = [:], findings: [Finding] = [], boilerplate: [Int: String] = [:]) {
        self.id = id
        self.path = path
        self.sha256 = sha256
        self.language = language
        self.tags = tags
        self.findings = findings
        self.boilerplate = boilerplate
    }
}
