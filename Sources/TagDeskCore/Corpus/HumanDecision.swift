/// A person's correction of a classifier's labels, kept in the article's decisions file, which no pass writes.
///
/// In YAML: `{classifier: topic, action: add, label: culture, by: alice, at: 2026-11-24T10:00:00Z, note: …}`;
/// `action: set` takes `labels: [...]` instead of `label`; `lines: [[3, 5]]` narrows a line- or paragraph-scoped
/// decision. `sha256` (the article's, when the decision was made) and `anchors` (a digest of each judged
/// line's text, in order) let a pass follow the judged lines when the article is edited.
public struct HumanDecision: Codable, Sendable, Hashable {
    public enum Action: String, Codable, Sendable, CaseIterable {
        /// The label applies (on `lines`, if given).
        case add
        /// The label does not apply (on `lines`, if given).
        case remove
        /// The classifier's labels are exactly `labels`.
        case set

        public init(from decoder: any Decoder) throws {
            self = try decodeEnumCase(from: decoder, what: "action")
        }
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, classifier, action, label, labels, lines, by, at, note, sha256, anchors
    }

    /// As written; `stableID` gives one to every decision.
    public var id: String?
    public var classifier: String
    public var action: Action
    public var label: String?
    public var labels: [String]?
    public var lines: [LineRange]?
    public var by: String
    public var at: String?
    public var note: String?
    /// SHA-256 of the article's bytes when the decision was made.
    public var sha256: String?
    /// `LineDigest` of each judged line, in line order, one per line of `lines`.
    public var anchors: [String]?
    /// Disagreement messages a reviewer accepted (`ReviewRecord.acknowledged`), set by `DecisionCheck`: a pass
    /// does not report them again while the rules' answer, which the message names, stays the same. Not written.
    public var acknowledged: Set<String> = []

    public init(id: String? = nil, classifier: String, action: Action, label: String? = nil, labels: [String]? = nil,
                lines: [LineRange]? = nil, by: String, at: String? = nil, note: String? = nil,
                sha256: String? = nil, anchors: [String]? = nil) {
        self.id = id
        self.classifier = classifier
        self.action = action
        self.label = label
        self.labels = labels
        self.lines = lines
        self.by = by
        self.at = at
        self.note = note
        self.sha256 = sha256
        self.anchors = anchors
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
        id = try container.decodeIfPresent(String.self, forKey: .id)
        classifier = try container.decode(String.self, forKey: .classifier)
        action = try container.decode(Action.self, forKey: .action)
        label = try container.decodeIfPresent(String.self, forKey: .label)
        labels = try container.decodeIfPresent([String].self, forKey: .labels)
        lines = try container.decodeIfPresent([LineRange].self, forKey: .lines)
        by = try container.decode(String.self, forKey: .by)
        at = try container.decodeIfPresent(String.self, forKey: .at)
        note = try container.decodeIfPresent(String.self, forKey: .note)
        sha256 = try container.decodeIfPresent(String.self, forKey: .sha256)
        anchors = try container.decodeIfPresent([String].self, forKey: .anchors)
        let needsLabel = action != .set
        if needsLabel && label == nil || !needsLabel && labels == nil {
            throw DecodingError.keyNotFound(needsLabel ? CodingKeys.label : CodingKeys.labels,
                                            .init(codingPath: decoder.codingPath, debugDescription: "action '\(action.rawValue)' needs it"))
        }
    }

    /// The written `id`, or one derived from what the decision says, stable as long as it is not edited.
    public var stableID: String {
        if let id { return id }
        let labelText = labels?.joined(separator: ",") ?? label ?? ""
        let lineText = lines?.map(\.description).joined() ?? ""
        let canonical = [classifier, action.rawValue, labelText, lineText, by, at ?? "", note ?? ""].joined(separator: "\u{1F}")
        return "d-" + ContentDigest.sha256(canonical.utf8, hexDigits: 10)
    }

    /// The note of a decision that takes back decision `id` (`tagdesk review`'s undo): no conflict with it.
    public static func undoNote(of id: String) -> String { "undo of \(id)" }
    /// The note of a decision that makes again what decision `id` took back (`tagdesk review`'s redo).
    public static func redoNote(of id: String) -> String { "redo of \(id)" }

    /// The labels the decision names.
    public var namedLabels: [String] { labels ?? label.map { [$0] } ?? [] }

    /// Who and when, for messages: `alice on 2026-11-24`.
    var attribution: String { Self.attribution(by: by, at: at, note: note) }

    static func attribution(by: String, at: String?, note: String?) -> String {
        let date = at.map { " on " + $0.prefix(10) } ?? ""
        let why = note.map { " (\($0))" } ?? ""
        return by + date + why
    }
}
