/// A 64-bit hash that is the same in every process and on every machine (FNV-1a), for keys of facts that are
/// cached on disk and merged across shards; Swift's `Hasher` is seeded per process.
public enum StableHash {
    public static func of<Bytes: Sequence>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}
