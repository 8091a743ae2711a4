import Foundation

/// One `tagdesk classify`: load rules and corpus, read human decisions, run the pass, write changed tag files.
public struct ClassifyRun: Sendable {
    public struct Options: Sendable {
        public var corpus: URL
        public var corpusDisplay: String
        public var rules: URL
        public var rulesDisplay: String
        public var selectors: [String]
        public var dryRun: Bool

        public init(corpus: URL, corpusDisplay: String, rules: URL, rulesDisplay: String,
                    selectors: [String] = [], dryRun: Bool = false) {
            self.corpus = corpus
            self.corpusDisplay = corpusDisplay
            self.rules = rules
            self.rulesDisplay = rulesDisplay
            self.selectors = selectors
            self.dryRun = dryRun
        }
    }

    /// What the run did; `status` is the exit status the command should end with.
    public struct Report: Sendable {
        public var results: [ArticleResult] = []
        public var writes: [String: TagFileStore.WriteOutcome] = [:]
        /// Problems in rule files; when there are any, nothing was classified or written.
        public var ruleProblems: [Diagnostic] = []
        /// Tag files that could not be read or written; those were left as they were.
        public var tagFileProblems: [Diagnostic] = []
        public var usageError: String?
        public var rulesHash: String = ""
        public var facts: [String: ClassifierFacts] = [:]
        public var dryRun = false

        public var status: ExitStatus {
            if usageError != nil || !ruleProblems.isEmpty { return .usageError }
            return tagFileProblems.isEmpty ? .success : .checkFailed
        }
    }

    public let options: Options
    public let registry: PluginRegistry

    public init(options: Options, registry: PluginRegistry) {
        self.options = options
        self.registry = registry
    }

    public func run(progress: (@Sendable (Int, Int) -> Void)? = nil) -> Report {
        var report = Report()
        report.dryRun = options.dryRun
        let ruleSet: RuleSet
        do {
            ruleSet = try RuleLoader(registry: registry).load(directory: options.rules, displayPath: options.rulesDisplay)
        } catch {
            report.ruleProblems = error.diagnostics
            return report
        }
        report.rulesHash = ruleSet.hash
        let corpus: Corpus
        let selected: Set<String>
        do {
            corpus = try Corpus(directory: options.corpus, displayPath: options.corpusDisplay)
            selected = Set(try corpus.resolve(options.selectors))
        } catch {
            report.usageError = error.description
            return report
        }
        // Every article is classified, so corpus-wide facts are the same whichever articles are selected;
        // only the selected ones are reported and written.
        let ids = corpus.articleIDs
        let store = TagFileStore()
        let existing: [Result<TagFile?, Diagnostic>] = parallelMap(ids.count) { index in
            let id = ids[index]
            return Result { () throws(Diagnostic) in try store.read(corpus.tagFileURL(id), displayPath: corpus.tagFilePath(id)) }
        }
        let inputs = parallelMap(ids.count) { index in
            ClassificationPass.Input(article: corpus.load(ids[index]),
                                     decisions: (try? existing[index].get())??.decisions ?? [])
        }
        let outcome = ClassificationPass(ruleSet: ruleSet).run(inputs, progress: progress)
        report.results = outcome.results.filter { selected.contains($0.id) }
        report.facts = outcome.facts
        let rulesHash = ruleSet.hash
        let dryRun = options.dryRun
        let saved: [Result<TagFileStore.WriteOutcome, Diagnostic>?] = parallelMap(ids.count) { index in
            let id = ids[index]
            guard selected.contains(id) else { return nil }
            return Result { () throws(Diagnostic) in
                var file = TagFile(result: outcome.results[index], rules: rulesHash,
                                   decisions: try existing[index].get()?.decisions ?? [])
                file.decisionsText = try existing[index].get()?.decisionsText
                return try store.save(file, to: corpus.tagFileURL(id), displayPath: corpus.tagFilePath(id), dryRun: dryRun)
            }
        }
        for (index, result) in saved.enumerated() {
            switch result {
            case .success(let outcome)?: report.writes[ids[index]] = outcome
            case .failure(let diagnostic)?: report.tagFileProblems.append(diagnostic)
            case nil: break
            }
        }
        return report
    }
}
