import Foundation

/// The warnings a plugin records while it is built, collected for the loader.
final class WarningSink: @unchecked Sendable {
    private let lock = NSLock()
    private var diagnostics: [Diagnostic] = []

    func append(_ diagnostic: Diagnostic) {
        lock.withLock { diagnostics.append(diagnostic) }
    }

    var all: [Diagnostic] { lock.withLock { diagnostics } }
}
