import Foundation

/// A digest of the names and inode numbers of a corpus's articles and decisions files, read with `readdir`
/// alone (no `stat` per file, no string per name): it changes when an article is added, removed, renamed or
/// replaced by a rename, and not when tag files are written. The order entries come in does not matter.
enum CorpusNameStamp {
    static func of(root: String) -> String {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var count: UInt64 = 0
        var pending: [[UInt8]] = [[]]
        while let folder = pending.popLast() {
            let path = root + String(decoding: folder, as: UTF8.self)
            guard let directory = opendir(path.isEmpty ? "." : path) else { continue }
            defer { closedir(directory) }
            while let entry = readdir(directory) {
                let inode = UInt64(entry.pointee.d_ino)
                let type = Int32(entry.pointee.d_type)
                withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    let name = raw.prefix { $0 != 0 }
                    guard let first = name.first, first != UInt8(ascii: ".") else { return }
                    if type == Int32(DT_DIR) || type == Int32(DT_UNKNOWN) && isFolder(path, name) {
                        if !name.ends(with: ".txt") { pending.append(folder + name + [UInt8(ascii: "/")]) }
                        return
                    }
                    guard name.ends(with: ".txt") || name.ends(with: ".decisions.yaml") else { return }
                    let key = StableHash.of(folder + name)
                    low &+= mix(key ^ inode)
                    high &+= mix(key &+ inode &* 0x9E37_79B9_7F4A_7C15)
                    count += 1
                }
            }
        }
        return String(count) + "-" + String(low, radix: 16) + String(high, radix: 16)
    }

    /// A bijective scrambler (splitmix64's finalizer), so that sums of related keys do not cancel.
    private static func mix(_ value: UInt64) -> UInt64 {
        var value = value
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }

    private static func isFolder(_ path: String, _ name: some Collection<UInt8>) -> Bool {
        var info = stat()
        let full = (path.hasSuffix("/") || path.isEmpty ? path : path + "/") + String(decoding: name, as: UTF8.self)
        return lstat(full, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }
}

private extension Collection<UInt8> {
    func ends(with suffix: StaticString) -> Bool {
        suffix.withUTF8Buffer { suffix in self.count >= suffix.count && self.suffix(suffix.count).elementsEqual(suffix) }
    }
}
