/// Article ids in corpus order, a bounded batch at a time, optionally only those of one shard: how every stage
/// walks a corpus without holding a copy of its ids.
struct IDBatches<Base: Collection<String>>: Sequence, IteratorProtocol {
    private let ids: Base
    private let shard: Shard?
    private let size: Int
    private var position: Base.Index

    init(_ ids: Base, shard: Shard? = nil, size: Int) {
        self.ids = ids
        self.shard = shard
        self.size = size
        position = ids.startIndex
    }

    mutating func next() -> [String]? {
        var batch: [String] = []
        batch.reserveCapacity(size)
        while batch.count < size, position != ids.endIndex {
            let id = ids[position]
            ids.formIndex(after: &position)
            if shard?.contains(id) ?? true { batch.append(id) }
        }
        return batch.isEmpty ? nil : batch
    }
}
