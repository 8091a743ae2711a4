import Foundation

/// The per-article stage of a pass: decides from the tag file's header whether the tags are fresh, classifies
/// what is not (only the classifiers whose fingerprint changed, when that is all that changed), and writes.
struct ArticleStage: Sendable {
    let corpus: Corpus
    let pass: ClassificationPass
    let facts: CorpusFactsSet
    let force: Bool
    /// Read the tags of fresh articles back from their tag files, for reporters that print them.
    let freshTags: Bool
    let profile: StageProfile?
    /// Take the files' stamps for `FreshnessIndex` (a pass that writes the index).
    var stamps = false
    /// The corpus was listed (a full pass): absent tag and decisions files need not be opened.
    var listed = false
    /// Classify with no person's decision (`ClassifyRun.Options.ignoresDecisions`).
    var ignoresDecisions = false
    /// Nothing is written: a tag file that does not exist yet need not be encoded to know it would be created.
    var dryRun = false

    /// One article after classification, before writing.
    struct Prepared: Sendable {
        var files: ArticleFiles
        var state: ReportEntry.State
        /// The new result; `nil` when the article is fresh.
        var result: ArticleResult?
        var reclassified: [String] = []
        /// The tag file's new text; `nil` when fresh or when a problem stops the write.
        var text: String?
        /// Tags read back from a fresh tag file, when asked for.
        var freshTags: [String: [Tag]]?
    }

    /// One article after writing (or deciding what writing would do).
    struct Done: Sendable {
        var prepared: Prepared
        var outcome: TagFileStore.WriteOutcome?
        var problem: Diagnostic?
        var reread = false
        var migrated: Int?
        /// The tag file staged for `AtomicFile.commit`, when its bytes change.
        var pending: AtomicFile.PendingWrite?
        /// The stamp of the tag file this pass wrote, taken under the lock.
        var writtenStamp: FileStamp?

        /// What `FreshnessIndex` may record: only a tag file that is now up to date, written whole, and whose
        /// article has no error or warning to report and no person's moderation decision (a fresh article found
        /// by the index is reported without findings, with its decision made again from the policies that fired).
        func indexEntry(findings: [Finding], decision: PolicyDecision?) -> FreshnessIndex.Entry? {
            let files = prepared.files
            guard problem == nil, files.blockingProblems.isEmpty, files.migration == nil, let outcome,
                  !findings.contains(where: { $0.severity == .error || $0.severity == .warning }),
                  decision?.human == nil else { return nil }
            var entry: FreshnessIndex.Entry?
            switch outcome {
            case .created, .updated: entry = files.indexEntry(tagFile: writtenStamp)
            case .unchanged: entry = files.indexEntry(tagFile: files.stamps?.tagFile.flatMap { $0.isSettled ? $0 : nil })
            }
            entry?.fired = decision?.fired.map(\.policy) ?? []
            return entry
        }

        /// - Parameter policies: the rules' policies, which make the decision of an article found fresh by its
        ///   stamps alone (no header read) from the names of those that fired.
        func entry(path: String, policies: PolicySet) -> ReportEntry {
            let files = prepared.files
            let result = prepared.result
            var entry = ReportEntry(id: files.id, path: path, sha256: files.article.sha256, state: prepared.state,
                                    language: result?.language ?? files.header?.language,
                                    tags: result?.tags ?? prepared.freshTags,
                                    findings: result?.findings ?? files.header?.findings ?? [],
                                    write: outcome, reclassified: prepared.reclassified, result: result)
            entry.decision = result.map(\.decision) ?? files.header.map(\.decision)
                ?? files.indexEntry.flatMap { policies.isEmpty ? nil : policies.decision(firing: $0.fired) }
            return entry
        }
    }

    var ruleSet: RuleSet { pass.ruleSet }

    /// The article's files, only hashed when its tag file is up to date (unless forced).
    /// - Parameter known: what `FreshnessIndex` recorded of the article: when its files' stamps still match,
    ///   nothing is read.
    func load(_ id: String, known: FreshnessIndex.Entry? = nil) -> ArticleFiles {
        let started = ContinuousClock.now
        if let known, !force, !freshTags, let files = ArticleFiles(id: id, corpus: corpus, known: known, listed: listed) {
            profile?.add("fresh by file stamps (not read)", ContinuousClock.now - started)
            return files
        }
        let files = ArticleFiles(id: id, corpus: corpus, ruleSet: ruleSet, stamped: stamps, listed: listed,
                                 freshness: force ? nil : ArticleFiles.Freshness(fingerprints: ruleSet.fingerprints,
                                                                                           policies: ruleSet.policies.fingerprint, facts: facts.digest))
        if let profile {
            profile.add("read and normalize", ContinuousClock.now - started)
            profile.count(bytes: files.article.lines.reduce(0) { $0 + $1.text.utf8.count + 1 })
        }
        return files
    }

    func prepare(_ files: ArticleFiles) -> Prepared {
        var reusing: [String: (tags: [Tag], findings: [Finding])] = [:]
        if files.isFresh {
            var prepared = Prepared(files: files, state: .fresh)
            if freshTags { prepared.freshTags = try? readTags(files.id) }
            return prepared
        }
        if !force, files.blockingProblems.isEmpty, files.migration == nil, let header = files.header,
           header.sha256 == files.article.sha256, header.decisionsDigest == files.decisionsDigest, header.facts == facts.digest {
            let unchanged = ruleSet.classifiers.map(\.name).filter { header.fingerprints[$0] == ruleSet.fingerprints[$0] }
            if !unchanged.isEmpty, let old = try? TagFileStore().readTags(corpus.tagFile(files.id), displayPath: corpus.tagFilePath(files.id), article: files.id) {
                for name in unchanged {
                    reusing[name] = (old[name] ?? [], header.findings.filter { $0.classifier == name && $0.kind == "human-disagreement" })
                }
            }
        }
        let input = ignoresDecisions ? ClassificationPass.Input(article: files.article) : files.input
        let result = pass.classify(input, facts: facts.facts, reusing: reusing, profile: profile)
        var prepared = Prepared(files: files, state: reusing.isEmpty ? .classified : .partly, result: result)
        prepared.reclassified = ruleSet.classifiers.map(\.name).filter { reusing[$0] == nil }
        if files.blockingProblems.isEmpty, !(dryRun && files.tagFileDigest == nil) {
            // A classifier that failed on the article has no fingerprint in its tag file, so the next pass runs it again.
            let failed = Set(result.findings.filter { Finding.classifierFailureKinds.contains($0.kind) }.compactMap(\.classifier))
            let file = TagFile(result: result, fingerprints: ruleSet.fingerprints.filter { !failed.contains($0.key) },
                               policies: ruleSet.policies.fingerprint,
                               facts: facts.digest, decisionsDigest: files.decisionsDigest)
            prepared.text = profile?.measure("encode tag files") { TagFileStore().encode(file) } ?? TagFileStore().encode(file)
        }
        return prepared
    }

    private func readTags(_ id: String) throws(Diagnostic) -> [String: [Tag]]? {
        try TagFileStore().readTags(corpus.tagFile(id), displayPath: corpus.tagFilePath(id), article: id)
    }

    /// Stages the tag file (for `AtomicFile.commit` by the caller), holding the corpus lock: an article whose
    /// files changed since they were read is read and prepared again first.
    func write(_ first: Prepared) -> Done {
        var done = Done(prepared: first)
        // A fresh article writes nothing, so there is nothing to check: a change made since it was read is
        // seen by the next pass, as one made after this pass is.
        if first.state != .fresh, first.files.changedOnDisk(in: corpus) {
            done.prepared = prepare(load(first.files.id))
            done.reread = true
        }
        let prepared = done.prepared
        let id = prepared.files.id
        if prepared.state == .fresh {
            done.outcome = .unchanged
            return done
        }
        guard let text = prepared.text else { return done }
        do throws(Diagnostic) {
            if let migration = prepared.files.migration {
                try Self.migrate(migration, of: id, corpus: corpus)
                done.migrated = prepared.files.legacy.map { $0?.decisions.count ?? 0 }.get(or: 0)
            }
            (done.outcome, done.pending) = try TagFileStore().stage(text, to: corpus.tagFile(id), displayPath: corpus.tagFilePath(id),
                                                                     current: .some(prepared.files.tagFileDigest))
        } catch {
            done.problem = error
        }
        return done
    }

    /// What writing would do, for a dry run.
    func dryRunOutcome(_ prepared: Prepared) -> Done {
        var done = Done(prepared: prepared)
        if prepared.state == .fresh {
            done.outcome = .unchanged
        } else if let text = prepared.text {
            // Compared with the tag file as it was read, by digest: it is not read a second time.
            done.outcome = TagFileStore.outcome(of: text, current: prepared.files.tagFileDigest)
        } else if prepared.result != nil, prepared.files.blockingProblems.isEmpty, prepared.files.tagFileDigest == nil {
            done.outcome = .created
        }
        return done
    }

    /// Moves decisions from an old-style tag file to a new decisions file, byte for byte; never replaces one.
    static func migrate(_ text: String, of id: String, corpus: Corpus) throws(Diagnostic) {
        let path = corpus.decisionsFile(id)
        guard !RegularFile.exists(path) else {
            throw Diagnostic(file: corpus.decisionsPath(id), location: nil,
                             message: "both the tag file and this decisions file hold decisions; move them into this file by hand")
        }
        do {
            try AtomicFile.write(Array(text.utf8), to: path)
        } catch {
            throw Diagnostic(file: corpus.decisionsPath(id), location: nil,
                             message: "cannot write the decisions moved from the tag file (\(error)); the tag file was left as it is")
        }
    }
}

private extension Result {
    func get(or fallback: Success) -> Success { (try? get()) ?? fallback }
}
