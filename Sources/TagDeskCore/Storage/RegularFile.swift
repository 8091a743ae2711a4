import Foundation

/// Reads a corpus file without following symlinks and without blocking on FIFOs or devices, within a size limit.
public enum RegularFile {
    /// Why a path could not be read as a regular file.
    public enum Problem: Error, Sendable, Hashable, CustomStringConvertible {
        case symlink
        case notRegular(String)
        case tooLarge(bytes: Int, limit: Int)
        case unreadable(String)

        public var description: String {
            switch self {
            case .symlink: "it is a symbolic link, which TagDesk does not follow"
            case .notRegular(let kind): "it is \(kind), not a regular file"
            case .tooLarge(let bytes, let limit): "it has \(bytes) bytes, over the limit of \(limit)"
            case .unreadable(let reason): "it cannot be read (\(reason))"
            }
        }
    }

    /// The file's bytes, or `nil` when nothing is at `url`.
    public static func read(_ url: URL, limit: Int) throws(Problem) -> [UInt8]? {
        try read(url.path, limit: limit)
    }

    /// The bytes of the file at `path`, or `nil` when nothing is there.
    public static func read(_ path: String, limit: Int) throws(Problem) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else {
            let code = errno
            if code == ENOENT { return nil }
            if code == ELOOP { throw .symlink }
            throw .unreadable(String(cString: strerror(code)))
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .unreadable(String(cString: strerror(errno))) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw .notRegular("a folder")
        case S_IFIFO: throw .notRegular("a named pipe")
        case S_IFSOCK: throw .notRegular("a socket")
        default: throw .notRegular("a device")
        }
        let size = Int(info.st_size)
        guard size <= limit else { throw .tooLarge(bytes: size, limit: limit) }
        var bytes = [UInt8](repeating: 0, count: size)
        var count = 0
        while true {
            if count == bytes.count {
                // The file grew while being read: read on, within the limit.
                guard bytes.count < limit + 1 else { throw .tooLarge(bytes: count, limit: limit) }
                bytes.append(contentsOf: [UInt8](repeating: 0, count: max(4096, min(bytes.count, limit + 1 - bytes.count))))
            }
            let n = bytes.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress! + count, $0.count - count) }
            if n < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                throw .unreadable(String(cString: strerror(errno)))
            }
            if n == 0 { break }
            count += n
        }
        if count > limit { throw .tooLarge(bytes: count, limit: limit) }
        bytes.removeLast(bytes.count - count)
        return bytes
    }

    /// True when something (a file, folder or link) is at `url`, without following a link.
    public static func exists(_ url: URL) -> Bool { exists(url.path) }

    public static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }
}
