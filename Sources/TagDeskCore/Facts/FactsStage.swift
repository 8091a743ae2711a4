/// The first stage of a pass: corpus-wide facts of every collecting classifier, read from the cache or computed
/// by streaming the articles once per collecting classifier in bounded batches, merged in place.
public struct FactsStage: Sendable {
    /// Articles read at once; memory does not grow with the corpus.
    public static let batchSize = 256

    public let source: any ArticleSource
    public let pass: ClassificationPass

    public init(source: any ArticleSource, pass: ClassificationPass) {
        self.source = source
        self.pass = pass
    }

    /// The facts of a corpus folder: its `.txt` articles, or its JSON Lines documents when it holds only those.
    public init(corpus: Corpus, pass: ClassificationPass) {
        let documents = corpus.articleIDs.isEmpty && !corpus.documentFiles.isEmpty
        self.init(source: documents ? JSONLinesSource(corpus: corpus) : FolderSource(corpus: corpus, ruleSet: pass.ruleSet), pass: pass)
    }

    /// What happened to each collecting classifier's facts.
    public enum Source: String, Sendable {
        case cached, computed
    }

    /// The facts, and for each collecting classifier whether they came from the cache.
    /// - Parameters:
    ///   - useCache: read cached facts when they match; `false` computes them anew.
    ///   - writeCache: store what was computed.
    ///   - check: how a cached file is checked against the corpus (`.names` for runs over named articles).
    public func facts(useCache: Bool = true, writeCache: Bool = true, check: FactsCache.Check = .everyFile,
                      progress: (@Sendable (Int, Int) -> Void)? = nil) -> (CorpusFactsSet, [String: Source]) {
        facts(useCache: useCache, writeCache: writeCache, shard: nil, check: check, progress: progress)
    }

    /// With a shard, only its articles are collected and the result is stored as that shard's part, for
    /// `merge(shards:)`; a collecting classifier that depends on another one's facts cannot be sharded.
    public func facts(useCache: Bool, writeCache: Bool, shard: Shard?, check: FactsCache.Check = .everyFile,
                      progress: (@Sendable (Int, Int) -> Void)?) -> (CorpusFactsSet, [String: Source]) {
        let ruleSet = pass.ruleSet
        let collectors = ruleSet.classifiers.filter(\.collects)
        guard !collectors.isEmpty else { return (CorpusFactsSet(facts: [:], ruleSet: ruleSet), [:]) }
        let cache = source.factsCache()
        var facts: [String: ClassifierFacts] = [:]
        var sources: [String: Source] = [:]
        let total = progress == nil ? nil : source.count(shard: shard)
        for collector in collectors {
            let fingerprint = ruleSet.fingerprints[collector.name] ?? ""
            if useCache, let cached = cache.read(collector, fingerprint: fingerprint, shard: shard, check: check) {
                facts[collector.name] = cached
                sources[collector.name] = .cached
                continue
            }
            var accumulated = collector.makeFacts()
            let known = facts
            var done = 0
            source.forEachBatch(size: Self.batchSize, shard: shard, { [pass] input in
                pass.collect(input, for: collector, facts: known)
            }) { parts in
                collector.merge(parts, into: &accumulated)
                done += parts.count
                if let total { progress?(done, total) }
            }
            facts[collector.name] = accumulated
            sources[collector.name] = .computed
            if writeCache { cache.write(accumulated, of: collector, fingerprint: fingerprint, shard: shard) }
        }
        return (CorpusFactsSet(facts: facts, ruleSet: ruleSet), sources)
    }

    /// Merges the parts that `tagdesk facts build --shard K/N` stored for every K into the cache.
    /// - Returns: the shards whose part is missing or stale, by classifier; empty when the cache was written.
    public func merge(shards count: Int) -> [String: [Int]] {
        let ruleSet = pass.ruleSet
        let cache = source.factsCache()
        var missing: [String: [Int]] = [:]
        for collector in ruleSet.classifiers where collector.collects {
            let fingerprint = ruleSet.fingerprints[collector.name] ?? ""
            var merged = collector.makeFacts()
            var parts: [ClassifierFacts] = []
            for index in 0..<count {
                guard let shard = Shard("\(index)/\(count)"),
                      let part = cache.read(collector, fingerprint: fingerprint, shard: shard) else {
                    missing[collector.name, default: []].append(index)
                    continue
                }
                parts.append(part)
            }
            guard missing[collector.name] == nil else { continue }
            collector.merge(parts, into: &merged)
            cache.write(merged, of: collector, fingerprint: fingerprint)
        }
        return missing
    }
}
