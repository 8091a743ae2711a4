import Crypto
import Foundation

/// Corpus-wide facts kept in the corpus's `.tagdesk/facts/` folder, one file per collecting classifier, keyed by
/// the classifier's fingerprint and a signature of the corpus files (names, sizes, modification times): facts
/// from other rules or another state of the corpus are never used.
public struct FactsCache: Sendable {
    public let folder: URL
    /// A digest of every article's and decisions file's name, size and modification time.
    public let corpusSignature: String

    /// The cache of the corpus at `directory` in the state `corpusSignature` names (see `ArticleSource`).
    public init(directory: URL, corpusSignature: String) {
        folder = directory.appendingPathComponent(".tagdesk/facts", isDirectory: true)
        self.corpusSignature = corpusSignature
    }

    public init(corpus: Corpus) {
        folder = corpus.directory.appendingPathComponent(".tagdesk/facts", isDirectory: true)
        var hasher = SHA256()
        // Each name is looked up in an open folder (`fstatat`), not walked from the root: a tenth of the time.
        var folders: [Substring: Int32] = [:]
        defer { for fd in folders.values where fd >= 0 { close(fd) } }
        for id in corpus.articleIDs {
            let slash = id.lastIndex(of: "/")
            let folder = slash.map { id[..<$0] } ?? ""
            let base = slash.map { id[id.index(after: $0)...] } ?? id[...]
            let fd = folders[folder] ?? {
                let opened = open(corpus.root + folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
                folders[folder] = opened
                return opened
            }()
            for name in [String(base) + ".txt", String(base) + ".decisions.yaml"] {
                var info = stat()
                guard fd >= 0, fstatat(fd, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { continue }
                hasher.update(data: Array("\(folder)/\(name)\t\(info.st_size)\t\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)\t\(info.st_ino)\n".utf8))
            }
        }
        corpusSignature = ContentDigest.hex(hasher.finalize())
    }

    /// The whole facts, or the part of shard `K/N` (`parts/NAME.K-of-N.facts`).
    private func url(_ classifier: String, shard: Shard? = nil) -> URL {
        guard let shard else { return folder.appendingPathComponent("\(classifier).facts") }
        return folder.appendingPathComponent("parts/\(classifier).\(shard.index)-of-\(shard.count).facts")
    }

    private func header(_ classifier: Classifier, fingerprint: String, shard: Shard?) -> String {
        let part = shard.map { " part \($0.index)/\($0.count)" } ?? ""
        return "tagdesk-facts 1 \(classifier.name) \(fingerprint) \(corpusSignature)\(part)\n"
    }

    /// The cached facts (or the part of one shard), if they were computed with this fingerprint over the corpus
    /// as it is now.
    public func read(_ classifier: Classifier, fingerprint: String, shard: Shard? = nil) -> ClassifierFacts? {
        guard let bytes = try? RegularFile.read(url(classifier.name, shard: shard), limit: 1 << 30) else { return nil }
        let expected = Array(header(classifier, fingerprint: fingerprint, shard: shard).utf8)
        guard bytes.starts(with: expected) else { return nil }
        return classifier.decodeFacts(Array(bytes[expected.count...]))
    }

    /// Stores facts (or one shard's part); a cache that cannot be written is only slower next time.
    @discardableResult
    public func write(_ facts: ClassifierFacts, of classifier: Classifier, fingerprint: String, shard: Shard? = nil) -> Bool {
        let target = url(classifier.name, shard: shard)
        try? FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        do {
            try AtomicFile.write(Array(header(classifier, fingerprint: fingerprint, shard: shard).utf8) + classifier.encode(facts), to: target)
            return true
        } catch {
            return false
        }
    }
}
