import CZlib
import Foundation

/// Compresses what it is given into a gzip stream on an open file descriptor (which stays open). The header
/// carries no time or name, so the same input always gives the same bytes.
public final class GzipWriter {
    private var file: gzFile?

    /// - Returns: `nil` when zlib cannot start a stream on `descriptor` (`errno` tells why).
    public init?(descriptor: Int32) {
        let own = dup(descriptor)
        guard own >= 0 else { return nil }
        guard let file = gzdopen(own, "wb") else {
            close(own)
            return nil
        }
        gzbuffer(file, 1 << 16)
        self.file = file
    }

    deinit { if let file { gzclose_w(file) } }

    /// Appends `bytes`; `false` when they could not be written.
    public func write(_ bytes: [UInt8]) -> Bool {
        guard let file else { return false }
        guard !bytes.isEmpty else { return true }
        return bytes.withUnsafeBytes { gzwrite(file, $0.baseAddress, UInt32($0.count)) } == Int32(bytes.count)
    }

    /// Ends the stream; `false` when its last bytes could not be written.
    public func finish() -> Bool {
        guard let file else { return false }
        self.file = nil
        return gzclose_w(file) == Z_OK
    }
}
