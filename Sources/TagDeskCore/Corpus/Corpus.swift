import Foundation

/// The articles of a corpus folder: every `ID.txt` in it, by id; dotfiles and temporary files are skipped.
public struct Corpus: Sendable {
    public let directory: URL
    /// The folder as the user named it, for paths in messages and JSON.
    public let displayPath: String
    public let articleIDs: [String]
    /// Tag and decisions files whose article is not in the folder, by file name.
    public let orphans: [String]

    public init(directory: URL, displayPath: String) throws(CorpusError) {
        self.directory = directory
        self.displayPath = displayPath
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        } catch {
            throw CorpusError.unreadableCorpus(displayPath)
        }
        articleIDs = names
            .filter { $0.hasSuffix(".txt") && !$0.hasPrefix(".") }
            .map { String($0.dropLast(4)) }
            .sorted()
        let known = Set(articleIDs)
        orphans = names.filter { name in
            guard !name.hasPrefix(".") else { return false }
            for suffix in [".tags.yaml", ".decisions.yaml"] where name.hasSuffix(suffix) {
                return !known.contains(String(name.dropLast(suffix.count)))
            }
            return false
        }.sorted()
    }

    public func articlePath(_ id: String) -> String { displayPath + "/" + id + ".txt" }
    public func tagFilePath(_ id: String) -> String { displayPath + "/" + id + ".tags.yaml" }
    public func articleURL(_ id: String) -> URL { directory.appendingPathComponent(id + ".txt") }
    public func tagFileURL(_ id: String) -> URL { directory.appendingPathComponent(id + ".tags.yaml") }
    public func decisionsPath(_ id: String) -> String { displayPath + "/" + id + ".decisions.yaml" }
    public func decisionsURL(_ id: String) -> URL { directory.appendingPathComponent(id + ".decisions.yaml") }

    /// Resolves article ids or paths (`000_x`, `seeds/000_x.txt`, `000_x.tags.yaml`) to ids of this corpus.
    public func resolve(_ selectors: [String]) throws(CorpusError) -> [String] {
        guard !selectors.isEmpty else { return articleIDs }
        let known = Set(articleIDs)
        var ids: [String] = []
        for selector in selectors {
            var name = (selector as NSString).lastPathComponent
            for suffix in [".tags.yaml", ".decisions.yaml", ".txt"] where name.hasSuffix(suffix) {
                name = String(name.dropLast(suffix.count))
            }
            guard known.contains(name) else { throw CorpusError.unknownArticle(selector, corpus: displayPath) }
            if !ids.contains(name) { ids.append(name) }
        }
        return ids.sorted()
    }

    /// Reads one article without following a symlink; an unreadable file becomes an article with a problem,
    /// never an error.
    public func load(_ id: String) -> Article {
        do {
            let bytes = try RegularFile.read(articleURL(id), limit: Article.sizeLimit)
            return Article(id: id, path: articlePath(id), bytes: bytes ?? [], problem: bytes == nil ? .unreadable("it was removed") : nil)
        } catch {
            if case .tooLarge(let bytes, let limit) = error {
                return Article(id: id, path: articlePath(id), bytes: [], problem: .tooLarge(bytes: bytes, limit: limit))
            }
            return Article(id: id, path: articlePath(id), bytes: [], problem: .unreadable(error.description))
        }
    }
}

/// A corpus that cannot be used as asked.
public enum CorpusError: Error, Sendable, CustomStringConvertible {
    case unreadableCorpus(String)
    case unknownArticle(String, corpus: String)

    public var description: String {
        switch self {
        case .unreadableCorpus(let path):
            "\(path): error: cannot read the corpus folder; pass an existing folder with --corpus"
        case .unknownArticle(let selector, let corpus):
            "error: found no article '\(selector)' in \(corpus). Run 'tagdesk classify --dry-run' to list article ids."
        }
    }
}
