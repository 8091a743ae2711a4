/// Where a tag came from: the rules of a pass, or a person's decision.
public enum TagSource: String, Sendable, Codable {
    case rules
    case human
}

/// One label given to an article (or to some of its lines) by a classifier, with its score and evidence.
///
/// `lines` is set for line- and paragraph-scoped classifiers and `nil` for article-scoped ones.
public struct Tag: Sendable, Hashable, Codable {
    public var label: String
    public var score: Double
    public var lines: [LineRange]?
    public var evidence: [Evidence]
    public var source: TagSource

    public init(label: String, score: Double, lines: [LineRange]? = nil,
                evidence: [Evidence] = [], source: TagSource = .rules) {
        self.label = label
        self.score = (score * 1000).rounded() / 1000
        self.lines = lines
        self.evidence = evidence.sorted()
        self.source = source
    }
}
