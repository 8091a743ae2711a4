/// Where a pass's articles come from: a stream of articles in a stable order, read in bounded batches, so a
/// stage over them (corpus-wide facts) works the same on a folder of `.txt` files and on JSON Lines documents.
public protocol ArticleSource: Sendable {
    /// Where corpus-wide facts over these articles are cached, keyed by the source's current state.
    func factsCache() -> FactsCache
    /// How many articles `shard` has, when that is known without reading them (for progress).
    func count(shard: Shard?) -> Int?
    /// Reads the articles of `shard` (all of them when `nil`) in order, at most `size` at a time, maps each
    /// through `transform` on every core, and hands each batch's results to `body` in order.
    func forEachBatch<T: Sendable>(size: Int, shard: Shard?, _ transform: @Sendable (ClassificationPass.Input) -> T,
                                   _ body: ([T]) -> Void)
}
