import Foundation
import Synchronization

/// The articles of a corpus folder, read recursively: every `ID.txt`, where the id is the path relative to the
/// folder without `.txt` (`ar/ar_real_000010`), or else every `.jsonl` and `.jsonl.gz` file of documents (see
/// `JSONLinesSource`). Dot files and dot folders (`.tagdesk/`) are skipped, and symlinked folders are not followed.
///
/// The folder is listed the first time `articleIDs`, `orphans` or `folders` is asked for, not before: a run
/// over a few named articles (`show ID`) never lists a corpus of a million.
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
    /// The folder's file system path with a final `/`; files are named by plain strings, since building a
    /// `URL` per file is a measurable part of a pass.
    public let root: String
    private let listing: CorpusListing

    public init(directory: URL, displayPath: String) throws(CorpusError) {
        self.directory = directory
        self.displayPath = displayPath
        root = directory.path.hasSuffix("/") ? directory.path : directory.path + "/"
        var info = stat()
        guard stat(directory.path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR, access(directory.path, R_OK | X_OK) == 0 else {
            throw CorpusError.unreadableCorpus(displayPath)
        }
        listing = CorpusListing(root: root)
    }

    /// Every article id, in byte order.
    public var articleIDs: ArticleIDList { listing.contents.articleIDs }
    /// Tag and decisions files whose article is not in the folder, as paths relative to it.
    public var orphans: [String] { listing.contents.orphans }
    /// Every folder holding an article, relative to the corpus (`""` for the corpus itself).
    public var folders: [String] { listing.contents.folders }
    /// The ids of the articles that have a decisions file.
    public var articlesWithDecisions: ArticleIDList { listing.contents.withDecisions }
    /// The ids of the articles that had a tag file when the folder was listed.
    public var articlesWithTagFiles: ArticleIDList { listing.contents.withTagFiles }
    /// `.jsonl` and `.jsonl.gz` files, relative to the folder, sorted; none under a top-level `attributes/`
    /// folder, where TagDesk writes its Dolma attribute files.
    public var documentFiles: [String] { listing.contents.documentFiles }

    /// The folder's contents, read once.
    struct Contents: Sendable {
        var articleIDs: ArticleIDList
        var orphans: [String]
        var folders: [String]
        var withDecisions: ArticleIDList
        var withTagFiles: ArticleIDList
        var documentFiles: [String]
    }

    /// Lists the folder tree; each folder's names are only compared with their siblings, so memory holds the
    /// ids (in one buffer) and one folder's names at a time.
    static func list(root: String) -> Contents {
        var ids = IDBuffer()
        var withDecisions = IDBuffer()
        var withTagFiles = IDBuffer()
        var orphans: [String] = []
        var folders: [String] = []
        var documentFiles: [String] = []
        var pending = [""]
        while let folder = pending.popLast() {
            guard let entries = entries(of: root + folder) else { continue }
            folders.append(folder)
            let prefix = folder.isEmpty ? "" : folder + "/"
            var articles: Set<Substring> = []
            var companions: [(name: String, base: Substring, decisions: Bool)] = []
            for (name, isFolder) in entries where !name.hasPrefix(".") {
                // A folder named like an article is reported as an unreadable article, not entered.
                if isFolder && !name.hasSuffix(".txt") {
                    pending.append(prefix + name)
                } else if name.hasSuffix(".txt") {
                    articles.insert(name.dropLast(4))
                    ids.append(prefix + name.dropLast(4))
                } else if name.hasSuffix(".tags.yaml") {
                    companions.append((name, name.dropLast(10), false))
                } else if name.hasSuffix(".decisions.yaml") {
                    companions.append((name, name.dropLast(15), true))
                } else if name.hasSuffix(".jsonl") || name.hasSuffix(".jsonl.gz") {
                    documentFiles.append(prefix + name)
                }
            }
            for companion in companions {
                if !articles.contains(companion.base) {
                    orphans.append(prefix + companion.name)
                } else if companion.decisions {
                    withDecisions.append(prefix + companion.base)
                } else {
                    withTagFiles.append(prefix + companion.base)
                }
            }
        }
        return Contents(articleIDs: ArticleIDList(sorting: ids), orphans: orphans.sorted(), folders: folders.sorted(),
                        withDecisions: ArticleIDList(sorting: withDecisions), withTagFiles: ArticleIDList(sorting: withTagFiles),
                        documentFiles: documentFiles.filter { !$0.hasPrefix("attributes/") }.sorted())
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
    /// this corpus. Named articles are looked up on disk, so the folder is only listed when none is named.
    public func resolve(_ selectors: [String]) throws(CorpusError) -> [String] {
        guard !selectors.isEmpty else { return Array(articleIDs) }
        var ids: [String] = []
        for selector in selectors {
            var name = selector
            for suffix in [".tags.yaml", ".decisions.yaml", ".txt"] where name.hasSuffix(suffix) {
                name = String(name.dropLast(suffix.count))
            }
            // A path through the corpus folder as typed, or a bare file name of an article at the top.
            if name.hasPrefix(displayPath + "/") { name = String(name.dropFirst(displayPath.count + 1)) }
            if !isArticle(name), isArticle((name as NSString).lastPathComponent) {
                name = (name as NSString).lastPathComponent
            }
            guard isArticle(name) else { throw CorpusError.unknownArticle(selector, corpus: displayPath) }
            if !ids.contains(name) { ids.append(name) }
        }
        return ids.sorted()
    }

    /// True when `id` names an article a listing would find: no dot or empty component, every folder on the way
    /// a real folder (not a symlink), and `ID.txt` present.
    public func isArticle(_ id: String) -> Bool {
        let components = id.split(separator: "/", omittingEmptySubsequences: false)
        guard !components.isEmpty, components.allSatisfy({ !$0.isEmpty && !$0.hasPrefix(".") }) else { return false }
        var path = root
        var info = stat()
        for folder in components.dropLast() {
            path += folder + "/"
            guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else { return false }
        }
        return lstat(articleFile(id), &info) == 0
    }

    /// The folders of the named articles, for work that only concerns them (removing stale temporary files).
    public func folders(of ids: [String]) -> [String] {
        Set(ids.map { id in id.lastIndex(of: "/").map { String(id[..<$0]) } ?? "" }).sorted()
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

/// A corpus folder's listing, made on first use and then shared by every copy of the `Corpus`.
private final class CorpusListing: Sendable {
    private let root: String
    private let cached = Mutex<Corpus.Contents?>(nil)

    init(root: String) { self.root = root }

    var contents: Corpus.Contents {
        cached.withLock { contents in
            if let contents { return contents }
            let listed = Corpus.list(root: root)
            contents = listed
            return listed
        }
    }
}
