import Foundation

/// The benchmark's input: every `.txt` file under a folder, read into memory, in sorted path order.
struct BenchCorpus {
    struct Document {
        /// Path relative to the corpus folder, e.g. `ar/ar_real_000120.txt`.
        let path: String
        /// The first path component, e.g. `ar`, or "." for files directly in the folder.
        let group: String
        let text: String
    }

    struct ReadError: Error, CustomStringConvertible {
        let path: String
        var description: String { "cannot read \(path)" }
    }

    let documents: [Document]
    var byteCount: Int { documents.reduce(0) { $0 + $1.text.utf8.count } }

    init(folder: String) throws {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { throw ReadError(path: folder) }
        let paths = walker.compactMap { $0 as? String }.filter { $0.hasSuffix(".txt") }.sorted()
        documents = try paths.map { path in
            let fullPath = folder + "/" + path
            guard let data = FileManager.default.contents(atPath: fullPath) else { throw ReadError(path: fullPath) }
            let group = path.contains("/") ? String(path.prefix { $0 != "/" }) : "."
            return Document(path: path, group: group, text: String(decoding: data, as: UTF8.self))
        }
    }
}
