/// A loaded rule file: its header and its plugin, erased to one type so a rule set can hold any plugin.
public struct Classifier: Sendable {
    public let name: String
    public let pluginName: String
    public let summary: String?
    public let file: String
    public let scope: Scope
    public let multiLabel: Bool
    public let role: ClassifierRole?
    public let dependsOn: [String]
    public let labels: [String]
    public let examples: [RuleExample]
    /// Whether the plugin gathers corpus-wide facts before classifying.
    public let collects: Bool

    private let emptyFacts: @Sendable () -> any Sendable
    private let collectOne: @Sendable (Article, ClassificationContext) -> any Sendable
    private let mergeFacts: @Sendable (any Sendable, any Sendable) -> any Sendable
    private let classifyOne: @Sendable (Article, ClassificationContext, any Sendable) -> [Tag]

    init<P: ClassifierPlugin>(plugin: P, header: RuleHeader, summary: String?, file: String,
                              labels: [String], examples: [RuleExample]) {
        name = header.classifier.value
        pluginName = P.name
        self.summary = summary
        self.file = file
        scope = header.scope.value
        multiLabel = header.multiLabel
        role = header.role
        dependsOn = header.dependsOn.map(\.value)
        self.labels = labels
        self.examples = examples
        collects = P.Facts.self != NoFacts.self
        emptyFacts = { P.Facts() }
        collectOne = { article, context in plugin.collect(article, context: context) }
        mergeFacts = { lhs, rhs in
            var merged = lhs as? P.Facts ?? P.Facts()
            merged.merge(rhs as? P.Facts ?? P.Facts())
            return merged
        }
        classifyOne = { article, context, facts in
            plugin.classify(article, context: context, facts: facts as? P.Facts ?? P.Facts())
        }
    }

    /// Facts with nothing collected yet.
    public func makeFacts() -> ClassifierFacts { ClassifierFacts(value: emptyFacts()) }

    /// This article's contribution to the corpus-wide facts.
    public func collect(_ article: Article, context: ClassificationContext) -> ClassifierFacts {
        ClassifierFacts(value: collectOne(article, context))
    }

    public func merge(_ lhs: ClassifierFacts, _ rhs: ClassifierFacts) -> ClassifierFacts {
        ClassifierFacts(value: mergeFacts(lhs.value, rhs.value))
    }

    /// Tags for one article, sorted by label; labels outside the rule file are dropped.
    public func classify(_ article: Article, context: ClassificationContext, facts: ClassifierFacts) -> [Tag] {
        switch article.problem {
        case .empty?, .tooLarge?, .unreadable?: return []
        case .invalidUTF8?, nil: break
        }
        return classifyOne(article, context, facts.value)
            .filter { labels.contains($0.label) }
            .sorted { $0.label < $1.label }
    }
}

/// The corpus-wide facts one classifier collected, opaque to everyone but its plugin.
public struct ClassifierFacts: Sendable {
    let value: any Sendable
}
