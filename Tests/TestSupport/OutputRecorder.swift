import Foundation
import Glibc

/// Collects everything written to a terminal (read from its controlling side) on a thread of its
/// own, so the writer never blocks on a full buffer.
public final class OutputRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: [UInt8] = []
    private var stopRequested = false
    private var running = true
    private let descriptor: Int32

    public init(reading descriptor: Int32) {
        self.descriptor = descriptor
        let thread = Thread { [self] in self.run() }
        thread.start()
    }

    public var bytes: [UInt8] { lock.withLock { recorded } }
    public var text: String { String(decoding: bytes, as: UTF8.self) }
    public var isRunning: Bool { lock.withLock { running } }

    /// Stops reading once nothing more has arrived for 50 ms (output written just before goes through
    /// a kernel work queue); returns after the thread has finished.
    public func stop() async {
        lock.withLock { stopRequested = true }
        while isRunning {
            try? await Task.sleep(for: .milliseconds(2))
        }
    }

    private func run() {
        var buffer = [UInt8](repeating: 0, count: 4096)
        defer { lock.withLock { running = false } }
        while true {
            let stopping = lock.withLock { stopRequested }
            var descriptors = [pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)]
            let ready = poll(&descriptors, 1, 50)
            if ready > 0 {
                let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                if count > 0 {
                    lock.withLock { recorded += buffer.prefix(count) }
                    continue
                }
                if count < 0, errno == EINTR || errno == EAGAIN { continue }
                return
            }
            if ready < 0, errno == EINTR { continue }
            if stopping { return }
        }
    }
}
