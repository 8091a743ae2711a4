/// A person's correction of a classifier's labels, kept in the tag file and never overwritten by a pass.
///
/// In YAML: `{classifier: topic, action: add, label: culture, by: alice, at: 2026-11-24T10:00:00Z, note: …}`;
/// `action: set` takes `labels: [...]` instead of `label`; `lines: [[3, 5]]` narrows a line- or paragraph-scoped decision.
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
        case classifier, action, label, labels, lines, by, at, note
    }

    public var classifier: String
    public var action: Action
    public var label: String?
    public var labels: [String]?
    public var lines: [LineRange]?
    public var by: String
    public var at: String?
    public var note: String?

    public init(classifier: String, action: Action, label: String? = nil, labels: [String]? = nil,
                lines: [LineRange]? = nil, by: String, at: String? = nil, note: String? = nil) {
        self.classifier = classifier
        self.action = action
        self.label = label
        self.labels = labels
        self.lines = lines
        self.by = by
        self.at = at
        self.note = note
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
        classifier = try container.decode(String.self, forKey: .classifier)
        action = try container.decode(Action.self, forKey: .action)
        label = try container.decodeIfPresent(String.self, forKey: .label)
        labels = try container.decodeIfPresent([String].self, forKey: .labels)
        lines = try container.decodeIfPresent([LineRange].self, forKey: .lines)
        by = try container.decode(String.self, forKey: .by)
        at = try container.decodeIfPresent(String.self, forKey: .at)
        note = try container.decodeIfPresent(String.self, forKey: .note)
        let needsLabel = action != .set
        if needsLabel && label == nil || !needsLabel && labels == nil {
            throw DecodingError.keyNotFound(needsLabel ? CodingKeys.label : CodingKeys.labels,
                                            .init(codingPath: decoder.codingPath, debugDescription: "action '\(action.rawValue)' needs it"))
        }
    }

    /// Who and when, for messages: `alice on 2026-11-24`.
    var attribution: String {
        let date = at.map { " on " + $0.prefix(10) } ?? ""
        let why = note.map { " (\($0))" } ?? ""
        return by + date + why
    }
}
