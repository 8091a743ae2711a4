import Crypto
import Foundation

/// Corpus-wide facts kept in the corpus's `.tagdesk/facts/` folder, one file per collecting classifier, keyed by
/// the classifier's fingerprint and a signature of the corpus files (names, sizes, modification times): facts
/// from other rules or another state of the corpus are never used.
///
/// A run over named articles (`show ID`, the review REPL) checks only the names and inodes of the corpus's files
/// (`CorpusNameStamp`): an article added, removed or replaced by a rename is seen without a `stat` per file; one
/// edited in place is seen by the next full pass, which checks every file (tag files record the facts they used,
/// so what was classified meanwhile is classified again if the facts changed).
public struct FactsCache: Sendable {
    public let folder: URL
    /// The corpus's state as `Check.everyFile` and `Check.names` see it, computed when asked.
    private let signature: @Sendable () -> String
    private let names: @Sendable () -> String

    /// How a cached file is checked against the corpus.
    public enum Check: Sendable {
        /// Every article's and decisions file's name, size, modification time and inode.
        case everyFile
        /// Only the names and inodes of articles and decisions files.
        case names
    }

    /// The cache of the corpus at `directory` in the state `corpusSignature` names (see `ArticleSource`); both
    /// checks compare that signature.
    public init(directory: URL, corpusSignature: String) {
        folder = directory.appendingPathComponent(".tagdesk/facts", isDirectory: true)
        signature = { corpusSignature }
        names = { corpusSignature }
    }

    public init(corpus: Corpus) {
        folder = corpus.directory.appendingPathComponent(".tagdesk/facts", isDirectory: true)
        signature = { Self.signature(of: corpus) }
        names = { CorpusNameStamp.of(root: corpus.root) }
    }

    /// A digest of every article's and decisions file's name, size, modification time and inode.
    static func signature(of corpus: Corpus) -> String {
        var hasher = SHA256()
        // Each name is looked up in an open folder (`fstatat`), not walked from the root: a tenth of the time.
        var folders: [Substring: Int32] = [:]
        defer { for fd in folders.values where fd >= 0 { close(fd) } }
        let withDecisions = corpus.articlesWithDecisions
        for id in corpus.articleIDs {
            let slash = id.lastIndex(of: "/")
            let folder = slash.map { id[..<$0] } ?? ""
            let base = slash.map { id[id.index(after: $0)...] } ?? id[...]
            let fd = folders[folder] ?? {
                let opened = open(corpus.root + folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
                folders[folder] = opened
                return opened
            }()
            let names = withDecisions.contains(id) ? [String(base) + ".txt", String(base) + ".decisions.yaml"] : [String(base) + ".txt"]
            for name in names {
                var info = stat()
                guard fd >= 0, fstatat(fd, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { continue }
                hasher.update(data: Array("\(folder)/\(name)\t\(info.st_size)\t\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)\t\(info.st_ino)\n".utf8))
            }
        }
        return ContentDigest.hex(hasher.finalize())
    }

    /// The whole facts, or the part of shard `K/N` (`parts/NAME.K-of-N.facts`).
    private func url(_ classifier: String, shard: Shard? = nil) -> URL {
        guard let shard else { return folder.appendingPathComponent("\(classifier).facts") }
        return folder.appendingPathComponent("parts/\(classifier).\(shard.index)-of-\(shard.count).facts")
    }

    private func header(_ classifier: Classifier, fingerprint: String, signature: String, names: String, shard: Shard?) -> String {
        let part = shard.map { " part \($0.index)/\($0.count)" } ?? ""
        return "tagdesk-facts 3 \(classifier.name) \(fingerprint) \(signature) \(names)\(part)\n"
    }

    /// The cached facts (or the part of one shard), if they were computed with this fingerprint over the corpus
    /// as it is now (as far as `check` tells).
    public func read(_ classifier: Classifier, fingerprint: String, shard: Shard? = nil, check: Check = .everyFile) -> ClassifierFacts? {
        guard let bytes = try? RegularFile.read(url(classifier.name, shard: shard), limit: 1 << 30),
              let end = bytes.firstIndex(of: 0x0A) else { return nil }
        let line = String(decoding: bytes[...end], as: UTF8.self)
        let words = line.dropLast().split(separator: " ")
        guard words.count >= 6 else { return nil }
        let (stored, storedNames) = (String(words[4]), String(words[5]))
        guard line == header(classifier, fingerprint: fingerprint, signature: stored, names: storedNames, shard: shard) else { return nil }
        switch check {
        case .everyFile: guard stored == self.signature() else { return nil }
        case .names: guard storedNames == self.names() else { return nil }
        }
        let body = Array(bytes[(end + 1)...])
        guard var facts = classifier.decodeFacts(body) else { return nil }
        if shard == nil { facts.significantBytes = body }
        return facts
    }

    /// Stores facts (or one shard's part, whole, for `facts merge`); the whole corpus's facts are stored without
    /// what cannot change a tag, which keeps them small to read. A cache that cannot be written is only slower next time.
    @discardableResult
    public func write(_ facts: ClassifierFacts, of classifier: Classifier, fingerprint: String, shard: Shard? = nil) -> Bool {
        let target = url(classifier.name, shard: shard)
        let header = header(classifier, fingerprint: fingerprint, signature: signature(), names: names(), shard: shard)
        try? FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        do {
            try AtomicFile.write(Array(header.utf8) + (shard == nil ? classifier.encodeSignificant(facts) : classifier.encode(facts)), to: target)
            return true
        } catch {
            return false
        }
    }
}
