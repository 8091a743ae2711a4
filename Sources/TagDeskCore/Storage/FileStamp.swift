import Foundation

/// What `lstat` says of a file that changes whenever its bytes may have: inode, size, modification and change
/// times. Two equal stamps of the same path mean the file was neither replaced nor edited in between, unless
/// the edit came within one clock tick of the first stamp; `isSettled` tells stamps that cannot be in that case.
struct FileStamp: Sendable, Equatable {
    let inode: UInt64
    let size: Int64
    let modified: Int64
    let changed: Int64
    /// When the stamp was taken, in nanoseconds since 1970.
    private let taken: Int64

    /// The stamp of what is at `path` now, without following a symlink; `nil` when nothing is there.
    init?(_ path: String) {
        var info = stat()
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        guard lstat(path, &info) == 0 else { return nil }
        inode = UInt64(info.st_ino)
        size = Int64(info.st_size)
        modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        changed = Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
        taken = Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec)
    }

    /// A stamp read back from `text`.
    init?(text: Substring) {
        let parts = text.split(separator: ":")
        guard parts.count == 4, let inode = UInt64(parts[0]), let size = Int64(parts[1]),
              let modified = Int64(parts[2]), let changed = Int64(parts[3]) else { return nil }
        self.inode = inode
        self.size = size
        self.modified = modified
        self.changed = changed
        taken = 0
    }

    var text: String { "\(inode):\(size):\(modified):\(changed)" }

    /// True when the file's times are well before the stamp was taken: an edit after the stamp would then show
    /// in them, however coarse the file system's clock (the "racy git" problem).
    var isSettled: Bool { max(modified, changed) < taken - 100_000_000 }

    static func == (lhs: FileStamp, rhs: FileStamp) -> Bool {
        lhs.inode == rhs.inode && lhs.size == rhs.size && lhs.modified == rhs.modified && lhs.changed == rhs.changed
    }
}
