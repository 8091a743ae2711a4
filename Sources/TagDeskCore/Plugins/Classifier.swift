import Foundation

/// A loaded rule file: its header and its plugin, erased to one type so a rule set can hold any plugin.
public struct Classifier: Sendable {
    public let name: String
    public let pluginName: String
    public let pluginVersion: Int
    /// The version an external plugin's command announced at its handshake; `nil` for built-in plugins.
    public let announcedVersion: String?
    /// `CanonicalYAML` digest of the rule file but its `evidence:` key: what it says, not how it is formatted.
    public let contentDigest: String
    public let summary: String?
    public let file: String
    public let scope: Scope
    public let multiLabel: Bool
    /// With `.lines`, `classify` returns tags without evidence, whatever the plugin gave.
    public let evidence: TagEvidence
    public let role: ClassifierRole?
    /// The least this classifier must reach against people's decisions, and where the rule file says so.
    public let quality: Located<QualityFloor>?
    public let dependsOn: [String]
    /// Versions of one story (articles citing one source) should get the same labels: `tagdesk check` warns where not.
    public let versionsAgree: Bool
    public let labels: [String]
    public let examples: [RuleExample]
    /// Whether the plugin gathers corpus-wide facts before classifying.
    public let collects: Bool

    private let emptyFacts: @Sendable () -> any Sendable
    private let collectOne: @Sendable (Article, ClassificationContext) -> any Sendable
    private let mergeFacts: @Sendable (inout any Sendable, [ClassifierFacts]) -> Void
    private let encodeFacts: @Sendable (any Sendable, _ significantOnly: Bool) -> [UInt8]
    private let decodeFactsBytes: @Sendable ([UInt8]) -> (any Sendable)?
    private let classifyOne: @Sendable (Article, ClassificationContext, any Sendable) -> (tags: [Tag], findings: [Finding])

    init<P: ClassifierPlugin>(plugin: P, header: RuleHeader, summary: String?, file: String,
                              labels: [String], examples: [RuleExample], contentDigest: String) {
        name = header.classifier.value
        pluginName = P.name
        pluginVersion = P.version
        announcedVersion = plugin.announcedVersion
        self.contentDigest = contentDigest
        self.summary = summary
        self.file = file
        scope = header.scope.value
        multiLabel = header.multiLabel
        evidence = header.evidence?.value ?? .matches
        role = header.role?.value
        quality = header.quality
        dependsOn = header.dependsOn.map(\.value)
        versionsAgree = header.versionsAgree
        self.labels = labels
        self.examples = examples
        collects = P.Facts.self != NoFacts.self
        emptyFacts = { P.Facts() }
        collectOne = { article, context in plugin.collect(article, context: context) }
        mergeFacts = { accumulated, parts in
            var merged = accumulated as? P.Facts ?? P.Facts()
            accumulated = NoFacts()  // drop the second reference, so `merged` is extended in place
            for part in parts { merged.merge(part.value as? P.Facts ?? P.Facts()) }
            accumulated = merged
        }
        encodeFacts = { value, significantOnly in
            let facts = value as? P.Facts ?? P.Facts()
            return (significantOnly ? plugin.significant(facts) : facts).encoded()
        }
        decodeFactsBytes = { bytes in P.Facts(encoded: bytes) }
        classifyOne = { article, context, facts in
            plugin.classifyReporting(article, context: context, facts: facts as? P.Facts ?? P.Facts())
        }
    }

    /// Facts with nothing collected yet.
    public func makeFacts() -> ClassifierFacts { ClassifierFacts(value: emptyFacts()) }

    /// This article's contribution to the corpus-wide facts.
    public func collect(_ article: Article, context: ClassificationContext) -> ClassifierFacts {
        ClassifierFacts(value: collectOne(article, context))
    }

    /// Merges `parts` into `facts` in place: linear in the size of the parts, whatever the size of `facts`.
    public func merge(_ parts: [ClassifierFacts], into facts: inout ClassifierFacts) {
        mergeFacts(&facts.value, parts)
        facts.significantBytes = nil
    }

    /// The facts as bytes that are the same for the same facts in any process (`CorpusFacts.encoded()`).
    public func encode(_ facts: ClassifierFacts) -> [UInt8] { encodeFacts(facts.value, false) }

    /// `encode` of the part of the facts that can change a tag, for the digest tag files record.
    public func encodeSignificant(_ facts: ClassifierFacts) -> [UInt8] { facts.significantBytes ?? encodeFacts(facts.value, true) }

    /// Facts read back from `encode`'s bytes; `nil` if they are not this plugin's facts.
    public func decodeFacts(_ bytes: [UInt8]) -> ClassifierFacts? { decodeFactsBytes(bytes).map { ClassifierFacts(value: $0) } }

    /// Tags for one article, sorted by label; labels outside the rule file are dropped.
    public func classify(_ article: Article, context: ClassificationContext, facts: ClassifierFacts) -> [Tag] {
        classifyReporting(article, context: context, facts: facts).tags
    }

    /// Tags for one article, sorted by label, and the findings of what went wrong making them, each naming this
    /// classifier; labels outside the rule file are dropped.
    public func classifyReporting(_ article: Article, context: ClassificationContext,
                                  facts: ClassifierFacts) -> (tags: [Tag], findings: [Finding]) {
        switch article.problem {
        case .empty?, .tooLarge?, .unreadable?: return ([], [])
        case .invalidUTF8?, nil: break
        }
        let (made, findings) = classifyOne(article, context, facts.value)
        var tags = made
            .filter { labels.contains($0.label) }
            .sorted { $0.label < $1.label }
        if evidence == .lines {
            for index in tags.indices {
                tags[index].evidence = []
                tags[index].moreEvidence = nil
            }
        }
        return (tags, findings.map { finding in
            var finding = finding
            finding.classifier = name
            return finding
        })
    }
}

/// The corpus-wide facts one classifier collected, opaque to everyone but its plugin.
public struct ClassifierFacts: Sendable {
    var value: any Sendable
    /// `Classifier.encodeSignificant` of the facts, when known (read from the cache), so it is not encoded again.
    var significantBytes: [UInt8]?

    init(value: any Sendable, significantBytes: [UInt8]? = nil) {
        self.value = value
        self.significantBytes = significantBytes
    }
}
