/// The article ids of a corpus in byte order of their UTF-8, stored in one buffer: a million ids cost their bytes
/// plus 4 bytes each, not a heap string apiece, so the listing is not what makes a pass grow with the corpus.
public struct ArticleIDList: RandomAccessCollection, Sendable {
    private let bytes: [UInt8]
    /// Where each id starts in `bytes`, in order, and one more entry for the end of the last.
    private let starts: [UInt32]

    /// Sorts `ids` by their UTF-8 bytes and drops duplicates.
    public init(_ ids: some Sequence<String>) {
        var unsorted = IDBuffer()
        for id in ids { unsorted.append(id) }
        self.init(sorting: unsorted)
    }

    init(sorting buffer: IDBuffer) {
        let order = (0..<buffer.count).sorted { buffer.slice($0).lexicographicallyPrecedes(buffer.slice($1)) }
        var sorted = IDBuffer()
        sorted.reserve(bytes: buffer.bytes.count, ids: buffer.count)
        for index in order where sorted.count == 0 || !sorted.slice(sorted.count - 1).elementsEqual(buffer.slice(index)) {
            sorted.append(buffer.slice(index))
        }
        bytes = sorted.bytes
        starts = sorted.starts
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { starts.count - 1 }

    public subscript(position: Int) -> String {
        String(decoding: bytes[Int(starts[position])..<Int(starts[position + 1])], as: UTF8.self)
    }

    /// True when `id` is one of the ids: a binary search, no string is built.
    public func contains(_ id: String) -> Bool {
        var id = id
        return id.withUTF8 { wanted in
            var low = 0
            var high = count
            while low < high {
                let middle = (low + high) / 2
                let candidate = bytes[Int(starts[middle])..<Int(starts[middle + 1])]
                if candidate.elementsEqual(wanted) { return true }
                if candidate.lexicographicallyPrecedes(wanted) { low = middle + 1 } else { high = middle }
            }
            return false
        }
    }
}

/// Ids appended one after the other into one byte buffer, before they are sorted into an `ArticleIDList`.
struct IDBuffer {
    private(set) var bytes: [UInt8] = []
    private(set) var starts: [UInt32] = [0]

    var count: Int { starts.count - 1 }

    mutating func reserve(bytes byteCount: Int, ids: Int) {
        bytes.reserveCapacity(byteCount)
        starts.reserveCapacity(ids + 1)
    }

    mutating func append(_ id: String) { append(id.utf8) }

    mutating func append(_ id: some Collection<UInt8>) {
        bytes.append(contentsOf: id)
        starts.append(UInt32(bytes.count))
    }

    func slice(_ index: Int) -> ArraySlice<UInt8> { bytes[Int(starts[index])..<Int(starts[index + 1])] }
}
