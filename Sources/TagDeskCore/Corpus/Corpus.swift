import Foundation

/// The articles of a corpus folder, read recursively: every `ID.txt`, where the id is the path relative to the
/// folder without `.txt` (`ar/ar_real_000010`), or else every `.jsonl` and `.jsonl.gz` file of documents (see
/// `JSONLinesSource`). Dot files and dot folders (`.tagdesk/`) are skipped, and symlinked folders are not followed.
public struct Corpus: Sendable {
    /// What a corpus folder holds.
    public enum Kind: Sendable {
        /// `ID.txt` articles, with tag and decisions files beside them.
        case articles
        /// JSON Lines files of documents, tagged through Dolma attribute files.
        case documents
    }

    public let directory: URL
    /// The folder as the user named it, for paths in messages and JSON.
    public let displayPath: String
    public let articleIDs: [String]
    /// `.jsonl` and `.jsonl.gz` files, relative to the folder, sorted; none under a top-level `attributes/`
    /// folder, where TagDesk writes its Dolma attribute files.
    public let documentFiles: [String]
    /// Tag and decisions files whose article is not in the folder, as paths relative to it.
    public let orphans: [String]
    /// Every folder holding an article, relative to the corpus (`""` for the corpus itself).
    public let folders: [String]
    /// The folder's file system path with a final `/`; files are named by plain strings, since building a
    /// `URL` per file is a measurable part of a pass.
    public let root: String

    public init(directory: URL, displayPath: String) throws(CorpusError) {
        self.directory = directory
        self.displayPath = displayPath
        root = directory.path.hasSuffix("/") ? directory.path : directory.path + "/"
        var info = stat()
        guard stat(directory.path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else {
            throw CorpusError.unreadableCorpus(displayPath)
        }
        var files: [String] = []
        var folders: [String] = []
        var pending = [""]
        while let folder = pending.popLast() {
            guard let entries = Self.entries(of: root + folder) else {
                if folder.isEmpty { throw CorpusError.unreadableCorpus(displayPath) }
                continue
            }
            folders.append(folder)
            for (name, isFolder) in entries where !name.hasPrefix(".") {
                let relative = folder.isEmpty ? name : folder + "/" + name
                // A folder named like an article is reported as an unreadable article, not entered.
                if isFolder && !name.hasSuffix(".txt") { pending.append(relative) } else { files.append(relative) }
            }
        }
        self.folders = folders.sorted()
        articleIDs = files.filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }.sorted()
        documentFiles = files.filter { ($0.hasSuffix(".jsonl") || $0.hasSuffix(".jsonl.gz")) && !$0.hasPrefix("attributes/") }.sorted()
        let known = Set(articleIDs)
        orphans = files.filter { name in
            for suffix in [".tags.yaml", ".decisions.yaml"] where name.hasSuffix(suffix) {
                return !known.contains(String(name.dropLast(suffix.count)))
            }
            return false
        }.sorted()
    }

    /// Articles or documents; a folder with neither, or with both, cannot be classified.
    public func kind() throws(CorpusError) -> Kind {
        switch (articleIDs.isEmpty, documentFiles.isEmpty) {
        case (false, true): .articles
        case (true, false): .documents
        case (true, true): throw .noArticle(displayPath)
        case (false, false): throw .mixedKinds(displayPath, article: articlePath(articleIDs[0]),
                                               documents: displayPath + "/" + documentFiles[0])
        }
    }

    /// The names in a folder, and whether each is a folder (not following symlinks), from `readdir`'s entry types.
    private static func entries(of path: String) -> [(name: String, isFolder: Bool)]? {
        guard let directory = opendir(path.isEmpty ? "." : path) else { return nil }
        defer { closedir(directory) }
        var entries: [(String, Bool)] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            var isFolder = Int32(entry.pointee.d_type) == Int32(DT_DIR)
            if Int32(entry.pointee.d_type) == Int32(DT_UNKNOWN) {
                var info = stat()
                isFolder = lstat((path.hasSuffix("/") ? path : path + "/") + name, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
            }
            entries.append((name, isFolder))
        }
        return entries
    }

    public func articleFile(_ id: String) -> String { root + id + ".txt" }
    public func tagFile(_ id: String) -> String { root + id + ".tags.yaml" }
    public func decisionsFile(_ id: String) -> String { root + id + ".decisions.yaml" }

    public func articlePath(_ id: String) -> String { displayPath + "/" + id + ".txt" }
    public func tagFilePath(_ id: String) -> String { displayPath + "/" + id + ".tags.yaml" }
    public func articleURL(_ id: String) -> URL { directory.appendingPathComponent(id + ".txt") }
    public func tagFileURL(_ id: String) -> URL { directory.appendingPathComponent(id + ".tags.yaml") }
    public func decisionsPath(_ id: String) -> String { displayPath + "/" + id + ".decisions.yaml" }
    public func decisionsURL(_ id: String) -> URL { directory.appendingPathComponent(id + ".decisions.yaml") }

    /// Resolves article ids or paths (`000_x`, `seeds/000_x.txt`, `000_x.tags.yaml`, `ar/ar_real_1`) to ids of
    /// this corpus.
    public func resolve(_ selectors: [String]) throws(CorpusError) -> [String] {
        guard !selectors.isEmpty else { return articleIDs }
        let known = Set(articleIDs)
        var ids: [String] = []
        for selector in selectors {
            var name = selector
            for suffix in [".tags.yaml", ".decisions.yaml", ".txt"] where name.hasSuffix(suffix) {
                name = String(name.dropLast(suffix.count))
            }
            // A path through the corpus folder as typed, or a bare file name of an article at the top.
            if name.hasPrefix(displayPath + "/") { name = String(name.dropFirst(displayPath.count + 1)) }
            if !known.contains(name), known.contains((name as NSString).lastPathComponent) {
                name = (name as NSString).lastPathComponent
            }
            guard known.contains(name) else { throw CorpusError.unknownArticle(selector, corpus: displayPath) }
            if !ids.contains(name) { ids.append(name) }
        }
        return ids.sorted()
    }

    /// Reads one article without following a symlink; an unreadable file becomes an article with a problem,
    /// never an error.
    public func load(_ id: String) -> Article {
        let (bytes, problem) = loadBytes(id)
        return Article(id: id, path: articlePath(id), bytes: bytes, problem: problem)
    }

    /// The article's bytes, or why it could not be read (then no bytes).
    public func loadBytes(_ id: String) -> (bytes: [UInt8], problem: ArticleProblem?) {
        do {
            guard let bytes = try RegularFile.read(articleFile(id), limit: Article.sizeLimit) else {
                return ([], .unreadable("it was removed"))
            }
            return (bytes, nil)
        } catch {
            if case .tooLarge(let bytes, let limit) = error { return ([], .tooLarge(bytes: bytes, limit: limit)) }
            return ([], .unreadable(error.description))
        }
    }
}

/// A corpus that cannot be used as asked.
public enum CorpusError: Error, Sendable, CustomStringConvertible {
    case unreadableCorpus(String)
    case unknownArticle(String, corpus: String)
    case noArticle(String)
    case mixedKinds(String, article: String, documents: String)

    public var description: String {
        switch self {
        case .unreadableCorpus(let path):
            "\(path): error: cannot read the corpus folder; pass an existing folder with --corpus"
        case .unknownArticle(let selector, let corpus):
            "error: found no article '\(selector)' in \(corpus). Run 'tagdesk classify --dry-run' to list article ids."
        case .noArticle(let path):
            "error: no article in \(path) (expected *.txt files or *.jsonl / *.jsonl.gz documents)"
        case .mixedKinds(let path, let article, let documents):
            "error: \(path) holds both .txt articles (\(article)) and JSON Lines documents (\(documents)); "
                + "give each kind a corpus folder of its own"
        }
    }
}
