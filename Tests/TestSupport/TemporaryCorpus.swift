import Foundation

/// A fresh folder under the system temporary directory holding a copy of the repository's
/// `seeds/*.txt` articles (no tag files) and `Rules/`, laid out as the repository is, so `tagdesk`
/// run with this folder as its working directory uses its defaults `seeds` and `Rules`.
///
/// Every instance has its own folder; it is deleted by `remove()` or when the instance goes away.
public final class TemporaryCorpus: Sendable {
    /// The folder that stands in for the package root.
    public let url: URL
    /// The ids of the articles copied from the repository, sorted.
    public let seedIDs: [String]

    public init() throws {
        let fileManager = FileManager.default
        url = fileManager.temporaryDirectory
            .appendingPathComponent("TagDeskTests-\(UUID().uuidString)", isDirectory: true)
        let seeds = url.appendingPathComponent("seeds", isDirectory: true)
        try fileManager.createDirectory(at: seeds, withIntermediateDirectories: true)
        var ids: [String] = []
        for name in try fileManager.contentsOfDirectory(atPath: RepositoryRoot.seeds.path)
        where name.hasSuffix(".txt") && !name.hasPrefix(".") {
            try fileManager.copyItem(at: RepositoryRoot.seeds.appendingPathComponent(name),
                                     to: seeds.appendingPathComponent(name))
            ids.append(String(name.dropLast(".txt".count)))
        }
        seedIDs = ids.sorted()
        try fileManager.copyItem(at: RepositoryRoot.rules, to: url.appendingPathComponent("Rules", isDirectory: true))
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    /// Deletes the folder and everything in it.
    public func remove() {
        try? FileManager.default.removeItem(at: url)
    }

    // MARK: Paths

    /// The URL of a path relative to the corpus root, e.g. `seeds/000_x.txt` or `Rules/topic.yaml`.
    public func fileURL(_ relativePath: String) -> URL {
        url.appendingPathComponent(relativePath)
    }

    /// `seeds/ID.tags.yaml`, relative to the root.
    public static func tagFilePath(_ id: String) -> String { "seeds/\(id).tags.yaml" }

    /// `seeds/ID.txt`, relative to the root.
    public static func articlePath(_ id: String) -> String { "seeds/\(id).txt" }

    public func exists(_ relativePath: String) -> Bool {
        FileManager.default.fileExists(atPath: fileURL(relativePath).path)
    }

    // MARK: Reading and writing

    public func read(_ relativePath: String) throws -> Data {
        try Data(contentsOf: fileURL(relativePath))
    }

    /// The file as UTF-8 text; throws if it is not valid UTF-8.
    public func readText(_ relativePath: String) throws -> String {
        let data = try read(relativePath)
        guard let text = String(data: data, encoding: .utf8) else {
            throw TestSupportError("\(relativePath) is not valid UTF-8")
        }
        return text
    }

    public func write(_ data: Data, to relativePath: String) throws {
        let target = fileURL(relativePath)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: target)
    }

    public func write(_ text: String, to relativePath: String) throws {
        try write(Data(text.utf8), to: relativePath)
    }

    public func delete(_ relativePath: String) throws {
        try FileManager.default.removeItem(at: fileURL(relativePath))
    }

    /// Names of the entries of a folder of the corpus, sorted; hidden files included.
    public func listing(_ relativeFolder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: fileURL(relativeFolder).path).sorted()
    }

    // MARK: Tag files

    /// Every `seeds/*.tags.yaml` file's bytes, by file name (`000_x.tags.yaml`).
    public func tagFiles() throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try listing("seeds") where name.hasSuffix(".tags.yaml") {
            files[name] = try read("seeds/" + name)
        }
        return files
    }

    /// Every `seeds/*.tags.yaml` file's modification date, by file name.
    public func tagFileModificationDates() throws -> [String: Date] {
        var dates: [String: Date] = [:]
        for name in try listing("seeds") where name.hasSuffix(".tags.yaml") {
            let attributes = try FileManager.default.attributesOfItem(atPath: fileURL("seeds/" + name).path)
            guard let date = attributes[.modificationDate] as? Date else {
                throw TestSupportError("no modification date for seeds/\(name)")
            }
            dates[name] = date
        }
        return dates
    }

    /// Writes tag files by file name into `seeds/`, e.g. those of an earlier good run.
    public func writeTagFiles(_ files: [String: Data]) throws {
        for (name, data) in files {
            try write(data, to: "seeds/" + name)
        }
    }
}

extension TemporaryCorpus {
    /// Adds `copies` variants of every seed article (`ID_v1` …), each with its own first line, so a test gets a
    /// corpus of real multilingual articles as large as it needs; returns the new ids, sorted.
    @discardableResult
    public func addVariants(_ copies: Int) throws -> [String] {
        var ids: [String] = []
        for id in seedIDs {
            let text = try read(TemporaryCorpus.articlePath(id))
            for copy in 1...copies {
                let variant = "\(id)_v\(copy)"
                try write(Data("Variante \(copy) — bản \(copy)\n".utf8) + text, to: TemporaryCorpus.articlePath(variant))
                ids.append(variant)
            }
        }
        return ids.sorted()
    }
}
