import Foundation

/// One `tagdesk classify`, as a stream: corpus-wide facts first (cached), then the selected articles in bounded
/// batches on every core: read, skip if the tag file is fresh, classify, then write the changed tag files under
/// the corpus lock (re-checking each article's files there, so no concurrent change is lost) and hand the
/// batch to the reporter in corpus order. Memory does not grow with the corpus.
public struct ClassifyRun: Sendable {
    public struct Options: Sendable {
        public var corpus: URL
        public var corpusDisplay: String
        public var rules: URL
        public var rulesDisplay: String
        public var selectors: [String]
        public var dryRun: Bool
        /// Classify every selected article, fresh or not.
        public var force: Bool
        /// Compute corpus-wide facts anew instead of reading them from the cache.
        public var refreshFacts = false
        /// Only the articles whose id hashes to shard `index` of `count`.
        public var shard: Shard?
        /// Where the time goes, stage by stage; `nil` measures nothing.
        public var profile: StageProfile?
        /// For a JSON Lines corpus, the Dolma attribute set written (`attributes/NAME/`).
        public var attributesName = "tagdesk"
        /// The rules of `rules`, when the caller loaded them already (a check runs their examples first).
        public var ruleSet: RuleSet?
        /// Classify as if no person had decided anything: what the rules alone give (a dry run measuring the
        /// rules against people's decisions; never write with it).
        public var ignoresDecisions = false

        public init(corpus: URL, corpusDisplay: String, rules: URL, rulesDisplay: String,
                    selectors: [String] = [], dryRun: Bool = false, force: Bool = false, shard: Shard? = nil) {
            self.corpus = corpus
            self.corpusDisplay = corpusDisplay
            self.rules = rules
            self.rulesDisplay = rulesDisplay
            self.selectors = selectors
            self.dryRun = dryRun
            self.force = force
            self.shard = shard
        }
    }

    /// Articles read, classified and written at once.
    public static let batchSize = 256

    public let options: Options
    public let registry: PluginRegistry

    public init(options: Options, registry: PluginRegistry) {
        self.options = options
        self.registry = registry
    }

    public func run(reporter: inout some Reporter, progress: (@Sendable (Int, Int) -> Void)? = nil) -> ClassifyReport {
        var report = ClassifyReport()
        report.dryRun = options.dryRun
        let ruleSet: RuleSet
        let rulesStarted = ContinuousClock.now
        do {
            if let loaded = options.ruleSet {
                ruleSet = loaded
            } else {
                ruleSet = try RuleLoader(registry: registry).load(directory: options.rules, displayPath: options.rulesDisplay)
            }
            options.profile?.add("load rules", ContinuousClock.now - rulesStarted)
        } catch {
            report.ruleProblems = error.diagnostics
            reporter.finish(report)
            return report
        }
        let corpus: Corpus
        // Named articles are looked up one by one; the corpus is only listed for a full pass (or to compute facts).
        var named: [String]?
        do {
            corpus = try Corpus(directory: options.corpus, displayPath: options.corpusDisplay)
            if !options.selectors.isEmpty {
                named = try corpus.resolve(options.selectors).filter { options.shard?.contains($0) ?? true }
            } else if try corpus.kind() == .documents {
                return DocumentRun(options: options, corpus: corpus, pass: ClassificationPass(ruleSet: ruleSet)).run(reporter: &reporter, progress: progress)
            }
        } catch {
            report.usageError = error.description
            reporter.finish(report)
            return report
        }
        if named == nil { report.orphans = corpus.orphans.map { corpus.displayPath + "/" + $0 } }
        let pass = ClassificationPass(ruleSet: ruleSet)
        // Facts cover the whole corpus, whatever is selected, so every selection and shard gets the same tags.
        let facts = options.facts(FactsStage(source: FolderSource(corpus: corpus, ruleSet: ruleSet), pass: pass),
                                  check: named == nil ? .everyFile : .names, into: &report)
        let lock: CorpusLock?
        do { lock = try options.lock(corpus, writing: "tag file") } catch {
            report.tagFileProblems.append(error)
            reporter.finish(report)
            return report
        }
        // Fresh articles are recognized by their files' stamps where a full pass recorded them; a full writing
        // pass records them anew.
        let indexHeader = FreshnessIndex.header(fingerprints: ruleSet.fingerprints, policies: ruleSet.policies.fingerprint, facts: facts.digest)
        var index = options.force || reporter.needsFreshTags ? nil : FreshnessIndex.Reader(corpus: corpus, header: indexHeader)
        let indexWriter = lock == nil || named != nil || options.shard != nil ? nil : FreshnessIndex.Writer(corpus: corpus, header: indexHeader)
        let stage = ArticleStage(corpus: corpus, pass: pass, facts: facts, force: options.force,
                                 freshTags: reporter.needsFreshTags, profile: options.profile,
                                 stamps: indexWriter != nil, listed: named == nil, ignoresDecisions: options.ignoresDecisions,
                                 dryRun: options.dryRun)
        var swept = false
        let total = named?.count ?? options.shard.map { shard in corpus.articleIDs.count(where: shard.contains) } ?? corpus.articleIDs.count
        var finished = 0
        let batches: AnySequence<[String]> = named.map { AnySequence(IDBatches($0, size: Self.batchSize)) }
            ?? AnySequence(IDBatches(corpus.articleIDs, shard: options.shard, size: Self.batchSize))
        let renderer = reporter.renderer
        let profile = options.profile
        let entry: @Sendable (ArticleStage.Done) -> ReportEntry = { done in
            var entry = done.entry(path: corpus.articlePath(done.prepared.files.id), policies: ruleSet.policies)
            if let renderer { entry.rendered = profile?.measure("report") { renderer(entry) } ?? renderer(entry) }
            return entry
        }
        for batch in batches {
            let known = batch.map { index?.entry(for: $0) }
            let done: [ArticleStage.Done]
            let entries: [ReportEntry]
            if let lock {
                let prepared = parallelMap(batch.count) { stage.prepare(stage.load(batch[$0], known: known[$0])) }
                let writeStarted = ContinuousClock.now
                done = lock.withLock {
                    if !swept {
                        report.sweptTemporaries = (named.map(corpus.folders(of:)) ?? corpus.folders).flatMap { folder in
                            let prefix = folder.isEmpty ? corpus.displayPath + "/" : corpus.displayPath + "/" + folder + "/"
                            let url = folder.isEmpty ? corpus.directory : corpus.directory.appendingPathComponent(folder)
                            return AtomicFile.sweepTemporaries(in: url).map { prefix + $0 }
                        }
                        swept = true
                    }
                    var staged = parallelMap(prepared.count) { stage.write(prepared[$0]) }
                    let committed = AtomicFile.commit(staged.compactMap(\.pending))
                    let failures = Dictionary(committed.compactMap { write, error in error.map { (write.target, $0) } }) { first, _ in first }
                    for index in staged.indices {
                        guard let target = staged[index].pending?.target else { continue }
                        guard let failure = failures[target] else {
                            // Stamped under the lock, so the stamp is of the file this pass wrote.
                            staged[index].writtenStamp = FileStamp(target)
                            continue
                        }
                        staged[index].outcome = nil
                        staged[index].problem = TagFileStore.failure(corpus.tagFilePath(staged[index].prepared.files.id), failure)
                    }
                    return staged
                }
                profile?.add("write tag files (locked)", ContinuousClock.now - writeStarted)
                entries = parallelMap(done.count) { entry(done[$0]) }
            } else {
                // Nothing is written, so each article goes from its files to its report entry on one core, with no
                // wait for the rest of the batch in between.
                let pairs = parallelMap(batch.count) { index in
                    let prepared = stage.prepare(stage.load(batch[index], known: known[index]))
                    let done = profile?.measure("compare with tag files") { stage.dryRunOutcome(prepared) } ?? stage.dryRunOutcome(prepared)
                    return (done, entry(done))
                }
                done = pairs.map(\.0)
                entries = pairs.map(\.1)
            }
            for (item, entry) in zip(done, entries) {
                let files = item.prepared.files
                report.decisionProblems += files.decisions.diagnostics
                if case .failure(let diagnostic) = files.legacy { report.tagFileProblems.append(diagnostic) }
                if let problem = item.problem { report.tagFileProblems.append(problem) }
                if item.reread { report.reread.append(corpus.articlePath(files.id)) }
                if let count = item.migrated {
                    report.migrated.append((corpus.tagFilePath(files.id), corpus.decisionsPath(files.id), count))
                }
                report.count(entry)
                if let indexWriter, let known = item.indexEntry(findings: entry.findings, decision: entry.decision) { indexWriter.add(files.id, known) }
                if let profile = options.profile { profile.measure("report") { reporter.article(entry) } } else { reporter.article(entry) }
            }
            finished += batch.count
            if finished % (8 * Self.batchSize) < batch.count { BatchMemory.release() }
            progress?(finished, total)
        }
        indexWriter?.finish()
        reporter.finish(report)
        return report
    }
}

/// `--shard K/N`: a deterministic 1/N of the articles, by a stable hash of the id, so N processes with no
/// coordination classify each article exactly once.
public struct Shard: Sendable, Hashable {
    public let index: Int
    public let count: Int

    /// `K/N` with 0 <= K < N.
    public init?(_ text: String) {
        let parts = text.split(separator: "/")
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]), count >= 1, index >= 0, index < count else { return nil }
        self.index = index
        self.count = count
    }

    public func contains(_ id: String) -> Bool {
        StableHash.of(id.utf8) % UInt64(count) == UInt64(index)
    }
}

extension ClassifyRun.Options {
    /// The corpus-wide facts of a run (cached unless asked anew), timed in the profile and recorded in `report`.
    func facts(_ stage: FactsStage, check: FactsCache.Check = .everyFile, into report: inout ClassifyReport) -> CorpusFactsSet {
        let started = ContinuousClock.now
        let (facts, sources) = stage.facts(useCache: !refreshFacts, writeCache: !dryRun, check: check)
        profile?.add("corpus-wide facts (\(sources.values.contains(.computed) ? "computed" : "cached"))", ContinuousClock.now - started)
        report.factsSources = sources
        return facts
    }

    /// The corpus lock of a writing run; `nil` for a dry run, which writes nothing.
    /// - Parameter what: what the run writes, for the message when the lock cannot be opened.
    func lock(_ corpus: Corpus, writing what: String) throws(Diagnostic) -> CorpusLock? {
        guard !dryRun else { return nil }
        do {
            return try CorpusLock(corpus: corpus.directory)
        } catch {
            throw Diagnostic(file: corpus.displayPath + "/.tagdesk/lock", location: nil,
                             message: "cannot open the corpus lock (\(error)); no \(what) was written")
        }
    }
}
