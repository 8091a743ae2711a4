import Foundation

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
    /// The folder holding the rule file, which paths in it are relative to; `nil` for a rule file read from memory.
    public let directory: URL?
    /// The classifiers this one depends on (`depends_on`).
    public let dependsOn: [String]
    /// Where the rule file names its plugin (`plugin:`), for an error about the file as a whole.
    public internal(set) var pluginLine = 1
    public internal(set) var pluginColumn = 1
    let source: String
    /// Where `warn` puts what the plugin finds doubtful but not wrong; the loader reads it after `init`.
    let warnings = WarningSink()

    public init(classifier: String, scope: Scope, multiLabel: Bool, evidence: TagEvidence = .matches,
                labels: [LabelDefinition], settings: Settings, file: String, source: String,
                directory: URL? = nil, dependsOn: [String] = []) {
        self.classifier = classifier
        self.scope = scope
        self.multiLabel = multiLabel
        self.evidence = evidence
        self.labels = labels
        self.settings = settings
        self.file = file
        self.source = source
        self.directory = directory
        self.dependsOn = dependsOn
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

    /// Records a located warning: `rules lint` reports it, the rule set still loads and classifies.
    public func warn(_ message: String, line: Int, column: Int) {
        warnings.append(Diagnostic(.warning, file: file, location: SourceLocation(file: file, line: line, column: column),
                                   message: message, snippet: Snippet.caret(in: source, line: line, column: column)))
    }

    /// A located error if `value` (written under `key`) is not a finite number above 0: a threshold or weight
    /// of `0`, `-1`, `.nan` or `.inf` makes every score meaningless.
    public func positiveProblem(_ value: Located<Double>?, key: String) -> Diagnostic? {
        guard let value, !(value.value.isFinite && value.value > 0) else { return nil }
        return error("expected a finite number above 0 for '\(key)', found \(Self.yamlNumber(value.value))", at: value)
    }

    /// A located error if the integer `value` (written under `key`) is below `minimum`; `consequence` says what
    /// such a value would do (`"it would turn the classifier off"`).
    public func minimumProblem(_ value: Located<Int>?, key: String, minimum: Int, consequence: String) -> Diagnostic? {
        guard let value, value.value < minimum else { return nil }
        return error("expected an integer of at least \(minimum) for '\(key)', found \(value.value); \(consequence)", at: value)
    }

    /// A number as YAML writes it: `2`, `0.5`, `.nan`, `-.inf`.
    static func yamlNumber(_ value: Double) -> String {
        if value.isNaN { return ".nan" }
        if value.isInfinite { return value < 0 ? "-.inf" : ".inf" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }
}
