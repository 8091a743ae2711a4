import Foundation

/// A classifier plugin: turns one rule file's labels and settings into tags for an article.
///
/// A plugin is a `struct` holding no mutable state. `classify` is pure, so articles can be classified
/// in parallel and one article can be re-classified alone (as the review REPL does after a rule edit).
/// A plugin that needs corpus-wide facts (how many articles a line appears in) declares `Facts`:
/// the pass calls `collect` once per article, merges the results, then calls `classify` with them,
/// as SwiftLint's collecting rules do. Facts merge associatively, so shards of a corpus can be
/// collected apart and merged.
public protocol ClassifierPlugin: Sendable {
    /// What one label's YAML body says for this plugin; decoded with `strictContainer` to reject unknown keys.
    associatedtype Label: Decodable & Sendable
    /// The optional `settings:` section of a rule file.
    associatedtype Settings: Decodable & Sendable = NoSettings
    /// Corpus-wide facts gathered before any article is classified.
    associatedtype Facts: CorpusFacts = NoFacts

    /// The `plugin:` value rule files use to name this plugin.
    static var name: String { get }
    /// One line on what the plugin does, shown where plugins are listed.
    static var summary: String { get }
    /// Bumped whenever the plugin's code changes what it produces for the same rules: part of every
    /// fingerprint of a classifier the plugin interprets, so such a change makes its tags stale.
    static var version: Int { get }
    /// The `scope:` values the plugin can tag; a rule file asking for another is refused at its `scope:` line.
    static var scopes: Set<Scope> { get }

    /// Whether a label is given from corpus-wide facts only (a line repeated across articles), which the one text
    /// of a rule example cannot show: such a label is not asked for an example.
    static func isCorpusWide(_ label: Label) -> Bool

    /// Builds the plugin from its decoded configuration.
    /// - Throws: `Diagnostic` or `DiagnosticList` located in the rule file (see `PluginConfiguration.error(_:at:)`).
    init(configuration: PluginConfiguration<Label, Settings>) throws

    /// Gathers what this article contributes to the corpus-wide facts.
    func collect(_ article: Article, context: ClassificationContext) -> Facts

    /// Tags for one article. Evidence lines are 1-based, inside the article, and never hidden lines.
    func classify(_ article: Article, context: ClassificationContext, facts: Facts) -> [Tag]

    /// Tags for one article and the findings of what went wrong making them (a plugin process that crashed on
    /// it, a label it may not give); a plugin that cannot fail implements `classify` only.
    func classifyReporting(_ article: Article, context: ClassificationContext, facts: Facts) -> (tags: [Tag], findings: [Finding])

    /// What the plugin's code says its version is when that is known only once it runs (an external command's
    /// handshake): part of the classifier's fingerprint beside `version`; `nil` for a built-in plugin.
    var announcedVersion: String? { get }

    /// The part of the facts that can change a tag (a line seen in one article is no template): tag files record
    /// its digest, so a change elsewhere in the corpus that cannot matter leaves them fresh.
    func significant(_ facts: Facts) -> Facts
}

extension ClassifierPlugin {
    public func significant(_ facts: Facts) -> Facts { facts }
    public func classifyReporting(_ article: Article, context: ClassificationContext, facts: Facts) -> (tags: [Tag], findings: [Finding]) {
        (classify(article, context: context, facts: facts), [])
    }
    public var announcedVersion: String? { nil }
    public static func isCorpusWide(_ label: Label) -> Bool { false }
}

extension ClassifierPlugin where Facts == NoFacts {
    public func collect(_ article: Article, context: ClassificationContext) -> NoFacts { NoFacts() }
}

/// Corpus-wide facts of a collecting plugin: an empty value and an associative, in-place merge. Facts are
/// `Codable` so they can be cached on disk and merged across shards; encoding must not depend on the process.
public protocol CorpusFacts: Sendable, Codable {
    init()
    mutating func merge(_ other: Self)
    /// The same bytes for the same facts in any process, read back by `init(encoded:)`: JSON with sorted keys
    /// unless the plugin gives a compact form (facts are read by every run, `show ID` included).
    func encoded() -> [UInt8]
    init?(encoded: [UInt8])
}

extension CorpusFacts {
    public func encoded() -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? encoder.encode(self)).map { [UInt8]($0) } ?? []
    }

    public init?(encoded: [UInt8]) {
        guard let decoded = try? JSONDecoder().decode(Self.self, from: Data(encoded)) else { return nil }
        self = decoded
    }
}

/// The facts of a plugin that collects nothing.
public struct NoFacts: CorpusFacts {
    public init() {}
    public mutating func merge(_ other: NoFacts) {}
}

/// The settings of a plugin that has none; an empty or missing `settings:` section.
public struct NoSettings: Decodable, Sendable {
    private enum CodingKeys: String, CodingKey, CaseIterable { case none = "" }
    public init() {}
    public init(from decoder: any Decoder) throws {
        _ = try decoder.strictContainer(keyedBy: CodingKeys.self)
    }
}
