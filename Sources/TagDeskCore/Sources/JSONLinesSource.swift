import Crypto
import Foundation

/// The documents of a JSON Lines corpus: every `.jsonl` and `.jsonl.gz` file of the corpus folder in path order,
/// each line in file order. Files are streamed through a bounded buffer, never held whole; a shard takes whole
/// files (by a stable hash of the file's path), so each file's documents stay together.
public struct JSONLinesSource: ArticleSource {
    public let corpus: Corpus
    /// Lines read at once are also capped by their total size, so memory stays bounded with long documents.
    public static let batchBytes = 4 * JSONLinesReader.lineLimit

    public init(corpus: Corpus) {
        self.corpus = corpus
    }

    /// The files of `shard` (all of them when `nil`), relative to the corpus folder.
    public func files(shard: Shard?) -> [String] {
        shard.map { shard in corpus.documentFiles.filter(shard.contains) } ?? corpus.documentFiles
    }

    /// `documents/sub/b.jsonl.gz`, for messages.
    public func displayPath(_ file: String) -> String { corpus.displayPath + "/" + file }

    /// Reads `file` in batches of at most `size` lines, in order.
    /// - Returns: why reading stopped before the end of the file (damaged gzip data, an I/O error), if it did.
    /// - Throws: when the file cannot be opened.
    public func forEachBatch(of file: String, size: Int, _ body: ([JSONLinesReader.Line]) -> Void) throws(RegularFile.Problem) -> String? {
        let reader = try JSONLinesReader(path: corpus.root + file)
        var batch: [JSONLinesReader.Line] = []
        var bytes = 0
        while let line = reader.next() {
            if case .bytes(let content, _) = line { bytes += content.count }
            batch.append(line)
            if batch.count == size || bytes >= Self.batchBytes {
                body(batch)
                batch.removeAll(keepingCapacity: true)
                bytes = 0
            }
        }
        if !batch.isEmpty { body(batch) }
        return reader.failure
    }

    /// The document on a line and its article (`path` is `documents/a.jsonl:LINE`); `nil` for a blank line.
    public func document(_ line: JSONLinesReader.Line, in file: String) -> Result<(JSONLinesDocument, Article)?, Diagnostic> {
        switch line {
        case .tooLong(let bytes, let number):
            return .failure(problem(file, number, "the line has \(bytes) bytes, over the limit of \(JSONLinesReader.lineLimit); it was skipped"))
        case .bytes(let content, let number):
            do {
                guard let document = try JSONLinesDocument.parse(content) else { return .success(nil) }
                let article = Article(id: document.id, path: displayPath(file) + ":\(number)", bytes: Array(document.text.utf8))
                return .success((document, article))
            } catch {
                return .failure(problem(file, number, error.description + "; the line was skipped"))
            }
        }
    }

    /// A problem of one line, `documents/a.jsonl:3: error: …`, or of a whole file when `line` is `nil`.
    public func problem(_ file: String, _ line: Int?, _ message: String) -> Diagnostic {
        Diagnostic(file: displayPath(file) + (line.map { ":\($0)" } ?? ""), location: nil, message: message)
    }

    /// Keyed by every document file's name, size, modification time and inode.
    public func factsCache() -> FactsCache {
        var hasher = SHA256()
        for file in corpus.documentFiles {
            var info = stat()
            guard lstat(corpus.root + file, &info) == 0 else { continue }
            hasher.update(data: Array("\(file)\t\(info.st_size)\t\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)\t\(info.st_ino)\n".utf8))
        }
        return FactsCache(directory: corpus.directory, corpusSignature: ContentDigest.hex(hasher.finalize()))
    }

    public func count(shard: Shard?) -> Int? { nil }

    /// Documents that cannot be read are left out here; the classify stage reports them.
    public func forEachBatch<T: Sendable>(size: Int, shard: Shard?, _ transform: @Sendable (ClassificationPass.Input) -> T,
                                          _ body: ([T]) -> Void) {
        for file in files(shard: shard) {
            _ = try? forEachBatch(of: file, size: size) { lines in
                let results = parallelMap(lines.count) { index -> T? in
                    guard case .success(let found?) = document(lines[index], in: file) else { return nil }
                    return transform(ClassificationPass.Input(article: found.1))
                }
                body(results.compactMap { $0 })
            }
        }
    }
}
