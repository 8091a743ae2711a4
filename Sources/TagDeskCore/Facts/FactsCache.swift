import Crypto
import Foundation

/// Corpus-wide facts kept in the corpus's `.tagdesk/facts/` folder, one file per collecting classifier, keyed by
/// the classifier's fingerprint and a signature of the corpus files (names, sizes, modification times): facts
/// from other rules or another state of the corpus are never used.
public struct FactsCache: Sendable {
    public let folder: URL
    /// A digest of every article's and decisions file's name, size and modification time.
    public let corpusSignature: String

    public init(corpus: Corpus) {
        folder = corpus.directory.appendingPathComponent(".tagdesk/facts", isDirectory: true)
        var hasher = SHA256()
        for id in corpus.articleIDs {
            for path in [corpus.articleFile(id), corpus.decisionsFile(id)] {
                var info = stat()
                guard lstat(path, &info) == 0 else { continue }
                hasher.update(data: Array("\(path.dropFirst(corpus.root.count))\t\(info.st_size)\t\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)\t\(info.st_ino)\n".utf8))
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
