import Foundation

/// One `tagdesk classify`: load rules and corpus, read and check human decisions, run the pass, write changed
/// tag files under the corpus lock, re-checking each article's files there so no concurrent change is lost.
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

    /// Articles written under one hold of the corpus lock, so a decision typed during a pass waits at most that long.
    static let writeBatch = 64

    public let options: Options
    public let registry: PluginRegistry

    public init(options: Options, registry: PluginRegistry) {
        self.options = options
        self.registry = registry
    }

    public func run(progress: (@Sendable (Int, Int) -> Void)? = nil) -> ClassifyReport {
        var report = ClassifyReport()
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
        report.orphans = corpus.orphans.map { corpus.displayPath + "/" + $0 }
        // Every article is classified, so corpus-wide facts are the same whichever articles are selected;
        // only the selected ones are reported and written.
        let ids = corpus.articleIDs
        var files = parallelMap(ids.count) { ArticleFiles(id: ids[$0], corpus: corpus, ruleSet: ruleSet) }
        let pass = ClassificationPass(ruleSet: ruleSet)
        let outcome = pass.run(files.map(\.input), progress: progress)
        var results = outcome.results
        report.facts = outcome.facts
        let chosen = ids.indices.filter { selected.contains(ids[$0]) }
        if options.dryRun {
            let store = TagFileStore()
            let (files, results) = (files, results)
            let outcomes = parallelMap(chosen.count) { position -> TagFileStore.WriteOutcome? in
                let index = chosen[position]
                guard files[index].blockingProblems.isEmpty, let text = try? Self.tagFileText(files[index], results[index], ruleSet) else { return nil }
                return store.outcome(of: text, at: corpus.tagFileURL(ids[index]))
            }
            for (position, index) in chosen.enumerated() { report.writes[ids[index]] = outcomes[position] }
        } else {
            write(chosen, files: &files, results: &results, corpus: corpus, pass: pass, facts: outcome.facts,
                  ruleSet: ruleSet, into: &report)
        }
        for index in chosen {
            report.results.append(results[index])
            report.decisionProblems += files[index].decisions.diagnostics
            if case .failure(let diagnostic) = files[index].legacy { report.tagFileProblems.append(diagnostic) }
        }
        return report
    }

    /// Writes the chosen articles' tag files in batches, each under the corpus lock. Inside the lock every
    /// article's files are compared with what the pass read; an article whose files changed is read and
    /// classified again (with the facts of the run) before its tag file is written.
    private func write(_ chosen: [Int], files: inout [ArticleFiles], results: inout [ArticleResult], corpus: Corpus,
                       pass: ClassificationPass, facts: [String: ClassifierFacts], ruleSet: RuleSet,
                       into report: inout ClassifyReport) {
        let lock: CorpusLock
        do {
            lock = try CorpusLock(corpus: corpus.directory)
        } catch {
            report.tagFileProblems.append(Diagnostic(file: corpus.displayPath + "/.tagdesk/lock", location: nil,
                                                     message: "cannot open the corpus lock (\(error)); no tag file was written"))
            return
        }
        let store = TagFileStore()
        var swept = false
        for start in stride(from: 0, to: chosen.count, by: Self.writeBatch) {
            let batch = Array(chosen[start..<min(chosen.count, start + Self.writeBatch)])
            let current = (files, results)
            let written = lock.withLock { () -> [(ArticleFiles, ArticleResult, reread: Bool, Result<TagFileStore.WriteOutcome, Diagnostic>?)] in
                if !swept {
                    report.sweptTemporaries = AtomicFile.sweepTemporaries(in: corpus.directory).map { corpus.displayPath + "/" + $0 }
                    swept = true
                }
                return parallelMap(batch.count) { position in
                    let index = batch[position]
                    var article = current.0[index], result = current.1[index]
                    let reread = article.changedOnDisk(in: corpus)
                    if reread {
                        article = ArticleFiles(id: article.id, corpus: corpus, ruleSet: ruleSet)
                        result = pass.classify(article.input, facts: facts)
                    }
                    guard article.blockingProblems.isEmpty else { return (article, result, reread, nil) }
                    return (article, result, reread, Result { () throws(Diagnostic) in
                        if let migration = article.migration {
                            try Self.migrate(migration, of: article.id, corpus: corpus)
                        }
                        let text: String
                        do { text = try Self.tagFileText(article, result, ruleSet) } catch {
                            throw Diagnostic(file: corpus.tagFilePath(article.id), location: nil, message: "cannot encode tag file: \(error)")
                        }
                        return try store.write(text, to: corpus.tagFileURL(article.id), displayPath: corpus.tagFilePath(article.id))
                    })
                }
            }
            for (position, index) in batch.enumerated() {
                let (article, result, reread, outcome) = written[position]
                files[index] = article
                results[index] = result
                if reread { report.reread.append(corpus.articlePath(article.id)) }
                switch outcome {
                case .success(let written)?:
                    report.writes[article.id] = written
                    if article.migration != nil {
                        report.migrated.append((corpus.tagFilePath(article.id), corpus.decisionsPath(article.id),
                                                article.legacy.map { $0?.decisions.count ?? 0 }.get(or: 0)))
                    }
                case .failure(let diagnostic)?: report.tagFileProblems.append(diagnostic)
                case nil: break
                }
            }
        }
    }

    /// Moves decisions from an old-style tag file to a new decisions file, byte for byte; never replaces one.
    static func migrate(_ text: String, of id: String, corpus: Corpus) throws(Diagnostic) {
        let url = corpus.decisionsURL(id)
        guard !RegularFile.exists(url) else {
            throw Diagnostic(file: corpus.decisionsPath(id), location: nil,
                             message: "both the tag file and this decisions file hold decisions; move them into this file by hand")
        }
        do {
            try AtomicFile.write(Array(text.utf8), to: url)
        } catch {
            throw Diagnostic(file: corpus.decisionsPath(id), location: nil,
                             message: "cannot write the decisions moved from the tag file (\(error)); the tag file was left as it is")
        }
    }

    static func tagFileText(_ files: ArticleFiles, _ result: ArticleResult, _ ruleSet: RuleSet) throws -> String {
        try TagFileStore().encode(TagFile(result: result, rules: ruleSet.hash, decisionsDigest: files.decisionsDigest))
    }
}

private extension Result {
    func get(or fallback: Success) -> Success { (try? get()) ?? fallback }
}
