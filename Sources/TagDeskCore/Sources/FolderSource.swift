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

    public func count(shard: Shard?) -> Int? {
        shard.map { shard in corpus.articleIDs.count(where: shard.contains) } ?? corpus.articleIDs.count
    }

    public func forEachBatch<T: Sendable>(size: Int, shard: Shard?, _ transform: @Sendable (ClassificationPass.Input) -> T,
                                          _ body: ([T]) -> Void) {
        for batch in IDBatches(corpus.articleIDs, shard: shard, size: size) {
            body(parallelMap(batch.count) { index in
                transform(ArticleFiles(id: batch[index], corpus: corpus, ruleSet: ruleSet, readTagFile: false).input)
            })
        }
    }
}
