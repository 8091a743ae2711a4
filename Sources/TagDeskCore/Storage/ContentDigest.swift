import Crypto
import Foundation

/// SHA-256 in lowercase hex, the one digest TagDesk records (articles, lines, decisions files, rule sets).
public enum ContentDigest {
    /// The hex digest of `bytes`; `hexDigits` shortens it (an even number up to 64).
    public static func sha256<Bytes: Sequence>(_ bytes: Bytes, hexDigits: Int = 64) -> String where Bytes.Element == UInt8 {
        hex(SHA256.hash(data: Array(bytes)), hexDigits: hexDigits)
    }

    /// `sha256(_:hexDigits:)` of bytes already in memory, without copying them.
    public static func sha256<Bytes: DataProtocol>(_ bytes: Bytes, hexDigits: Int = 64) -> String {
        hex(SHA256.hash(data: bytes), hexDigits: hexDigits)
    }

    static func hex(_ digest: SHA256.Digest, hexDigits: Int = 64) -> String {
        let table = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(hexDigits)
        for byte in digest.prefix(hexDigits / 2) {
            out.append(table[Int(byte >> 4)])
            out.append(table[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
