import Foundation
import Yams

/// `ID.decisions.yaml` beside an article: the human decisions about it, written only by people and by review
/// tools, read (never written) by a pass. Each decision keeps where it was written, for located messages.
public struct DecisionsFile: Sendable {
    /// Decisions files over this many bytes are refused.
    public static let sizeLimit = 1024 * 1024

    /// One decision and the position of its fields in the file.
    public struct Entry: Sendable {
        public var decision: HumanDecision
        /// Where the decision starts.
        public let location: SourceLocation
        /// Where each field's value is, by key (`by`, `lines`, …).
        let fields: [String: SourceLocation]

        func location(of key: String) -> SourceLocation { fields[key] ?? location }
    }

    /// One moderation decision and where it starts.
    public struct ModerationEntry: Sendable {
        public let decision: ModerationDecision
        public let location: SourceLocation
    }

    /// One `review:` record and where it starts.
    public struct ReviewEntry: Sendable {
        public let record: ReviewRecord
        public let location: SourceLocation
    }

    public let displayPath: String
    public let article: String
    public let entries: [Entry]
    /// The items that decide the article's moderation (`decision:`) rather than a classifier's labels.
    public let moderation: [ModerationEntry]
    /// The records of `tagdesk review` (`review:` items), in file order.
    public let reviews: [ReviewEntry]
    /// SHA-256 of the file's bytes, recorded in the tag file as the decisions a pass applied.
    public let digest: String
    let source: String

    /// Reads a decisions file's text; every problem is a located diagnostic.
    public init(displayPath: String, bytes: [UInt8]) throws(DiagnosticList) {
        self.displayPath = displayPath
        digest = "sha256:" + ContentDigest.sha256(bytes)
        guard let source = String(validating: bytes, as: UTF8.self) else {
            throw DiagnosticList([Diagnostic(file: displayPath, location: nil, message: "decisions file is not valid UTF-8")])
        }
        self.source = source
        guard source.contains(where: { !$0.isWhitespace }) else {
            throw DiagnosticList([Diagnostic(file: displayPath, location: nil,
                                             message: "empty decisions file; expected 'article: ID' and a 'decisions:' list, or no file")])
        }
        let document = try RuleDocument(file: displayPath, source: source)
        guard case .mapping = document.root else {
            throw DiagnosticList([document.error("expected a mapping with 'article' and 'decisions'", at: document.root)])
        }
        let header = try document.decode(Header.self, at: YAMLPath())
        article = header.article
        var entries: [Entry] = []
        var moderation: [ModerationEntry] = []
        var reviews: [ReviewEntry] = []
        var diagnostics = document.unknownKeyDiagnostics()
        let path = YAMLPath([.key("decisions")])
        if case .sequence(let sequence) = path.node(in: document.root) {
            for (index, node) in sequence.enumerated() {
                do throws(DiagnosticList) {
                    if case .mapping(let mapping) = node, mapping.keys.contains(where: { $0.string == "decision" }) {
                        let decision = try document.decode(ModerationDecision.self, at: path.appending(.index(index)), from: node)
                        moderation.append(ModerationEntry(decision: decision, location: SourceLocation(
                            file: displayPath, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)))
                        continue
                    }
                    if case .mapping(let mapping) = node, mapping.keys.contains(where: { $0.string == "review" }) {
                        let record = try document.decode(ReviewRecord.self, at: path.appending(.index(index)), from: node)
                        reviews.append(ReviewEntry(record: record, location: SourceLocation(
                            file: displayPath, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)))
                        continue
                    }
                    let decision = try document.decode(HumanDecision.self, at: path.appending(.index(index)), from: node)
                    var fields: [String: SourceLocation] = [:]
                    if case .mapping(let mapping) = node {
                        for (key, value) in mapping {
                            if let name = key.string, let mark = value.mark {
                                fields[name] = SourceLocation(file: displayPath, line: mark.line, column: mark.column)
                            }
                        }
                    }
                    let mark = node.mark
                    entries.append(Entry(decision: decision,
                                         location: SourceLocation(file: displayPath, line: mark?.line ?? 1, column: mark?.column ?? 1),
                                         fields: fields))
                } catch {
                    diagnostics += error.diagnostics
                }
            }
        }
        diagnostics += document.unknownKeyDiagnostics().filter { !diagnostics.contains($0) }
        if !diagnostics.isEmpty { throw DiagnosticList(diagnostics) }
        self.entries = entries
        self.moderation = moderation
        self.reviews = reviews
    }

    /// The comment a new decisions file starts with.
    public static let header = """
        # Human decisions about one article: written by people and review tools, never by 'tagdesk classify'.
        # Format: README, "Human decisions".

        """

    /// A new decisions file holding `decisionsSection` (a `decisions:` key and its value) as it is.
    public static func text(article: String, decisionsSection: String) -> String {
        header + "article: \(article)\n" + decisionsSection
    }

    /// A located diagnostic with the offending line and a caret.
    func diagnostic(_ level: Diagnostic.Level, _ message: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(level, file: displayPath, location: location, message: message,
                   snippet: Snippet.caret(in: source, line: location.line, column: location.column))
    }

    private struct Header: Decodable {
        let article: String
        let decisions: [IgnoredValue]?

        enum CodingKeys: String, CodingKey, CaseIterable { case article, decisions }

        init(from decoder: any Decoder) throws {
            let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
            article = try container.decode(String.self, forKey: .article)
            decisions = try container.decodeIfPresent([IgnoredValue].self, forKey: .decisions)
        }
    }

    /// Any YAML value, decoded only to check the shape of the list around it.
    private struct IgnoredValue: Decodable {
        init(from decoder: any Decoder) throws {}
    }
}
