import Foundation

/// The benchmark's input: every `.txt` file under a folder, in sorted path order, read as bytes.
struct BenchCorpus {
    struct Document {
        /// Path relative to the corpus folder, e.g. `ar/ar_real_000120.txt`.
        let path: String
        /// The first path component, e.g. `ar`, or "." for files directly in the folder.
        let group: String

        init(path: String) {
            self.path = path
            group = path.contains("/") ? String(path.prefix { $0 != "/" }) : "."
        }
    }

    struct ReadError: Error, CustomStringConvertible {
        let path: String
        var description: String { "cannot read \(path)" }
    }

    let folder: String
    let documents: [Document]

    init(folder: String) throws {
        var paths: [String] = []
        try Self.walk(folder, relative: "", into: &paths)
        self.folder = folder
        documents = paths.sorted().map(Document.init)
    }

    /// Reads a document into `buffer`, reusing its storage, and returns its length.
    func read(_ document: Document, into buffer: inout [UInt8]) throws -> Int {
        let path = folder + "/" + document.path
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw ReadError(path: path) }
        defer { close(descriptor) }
        var count = 0
        while true {
            if count == buffer.count { buffer.append(contentsOf: repeatElement(0, count: max(buffer.count, 64 * 1024))) }
            let got = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress! + count, $0.count - count) }
            guard got >= 0 else { throw ReadError(path: path) }
            if got == 0 { return count }
            count += got
        }
    }

    /// Collects the `.txt` files under `folder` (paths relative to the corpus folder).
    private static func walk(_ folder: String, relative: String, into paths: inout [String]) throws {
        guard let directory = opendir(relative.isEmpty ? folder : folder + "/" + relative) else {
            throw ReadError(path: folder + "/" + relative)
        }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard name != ".", name != ".." else { continue }
            let path = relative.isEmpty ? name : relative + "/" + name
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_DIR): try walk(folder, relative: path, into: &paths)
            case Int32(DT_REG) where name.hasSuffix(".txt"): paths.append(path)
            default: break
            }
        }
    }
}
