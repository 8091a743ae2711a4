import Foundation

/// The running copies of one external classifier's command: at most `workers` at once, each handed to one
/// article at a time, started when needed, stopped on failure and started again while fewer than
/// `failureLimit` exchanges in a row have failed (after that the classifier gives up for the rest of the run).
final class WorkerPool: @unchecked Sendable {
    /// Exchanges (starts included) that may fail in a row before the classifier stops starting its command.
    static let failureLimit = 3

    /// What starts one copy and shakes hands with it.
    private let start: @Sendable () throws(PluginProcess.Failure) -> PluginProcess
    private let workers: Int
    private let condition = NSCondition()
    private var idle: [PluginProcess] = []
    private var running = 0
    private var failuresInARow = 0
    private var lastFailure = ""

    init(workers: Int, first: PluginProcess?, start: @escaping @Sendable () throws(PluginProcess.Failure) -> PluginProcess) {
        self.workers = workers
        self.start = start
        if let first {
            idle = [first]
            running = 1
        }
    }

    deinit {
        for process in idle { process.stop() }
    }

    /// Runs `body` with a copy of the command to itself; a copy whose exchange threw is stopped, not reused.
    /// - Throws: `Failure` from `body` or from starting a copy, or when the pool gave up.
    func withProcess<T>(_ body: (PluginProcess) throws(PluginProcess.Failure) -> T) throws(PluginProcess.Failure) -> T {
        let process = try checkOut()
        do throws(PluginProcess.Failure) {
            let value = try body(process)
            condition.withLock {
                idle.append(process)
                failuresInARow = 0
                condition.signal()
            }
            return value
        } catch {
            process.stop(grace: .zero)
            failed(error)
            throw error
        }
    }

    private func checkOut() throws(PluginProcess.Failure) -> PluginProcess {
        condition.lock()
        while idle.isEmpty, running >= workers, failuresInARow < Self.failureLimit { condition.wait() }
        if failuresInARow >= Self.failureLimit {
            let last = lastFailure
            condition.unlock()
            throw PluginProcess.Failure(message: "not run: the command failed \(Self.failureLimit) times in a row and was not started again (last: \(last))")
        }
        if let process = idle.popLast() {
            condition.unlock()
            return process
        }
        running += 1
        condition.unlock()
        do throws(PluginProcess.Failure) {
            return try start()
        } catch {
            failed(error)
            throw error
        }
    }

    private func failed(_ error: PluginProcess.Failure) {
        condition.withLock {
            running -= 1
            failuresInARow += 1
            lastFailure = error.message
            condition.broadcast()
        }
    }
}
