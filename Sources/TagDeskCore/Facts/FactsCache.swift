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
        var lines: [UInt8] = []
        for id in corpus.articleIDs {
            for path in [corpus.articleFile(id), corpus.decisionsFile(id)] {
                var info = stat()
                guard lstat(path, &info) == 0 else { continue }
                lines += Array("\(path.dropFirst(corpus.root.count))\t\(info.st_size)\t\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)\t\(info.st_ino)\n".utf8)
            }
        }
        corpusSignature = ContentDigest.sha256(lines)
    }

    private func url(_ classifier: String) -> URL { folder.appendingPathComponent("\(classifier).facts") }

    private func header(_ classifier: Classifier, fingerprint: String) -> String {
        "tagdesk-facts 1 \(classifier.name) \(fingerprint) \(corpusSignature)\n"
    }

    /// The cached facts, if they were computed with this fingerprint over the corpus as it is now.
    public func read(_ classifier: Classifier, fingerprint: String) -> ClassifierFacts? {
        guard let bytes = try? RegularFile.read(url(classifier.name), limit: 1 << 30) else { return nil }
        let expected = Array(header(classifier, fingerprint: fingerprint).utf8)
        guard bytes.starts(with: expected) else { return nil }
        return classifier.decodeFacts(Array(bytes[expected.count...]))
    }

    /// Stores facts; a cache that cannot be written is only slower next time.
    public func write(_ facts: ClassifierFacts, of classifier: Classifier, fingerprint: String) {
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try? AtomicFile.write(Array(header(classifier, fingerprint: fingerprint).utf8) + classifier.encode(facts), to: url(classifier.name))
    }
}
