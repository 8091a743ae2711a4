import Foundation

/// What the last full pass found up to date, by file stamps: `.tagdesk/fresh.index`, one line per article in
/// corpus order (`SHA256 ARTICLE-STAMP TAG-FILE-STAMP DECISIONS-STAMP|- FIRED-POLICIES|- ID`) under a first line naming the rules'
/// fingerprints and the facts. A later pass under the same rules and facts that finds an article's three files
/// with the same stamps takes its tag file as fresh without reading anything, as git's index does for a
/// worktree. It is a cache: a missing or damaged index only makes a pass read every file again.
enum FreshnessIndex {
    /// One article known to be up to date, with its files' stamps at that moment.
    struct Entry: Sendable {
        let sha256: String
        let article: FileStamp
        let tagFile: FileStamp
        /// `nil` when the article has no decisions file.
        let decisions: FileStamp?
        /// The policies that fired for the article (no person decided), comma-separated in the index.
        var fired: [String] = []
    }

    static func path(in corpus: Corpus) -> String { corpus.root + ".tagdesk/fresh.index" }

    /// The first line: the index holds only for tag files computed with these fingerprints, policies and facts.
    static func header(fingerprints: [String: String], policies: String?, facts: String?) -> String {
        let key = fingerprints.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)\n" }.joined() + (facts ?? "-")
            + (policies.map { "\npolicies=" + $0 } ?? "")
        return "tagdesk-fresh 2 " + ContentDigest.sha256(Array(key.utf8)) + "\n"
    }

    /// Reads the index in corpus order, a buffer at a time, alongside the pass.
    struct Reader {
        private let lines: JSONLinesReader
        /// A line read ahead, not yet asked for: its id and its fields.
        private var pending: (id: [UInt8], fields: [ArraySlice<UInt8>])?

        /// `nil` when there is no index or it was written for other rules or facts.
        init?(corpus: Corpus, header: String) {
            guard let lines = try? JSONLinesReader(path: FreshnessIndex.path(in: corpus)),
                  case .bytes(let first, _)? = lines.next(), first.elementsEqual(header.utf8.dropLast()) else { return nil }
            self.lines = lines
        }

        /// The entry of `id`, if the index has one; ids must be asked for in corpus order.
        mutating func entry(for id: String) -> Entry? {
            var id = id
            return id.withUTF8 { wanted in
                while true {
                    if pending == nil {
                        guard case .bytes(let line, _)? = lines.next() else { return nil }
                        let fields = line.split(separator: 0x20, maxSplits: 5, omittingEmptySubsequences: false)
                        guard fields.count == 6 else { continue }
                        pending = (Array(fields[5]), Array(fields[..<5]))
                    }
                    guard let (stored, fields) = pending else { return nil }
                    if stored.lexicographicallyPrecedes(wanted) { pending = nil; continue }
                    guard stored.elementsEqual(wanted) else { return nil }
                    pending = nil
                    guard fields[0].count == 64, let article = FileStamp(bytes: fields[1]),
                          let tagFile = FileStamp(bytes: fields[2]) else { return nil }
                    let none = fields[3].elementsEqual("-".utf8)
                    let decisions = none ? nil : FileStamp(bytes: fields[3])
                    guard none || decisions != nil else { return nil }
                    let fired = fields[4].elementsEqual("-".utf8) ? []
                        : fields[4].split(separator: UInt8(ascii: ",")).map { String(decoding: $0, as: UTF8.self) }
                    return Entry(sha256: String(decoding: fields[0], as: UTF8.self), article: article, tagFile: tagFile,
                                 decisions: decisions, fired: fired)
                }
            }
        }
    }

    /// Writes a new index beside the old one, in corpus order, and puts it in place at the end.
    final class Writer {
        private let target: String
        private let partial: String
        private var fd: Int32
        private var buffer: [UInt8] = []
        private var failed = false

        init?(corpus: Corpus, header: String) {
            target = FreshnessIndex.path(in: corpus)
            partial = target + ".partial"
            try? FileManager.default.createDirectory(atPath: corpus.root + ".tagdesk", withIntermediateDirectories: true)
            fd = open(partial, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0o644)
            guard fd >= 0 else { return nil }
            buffer.append(contentsOf: header.utf8)
        }

        deinit {
            if fd >= 0 {
                close(fd)
                unlink(partial)
            }
        }

        func add(_ id: String, _ entry: Entry) {
            guard !id.contains("\n") else { return }
            let fired = entry.fired.isEmpty ? "-" : entry.fired.joined(separator: ",")
            let line = "\(entry.sha256) \(entry.article.text) \(entry.tagFile.text) \(entry.decisions?.text ?? "-") \(fired) \(id)\n"
            buffer.append(contentsOf: line.utf8)
            if buffer.count >= 1 << 16 { flush() }
        }

        private func flush() {
            var written = 0
            while written < buffer.count, !failed {
                let count = buffer.withUnsafeBytes { Foundation.write(fd, $0.baseAddress! + written, $0.count - written) }
                if count < 0 { if errno != EINTR { failed = true } } else { written += count }
            }
            buffer.removeAll(keepingCapacity: true)
        }

        /// Puts the new index in place; a write that failed leaves none (the next pass reads every file).
        func finish() {
            flush()
            close(fd)
            fd = -1
            if failed || rename(partial, target) != 0 {
                unlink(partial)
                unlink(target)
            }
        }
    }
}
