/// Runs a rule set over one article: every classifier in dependency order, with corpus-wide facts computed
/// beforehand (`FactsStage`), then the moderation policies. The same path serves a whole pass, one article in the review REPL and a rule
/// example. Never prints, never writes.
public struct ClassificationPass: Sendable {
    /// One article to classify, the checked human decisions about it, and findings from checking them.
    public struct Input: Sendable {
        public let article: Article
        public let decisions: [HumanDecision]
        public let findings: [Finding]
        /// A person's moderation decision, which wins over the policies'.
        public let moderation: PolicyDecision.Human?

        public init(article: Article, decisions: [HumanDecision] = [], findings: [Finding] = [],
                    moderation: PolicyDecision.Human? = nil) {
            self.article = article
            self.decisions = decisions
            self.findings = findings
            self.moderation = moderation
        }
    }

    public let ruleSet: RuleSet
    /// For each classifier, the boilerplate-role classifiers it depends on: their lines are hidden from it.
    private let maskedBy: [String: [String]]

    public init(ruleSet: RuleSet) {
        self.ruleSet = ruleSet
        var maskedBy: [String: [String]] = [:]
        for classifier in ruleSet.classifiers {
            maskedBy[classifier.name] = ruleSet.dependencies(of: classifier.name)
                .filter { ruleSet.classifier(named: $0)?.role == .boilerplate }.sorted()
        }
        self.maskedBy = maskedBy
    }

    /// Classifies one article with every classifier in dependency order, using corpus-wide `facts` (a collecting
    /// classifier without facts collects from this article alone, as rule examples do).
    /// - Parameter reusing: tags from an earlier pass for classifiers whose fingerprint is unchanged, with the
    ///   findings those classifiers reported; they are taken as they are instead of classifying again.
    public func classify(_ input: Input, facts: [String: ClassifierFacts] = [:],
                         reusing: [String: (tags: [Tag], findings: [Finding])] = [:], profile: StageProfile? = nil) -> ArticleResult {
        var result = start(input)
        for classifier in ruleSet.classifiers {
            if let reused = reusing[classifier.name] {
                record(classifier, tags: reused.tags, findings: reused.findings, on: input, into: &result)
                continue
            }
            let started = profile == nil ? nil : ContinuousClock.now
            defer { if let started { profile?.add("classify: " + classifier.name, ContinuousClock.now - started) } }
            let context = context(for: classifier, result: result)
            let classifierFacts = facts[classifier.name]
                ?? (classifier.collects ? classifier.collect(input.article, context: context) : classifier.makeFacts())
            let (ruleTags, failures) = classifier.classifyReporting(input.article, context: context, facts: classifierFacts)
            let (tags, findings) = HumanDecision.apply(input.decisions, to: ruleTags, classifier: classifier)
            record(classifier, tags: tags, findings: failures + findings, on: input, into: &result)
        }
        result.findings += qualityFindings(of: result, article: input.article)
        var finished = Self.finish(result, article: input.article)
        finished.decision = ruleSet.policies.decide(finished, article: input.article, human: input.moderation)
        return finished
    }

    /// What the article contributes to `collector`'s corpus-wide facts: the classifiers before it are run
    /// first (with `facts` for those that collect), so it sees the article as it would in a pass.
    public func collect(_ input: Input, for collector: Classifier, facts: [String: ClassifierFacts]) -> ClassifierFacts {
        var result = start(input)
        for classifier in ruleSet.classifiers {
            let context = context(for: classifier, result: result)
            if classifier.name == collector.name { return classifier.collect(input.article, context: context) }
            let classifierFacts = facts[classifier.name] ?? classifier.makeFacts()
            let ruleTags = classifier.classify(input.article, context: context, facts: classifierFacts)
            let (tags, findings) = HumanDecision.apply(input.decisions, to: ruleTags, classifier: classifier)
            record(classifier, tags: tags, findings: findings, on: input, into: &result)
        }
        return collector.makeFacts()
    }

    private func start(_ input: Input) -> ArticleResult {
        let article = input.article
        let findings = (article.problem.map { [$0.finding] } ?? []) + input.findings
        return ArticleResult(id: article.id, path: article.path, sha256: article.sha256, findings: findings)
    }

    private func context(for classifier: Classifier, result: ArticleResult) -> ClassificationContext {
        var hidden: Set<Int> = []
        for name in maskedBy[classifier.name] ?? [] {
            for tag in result.tags[name] ?? [] { hidden.formUnion(tag.lines?.flatMap { Array($0.lines) } ?? []) }
        }
        if !(maskedBy[classifier.name] ?? []).isEmpty { hidden.formUnion(result.duplicates.keys) }
        let languageTags = ruleSet.classifiers.first { $0.role == .language }.flatMap { result.tags[$0.name] } ?? []
        return ClassificationContext(hiddenLines: hidden, priorTags: result.tags, language: result.language, languageTags: languageTags)
    }

    private func record(_ classifier: Classifier, tags: [Tag], findings: [Finding], on input: Input,
                        into result: inout ArticleResult) {
        result.tags[classifier.name] = tags
        result.findings += findings
        switch classifier.role {
        case .boilerplate:
            for tag in tags {
                for range in tag.lines ?? [] {
                    for line in range.lines where result.boilerplate[line] == nil { result.boilerplate[line] = tag.label }
                }
            }
            result.duplicates = Self.repeatedLines(of: input.article, skipping: result.boilerplateLines)
        case .language:
            result.language = Self.dominantLabel(tags, article: input.article, hidden: result.boilerplateLines)
        case nil:
            break
        }
    }

    /// The label of an article-scoped tag with the best score, or of the line-scoped tag covering the most visible text.
    static func dominantLabel(_ tags: [Tag], article: Article, hidden: Set<Int>) -> String? {
        func weight(_ tag: Tag) -> Double {
            guard let lines = tag.lines else { return tag.score }
            return Double(lines.flatMap { Array($0.lines) }.filter { !hidden.contains($0) }
                .compactMap { article.line($0)?.text.utf8.count }.reduce(0, +))
        }
        return tags.max { (weight($0), $1.label) < (weight($1), $0.label) }?.label
    }

    /// Content lines long enough to be sentences (`minimumRepeatedBytes` folded bytes) that repeat an earlier one,
    /// once case, accents and punctuation are folded.
    static func repeatedLines(of article: Article, skipping hidden: Set<Int>) -> [Int: Int] {
        var first: [NormalizedText: Int] = [:]
        var repeated: [Int: Int] = [:]
        for line in article.lines where !line.isBlank && !hidden.contains(line.number) {
            let folded = line.normalized
            guard folded.byteCount >= minimumRepeatedBytes else { continue }
            if let earlier = first[folded] { repeated[line.number] = earlier } else { first[folded] = line.number }
        }
        return repeated
    }

    /// A repeated line shorter than this (folded bytes) may be a refrain or a list item, not a caption scraped twice.
    static let minimumRepeatedBytes = 24

    /// Quality findings: content lines in another language than the article's, and repeated content lines.
    private func qualityFindings(of result: ArticleResult, article: Article) -> [Finding] {
        var findings: [Finding] = []
        if !result.duplicates.isEmpty {
            let lines = LineRange.covering(result.duplicates.keys)
            let count = result.duplicates.count
            let pairs = result.duplicates.sorted { $0.key < $1.key }.prefix(3).map { "\($0.key) repeats \($0.value)" }
            findings.append(Finding(kind: "duplicate-line", severity: .info, lines: lines,
                                    message: "\(count) content \(count == 1 ? "line repeats" : "lines repeat") an earlier line (line "
                                        + pairs.joined(separator: ", ") + (count > 3 ? ", …" : "") + "); counted once by every classifier"))
        }
        guard let language = result.language,
              let classifier = ruleSet.classifiers.first(where: { $0.role == .language }) else { return findings }
        let hidden = result.boilerplateLines.union(result.duplicates.keys)
        var other: [String: [Int]] = [:]
        for tag in result.tags[classifier.name] ?? [] where tag.label != language {
            for line in (tag.lines ?? []).flatMap(\.lines) where !hidden.contains(line) && article.line(line)?.isBlank == false {
                other[tag.label, default: []].append(line)
            }
        }
        for (label, lines) in other.sorted(by: { $0.key < $1.key }) {
            findings.append(Finding(kind: "untranslated", severity: .info, lines: LineRange.covering(lines),
                                    message: "\(lines.count) content \(lines.count == 1 ? "line is" : "lines are") in '\(label)', "
                                        + "not in the article's language '\(language)' (an untranslated caption or quote?)"))
        }
        return findings
    }

    private static func finish(_ result: ArticleResult, article: Article) -> ArticleResult {
        var result = result
        let content = article.lines.filter { !$0.isBlank && !result.boilerplateLines.contains($0.number) }
        if article.problem == nil, content.isEmpty {
            result.findings.append(Finding(kind: "no-content", severity: .error,
                                           lines: LineRange.covering(result.boilerplateLines),
                                           message: "no content left after boilerplate; every non-blank line is boilerplate"))
        }
        result.findings.sort { ($0.kind, $0.lines.first?.start ?? 0, $0.message) < ($1.kind, $1.lines.first?.start ?? 0, $1.message) }
        return result
    }
}
