import CZlib
import Foundation

/// Reads a `.jsonl` or `.jsonl.gz` file (or any file of lines, such as `FreshnessIndex`) one line at a time
/// through a bounded buffer (zlib passes plain files through as they are), never following a symlink. A line longer than `lineLimit` is reported, not kept, so
/// memory stays bounded whatever the file holds.
public final class JSONLinesReader {
    /// One line of the file, without its `\n`.
    public enum Line: Sendable {
        case bytes([UInt8], number: Int)
        /// A line over `lineLimit` bytes, skipped.
        case tooLong(bytes: Int, number: Int)
    }

    /// Room for an article at `Article.sizeLimit` with its JSON escapes and other fields.
    public static let lineLimit = 2 * Article.sizeLimit
    private static let chunk = 1 << 16

    private let file: gzFile
    /// What one `gzread` fills, then appended to `buffer`.
    private var chunk = [UInt8](repeating: 0, count: JSONLinesReader.chunk)
    private var buffer: [UInt8] = []
    private var start = 0
    private var scanned = 0
    private var number = 0
    private var atEnd = false
    /// Bytes of the current line already dropped because it is over `lineLimit`.
    private var dropped = 0
    /// Why reading stopped before the end (a damaged gzip stream, an I/O error); `nil` after a clean end.
    public private(set) var failure: String?

    /// Opens the file at `path`, which must be a regular file.
    public init(path: String) throws(RegularFile.Problem) {
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else {
            let code = errno
            if code == ELOOP { throw .symlink }
            throw .unreadable(String(cString: strerror(code)))
        }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            close(fd)
            throw .notRegular("not a regular file")
        }
        guard let file = gzdopen(fd, "rb") else {
            close(fd)
            throw .unreadable("cannot start reading")
        }
        gzbuffer(file, UInt32(Self.chunk))
        self.file = file
    }

    deinit { gzclose_r(file) }

    /// The next line, or `nil` at the end of the file or after a read failure (see `failure`).
    public func next() -> Line? {
        while true {
            if let newline = newline() { return take(upTo: newline, resumingAt: newline + 1) }
            scanned = buffer.count
            if atEnd {
                guard start < buffer.count || dropped > 0 else { return nil }
                return take(upTo: buffer.count, resumingAt: buffer.count)
            }
            fill()
        }
    }

    /// The index of the first `\n` not yet scanned.
    private func newline() -> Int? {
        buffer.withUnsafeBufferPointer { bytes in
            guard scanned < bytes.count, let base = bytes.baseAddress,
                  let found = memchr(base + scanned, 0x0A, bytes.count - scanned) else { return nil }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
    }

    private func take(upTo end: Int, resumingAt next: Int) -> Line {
        number += 1
        let length = dropped + end - start
        let line: Line = length > Self.lineLimit ? .tooLong(bytes: length, number: number)
            : .bytes(Array(buffer[start..<end]), number: number)
        start = next
        scanned = next
        dropped = 0
        return line
    }

    /// Reads the next chunk. The bytes of a line already over `lineLimit` are dropped and only counted.
    private func fill() {
        if start > 0 {
            buffer.removeSubrange(0..<start)
            scanned -= start
            start = 0
        }
        if buffer.count > Self.lineLimit {
            dropped += buffer.count
            buffer.removeAll(keepingCapacity: true)
            scanned = 0
        }
        let n = chunk.withUnsafeMutableBytes { gzread(file, $0.baseAddress, UInt32($0.count)) }
        guard n <= 0 else {
            buffer.append(contentsOf: chunk[..<Int(n)])
            return
        }
        atEnd = true
        var code: Int32 = Z_OK
        let message = gzerror(file, &code)
        guard n < 0 || (code != Z_OK && code != Z_STREAM_END) else { return }
        failure = code == Z_ERRNO ? String(cString: strerror(errno)) : message.map { String(cString: $0) } ?? "read error"
        buffer.removeAll()
        start = 0
        scanned = 0
        dropped = 0
    }
}
