import Foundation

/// Where a pass spends its time, stage by stage (reading, facts, each classifier, encoding, writing,
/// reporting), summed over every core: what `classify --profile` prints, as SwiftLint's `--benchmark` does.
/// Thread-safe; a pass without a profile measures nothing.
public final class StageProfile: @unchecked Sendable {
    private let lock = NSLock()
    private var seconds: [String: Double] = [:]
    private var order: [String] = []
    /// Bytes of articles the pass went through, for MB/s.
    public private(set) var bytes = 0
    private let started = ContinuousClock.now

    public init() {}

    /// Runs `body`, adding its time to `stage`.
    @discardableResult
    public func measure<T>(_ stage: String, _ body: () throws -> T) rethrows -> T {
        let start = ContinuousClock.now
        defer { add(stage, ContinuousClock.now - start) }
        return try body()
    }

    public func add(_ stage: String, _ duration: Duration) {
        let value = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        lock.lock()
        if seconds[stage] == nil { order.append(stage) }
        seconds[stage, default: 0] += value
        lock.unlock()
    }

    public func count(bytes: Int) {
        lock.lock()
        self.bytes += bytes
        lock.unlock()
    }

    /// A table: each stage's time, its share of the summed time, and its MB/s over the articles' bytes.
    public func render() -> String {
        lock.lock()
        defer { lock.unlock() }
        let wall = ContinuousClock.now - started
        let wallSeconds = Double(wall.components.seconds) + Double(wall.components.attoseconds) / 1e18
        let total = seconds.values.reduce(0, +)
        let width = max(order.map(\.count).max() ?? 0, "all stages, summed over cores".count)
        func row(_ name: String, _ value: Double, share: String) -> String {
            let speed = value > 0 ? String(format: "%9.1f MB/s", Double(bytes) / 1e6 / value) : String(repeating: " ", count: 14)
            return name.padding(toLength: width, withPad: " ", startingAt: 0) + String(format: " %8.3f s ", value) + share + " " + speed + "\n"
        }
        var out = "stage".padding(toLength: width, withPad: " ", startingAt: 0) + "       time  share          speed\n"
        for stage in order {
            let value = seconds[stage] ?? 0
            out += row(stage, value, share: String(format: "%5.1f%%", total > 0 ? value * 100 / total : 0))
        }
        out += row("all stages, summed over cores", total, share: "      ")
        out += row("wall time", wallSeconds, share: "      ")
        return out
    }
}
