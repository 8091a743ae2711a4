/// Where a tag came from: the rules of a pass, or a person's decision.
public enum TagSource: String, Sendable, Codable {
    case rules
    case human
}

/// How central a label is to its article, for classifiers that say so: a place the article is about, or one it
/// only mentions.
public enum Prominence: String, Sendable, Codable, CaseIterable {
    case primary
    case mentioned
}

/// One label given to an article (or to some of its lines) by a classifier, with its score and evidence.
///
/// `lines` is set for line- and paragraph-scoped classifiers and `nil` for article-scoped ones.
public struct Tag: Sendable, Hashable, Codable {
    /// Evidence kept per tag, the first in line order; the rest are counted in `moreEvidence`.
    public static let evidenceLimit = 8

    enum CodingKeys: String, CodingKey {
        case label, score, lines, evidence, moreEvidence = "more_evidence", source, prominence
    }

    public var label: String
    public var score: Double
    public var lines: [LineRange]?
    public var evidence: [Evidence]
    /// How many more pieces of evidence there were beyond `evidenceLimit`; `nil` when none.
    public var moreEvidence: Int?
    public var source: TagSource
    /// `nil` when the classifier does not say.
    public var prominence: Prominence?

    /// - Parameter evidence: sorted and cut to `evidenceLimit`, duplicates removed.
    public init(label: String, score: Double, lines: [LineRange]? = nil,
                evidence: [Evidence] = [], source: TagSource = .rules) {
        self.label = label
        self.score = (score * 1000).rounded() / 1000
        self.lines = lines
        var sorted = evidence.sorted()  // plugins give evidence mostly in line order: a run the sort only checks
        if sorted.count > 1 {
            var kept = 1
            for index in 1..<sorted.count where sorted[index] != sorted[kept - 1] {
                sorted[kept] = sorted[index]
                kept += 1
            }
            sorted.removeLast(sorted.count - kept)
        }
        self.evidence = Array(sorted.prefix(Self.evidenceLimit))
        moreEvidence = sorted.count > Self.evidenceLimit ? sorted.count - Self.evidenceLimit : nil
        self.source = source
    }
}
