/// What a plugin is built from: the rule file's shared header, its labels decoded by the plugin, and its settings.
public struct PluginConfiguration<Label: Sendable, Settings: Sendable>: Sendable {
    /// A label as the rule file defines it, in file order.
    public struct LabelDefinition: Sendable {
        public let name: String
        public let body: Label
        public let line: Int
        public let column: Int
    }

    public let classifier: String
    public let scope: Scope
    public let multiLabel: Bool
    /// With `.lines`, the pass drops the tags' evidence: a plugin may skip building it.
    public let evidence: TagEvidence
    public let labels: [LabelDefinition]
    public let settings: Settings
    /// The rule file's repo-relative path, for diagnostics.
    public let file: String
    let source: String

    public init(classifier: String, scope: Scope, multiLabel: Bool, evidence: TagEvidence = .matches,
                labels: [LabelDefinition], settings: Settings, file: String, source: String) {
        self.classifier = classifier
        self.scope = scope
        self.multiLabel = multiLabel
        self.evidence = evidence
        self.labels = labels
        self.settings = settings
        self.file = file
        self.source = source
    }

    /// A located error for a plugin to throw while building, with the offending line and a caret.
    public func error(_ message: String, line: Int, column: Int) -> Diagnostic {
        Diagnostic(.error, file: file, location: SourceLocation(file: file, line: line, column: column),
                   message: message, snippet: Snippet.caret(in: source, line: line, column: column))
    }

    /// A located error at a value the plugin decoded with `Located`.
    public func error<T>(_ message: String, at value: Located<T>) -> Diagnostic {
        error(message, line: value.line, column: value.column)
    }
}
