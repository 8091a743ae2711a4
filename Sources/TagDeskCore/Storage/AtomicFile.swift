import Foundation

/// Replaces a file in one step: a temporary file created exclusively beside it (never through a symlink),
/// written, fsynced, renamed over the target, and the folder fsynced. A reader sees the old or the new
/// bytes, never a mix; a crash leaves at most a temporary file, which `sweepTemporaries` removes.
public enum AtomicFile {
    /// The marker in every temporary file's name: `.NAME.tdtmp.PID.RANDOM`.
    static let temporaryMarker = ".tdtmp."

    /// Writes `bytes` to `url`, keeping the mode of the file it replaces (0644 for a new file).
    /// - Throws: a reason for people (`Permission denied`, `the target is a symbolic link`).
    public static func write(_ bytes: [UInt8], to url: URL) throws(AtomicFileError) {
        try write(bytes, to: url.path)
    }

    /// Writes `bytes` to the file at `path` (see `write(_:to:)` with a URL).
    public static func write(_ bytes: [UInt8], to path: String) throws(AtomicFileError) {
        let pending = try stage(bytes, to: path, sync: true)
        if let failure = commit([pending], synced: true).first?.1 { throw failure }
    }

    /// A temporary file written beside its target, waiting for `commit`.
    public struct PendingWrite: Sendable {
        let temporary: String
        public let target: String
        let directory: String
    }

    /// Writes `bytes` to a new temporary file beside `path`; nothing is visible at `path` until `commit`.
    /// - Parameter sync: fsync the temporary file now; a batch leaves that to `commit`.
    public static func stage(_ bytes: [UInt8], to path: String, sync: Bool = false) throws(AtomicFileError) -> PendingWrite {
        try stage(to: path, sync: sync) { fd in
            var written = 0
            return bytes.withUnsafeBytes { buffer in
                while written < buffer.count {
                    let n = Foundation.write(fd, buffer.baseAddress! + written, buffer.count - written)
                    if n < 0 && errno == EINTR { continue }
                    if n <= 0 { return false }
                    written += n
                }
                return true
            }
        }
    }

    /// Streams a new temporary file beside `path`: `fill` writes to its descriptor and returns `false` (with
    /// `errno` set) when it failed; nothing is visible at `path` until `commit`.
    public static func stage(to path: String, sync: Bool = false, fill: (Int32) -> Bool) throws(AtomicFileError) -> PendingWrite {
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        var mode: mode_t = 0o644
        var info = stat()
        if lstat(path, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFREG else {
                throw AtomicFileError(reason: info.st_mode & S_IFMT == S_IFLNK
                                      ? "the target is a symbolic link, which TagDesk does not follow"
                                      : "the target is not a regular file")
            }
            mode = info.st_mode & 0o7777
        }
        var fd: Int32 = -1
        var temporary = ""
        for _ in 0..<8 {
            temporary = directory + "/.\(name)\(temporaryMarker)\(getpid()).\(UInt32.random(in: 0...UInt32.max))"
            fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
            if fd >= 0 || errno != EEXIST { break }
        }
        guard fd >= 0 else { throw AtomicFileError(code: errno) }
        fchmod(fd, mode)
        let ok = fill(fd) && (!sync || fsync(fd) == 0)
        let writeCode = errno
        close(fd)
        guard ok else {
            unlink(temporary)
            throw AtomicFileError(code: writeCode)
        }
        return PendingWrite(temporary: temporary, target: path, directory: directory)
    }

    /// Makes staged writes durable and visible: their data is flushed to disk first (one `syncfs` for the
    /// batch rather than one fsync per file), then each is renamed over its target, then each folder is synced.
    /// A crash before a rename leaves the old file whole; after it, the new one.
    /// - Returns: each write with the error that stopped it, if any (its temporary file is then removed).
    @discardableResult
    public static func commit(_ pending: [PendingWrite], synced: Bool = false) -> [(PendingWrite, AtomicFileError?)] {
        guard !pending.isEmpty else { return [] }
        if !synced { flush(pending) }
        var results: [(PendingWrite, AtomicFileError?)] = []
        for write in pending {
            if rename(write.temporary, write.target) == 0 {
                results.append((write, nil))
            } else {
                let code = errno
                unlink(write.temporary)
                results.append((write, AtomicFileError(code: code)))
            }
        }
        for directory in Set(pending.map(\.directory)) { syncDirectory(directory) }
        return results
    }

    /// Linux's `syncfs(2)`, which the C headers declare only under `_GNU_SOURCE`, looked up once.
    private static let fileSystemSync: (@convention(c) (Int32) -> Int32)? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "syncfs") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (Int32) -> Int32).self)
    }()

    /// Flushes the temporary files' data: the whole file system at once where the system can.
    private static func flush(_ pending: [PendingWrite]) {
        if let syncfs = fileSystemSync {
            let fd = open(pending[0].directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            if fd >= 0 {
                defer { close(fd) }
                if syncfs(fd) == 0 { return }
            }
        }
        for write in pending {
            let fd = open(write.temporary, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
            guard fd >= 0 else { continue }
            fsync(fd)
            close(fd)
        }
    }

    /// Removes temporary files left in `directory` by writers that crashed; returns their names.
    /// Call it only while holding the corpus lock, when no other writer can have a temporary file open.
    public static func sweepTemporaries(in directory: URL) -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return [] }
        var removed: [String] = []
        for name in names.sorted() where isTemporary(name) {
            if unlink(directory.appendingPathComponent(name).path) == 0 { removed.append(name) }
        }
        if !removed.isEmpty { syncDirectory(directory.path) }
        return removed
    }

    /// Temporary names of this writer and of earlier TagDesk versions (`.ID.tags.yaml.PID.tmp`).
    static func isTemporary(_ name: String) -> Bool {
        guard name.hasPrefix(".") else { return false }
        if name.contains(temporaryMarker) { return true }
        return name.hasSuffix(".tmp") && name.contains(".tags.yaml.")
    }

    private static func syncDirectory(_ directory: String) {
        let fd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }
}

/// Why an atomic write failed; nothing was changed.
public struct AtomicFileError: Error, Sendable, CustomStringConvertible {
    public let reason: String

    init(reason: String) { self.reason = reason }
    init(code: Int32) { reason = String(cString: strerror(code)) }

    public var description: String { reason }
}
