/// The first stage of a pass: corpus-wide facts of every collecting classifier, read from the cache or computed
/// by streaming the corpus once per collecting classifier in bounded batches, merged in place.
public struct FactsStage: Sendable {
    /// Articles read at once; memory does not grow with the corpus.
    public static let batchSize = 256

    public let corpus: Corpus
    public let pass: ClassificationPass

    public init(corpus: Corpus, pass: ClassificationPass) {
        self.corpus = corpus
        self.pass = pass
    }

    /// What happened to each collecting classifier's facts.
    public enum Source: String, Sendable {
        case cached, computed
    }

    /// The facts, and for each collecting classifier whether they came from the cache.
    /// - Parameters:
    ///   - useCache: read cached facts when they match; `false` computes them anew.
    ///   - writeCache: store what was computed.
    public func facts(useCache: Bool = true, writeCache: Bool = true,
                      progress: (@Sendable (Int, Int) -> Void)? = nil) -> (CorpusFactsSet, [String: Source]) {
        let ruleSet = pass.ruleSet
        let collectors = ruleSet.classifiers.filter(\.collects)
        guard !collectors.isEmpty else { return (CorpusFactsSet(facts: [:], ruleSet: ruleSet), [:]) }
        let cache = FactsCache(corpus: corpus)
        var facts: [String: ClassifierFacts] = [:]
        var sources: [String: Source] = [:]
        let ids = corpus.articleIDs
        for collector in collectors {
            let fingerprint = ruleSet.fingerprints[collector.name] ?? ""
            if useCache, let cached = cache.read(collector, fingerprint: fingerprint) {
                facts[collector.name] = cached
                sources[collector.name] = .cached
                continue
            }
            var accumulated = collector.makeFacts()
            let known = facts
            for start in stride(from: 0, to: ids.count, by: Self.batchSize) {
                let batch = Array(ids[start..<min(ids.count, start + Self.batchSize)])
                let parts = parallelMap(batch.count) { index in
                    let files = ArticleFiles(id: batch[index], corpus: corpus, ruleSet: ruleSet, readTagFile: false)
                    return pass.collect(files.input, for: collector, facts: known)
                }
                collector.merge(parts, into: &accumulated)
                progress?(start + batch.count, ids.count)
            }
            facts[collector.name] = accumulated
            sources[collector.name] = .computed
            if writeCache { cache.write(accumulated, of: collector, fingerprint: fingerprint) }
        }
        return (CorpusFactsSet(facts: facts, ruleSet: ruleSet), sources)
    }
}
