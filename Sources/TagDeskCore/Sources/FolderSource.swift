/// The articles of a corpus folder (`ID.txt`, recursively) in id order, each with its checked decisions.
public struct FolderSource: ArticleSource {
    public let corpus: Corpus
    /// The rules decisions are checked against.
    public let ruleSet: RuleSet

    public init(corpus: Corpus, ruleSet: RuleSet) {
        self.corpus = corpus
        self.ruleSet = ruleSet
    }

    public func factsCache() -> FactsCache { FactsCache(corpus: corpus) }

    public func count(shard: Shard?) -> Int? { ids(shard).count }

    private func ids(_ shard: Shard?) -> [String] {
        shard.map { shard in corpus.articleIDs.filter(shard.contains) } ?? corpus.articleIDs
    }

    public func forEachBatch<T: Sendable>(size: Int, shard: Shard?, _ transform: @Sendable (ClassificationPass.Input) -> T,
                                          _ body: ([T]) -> Void) {
        let ids = ids(shard)
        for start in stride(from: 0, to: ids.count, by: size) {
            let batch = Array(ids[start..<min(ids.count, start + size)])
            body(parallelMap(batch.count) { index in
                transform(ArticleFiles(id: batch[index], corpus: corpus, ruleSet: ruleSet, readTagFile: false).input)
            })
        }
    }
}
