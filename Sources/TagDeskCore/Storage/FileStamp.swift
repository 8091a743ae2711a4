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

    /// A stamp read back from its `text`.
    init?(bytes: some Collection<UInt8>) {
        var numbers: [Int64] = []
        var value: Int64 = 0
        var digits = 0
        for byte in bytes {
            if byte == UInt8(ascii: ":") {
                guard digits > 0 else { return nil }
                numbers.append(value)
                (value, digits) = (0, 0)
            } else {
                let (tens, overflow) = value.multipliedReportingOverflow(by: 10)
                guard byte >= 0x30, byte <= 0x39, !overflow, tens <= Int64.max - 9 else { return nil }
                value = tens + Int64(byte - 0x30)
                digits += 1
            }
        }
        guard digits > 0, numbers.count == 3 else { return nil }
        inode = UInt64(numbers[0])
        size = numbers[1]
        modified = numbers[2]
        changed = value
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
