import Foundation

/// The corpus-wide write lock: `flock` on `.tagdesk/lock` in the corpus folder. Every writer (a pass, a
/// decision) holds it while it re-reads and replaces files, so two writers never interleave.
public final class CorpusLock: @unchecked Sendable {
    private let fd: Int32

    /// Opens (creating if needed) the lock file of the corpus at `directory`.
    public init(corpus directory: URL) throws(AtomicFileError) {
        let folder = directory.appendingPathComponent(".tagdesk", isDirectory: true)
        if mkdir(folder.path, 0o755) != 0 && errno != EEXIST { throw AtomicFileError(code: errno) }
        var info = stat()
        guard lstat(folder.path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else {
            throw AtomicFileError(reason: "\(folder.path) is not a folder")
        }
        fd = open(folder.appendingPathComponent("lock").path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw AtomicFileError(code: errno) }
    }

    deinit { close(fd) }

    /// Runs `body` holding the lock exclusively; waits for other writers.
    public func withLock<T, Failure: Error>(_ body: () throws(Failure) -> T) throws(Failure) -> T {
        while flock(fd, LOCK_EX) != 0 && errno == EINTR {}
        defer { flock(fd, LOCK_UN) }
        return try body()
    }
}
