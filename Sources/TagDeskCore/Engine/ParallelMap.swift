import Dispatch

/// Maps `0..<count` on every core and returns the results in index order.
func parallelMap<T: Sendable>(_ count: Int, _ transform: @Sendable (Int) -> T) -> [T] {
    guard count > 1 else { return (0..<count).map(transform) }
    let results = ResultSlots<T>(count: count)
    DispatchQueue.concurrentPerform(iterations: count) { index in
        results.store(transform(index), at: index)
    }
    return results.values()
}

/// Slots each written by exactly one iteration of `concurrentPerform`, so no two writers share a slot.
private final class ResultSlots<T: Sendable>: @unchecked Sendable {
    private let buffer: UnsafeMutablePointer<T?>
    private let count: Int

    init(count: Int) {
        self.count = count
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: nil, count: count)
    }

    deinit {
        buffer.deinitialize(count: count)
        buffer.deallocate()
    }

    func store(_ value: T, at index: Int) { buffer[index] = value }

    func values() -> [T] {
        (0..<count).map { index in
            guard let value = buffer[index] else { preconditionFailure("slot \(index) was never written") }
            return value
        }
    }
}
