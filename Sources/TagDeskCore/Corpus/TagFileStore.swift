import Foundation
import Yams

/// Reads and writes tag files: reads without following symlinks and within a size limit; writes atomically
/// (`AtomicFile`) and only when the bytes change.
public struct TagFileStore: Sendable {
    /// Tag files over this many bytes are refused.
    public static let sizeLimit = 32 * 1024 * 1024

    public static let header = """
        # TagDesk tag file, written by 'tagdesk classify' and rewritten by every pass: do not edit.
        # Human decisions go in ID.decisions.yaml beside the article (see README, "Human decisions").

        """

    public init() {}

    /// The YAML text of a tag file, byte for byte the same for the same content.
    public func encode(_ file: TagFile) -> String {
        TagFileStore.header + file.yamlText
    }

    /// The tag file at `url`, or `nil` if there is none.
    /// - Throws: a `Diagnostic` at the offending line when the file exists but cannot be read as the tag file
    ///   of `article`.
    public func read(_ url: URL, displayPath: String, article: String) throws(Diagnostic) -> TagFile? {
        try read(url.path, displayPath: displayPath, article: article)
    }

    /// `read(_:displayPath:article:)` by file system path.
    public func read(_ path: String, displayPath: String, article: String) throws(Diagnostic) -> TagFile? {
        let bytes: [UInt8]
        do {
            guard let read = try RegularFile.read(path, limit: Self.sizeLimit) else { return nil }
            bytes = read
        } catch {
            throw Diagnostic(file: displayPath, location: nil, message: "cannot read tag file: \(error); it was left as it is")
        }
        return try read(bytes: bytes, displayPath: displayPath, article: article)
    }

    /// The tag file of `article` whose bytes are `bytes`, read as `read(_:displayPath:article:)` reads a file.
    /// - Throws: a `Diagnostic` at the offending line when the bytes are not the tag file of `article`.
    public func read(bytes: [UInt8], displayPath: String, article: String) throws(Diagnostic) -> TagFile {
        guard let source = String(validating: bytes, as: UTF8.self) else {
            throw Diagnostic(file: displayPath, location: nil, message: "tag file is not valid UTF-8; it was left as it is")
        }
        do throws(DiagnosticList) {
            let document = try RuleDocument(file: displayPath, source: source)
            var file = try document.decode(TagFile.self, at: YAMLPath())
            let unknown = document.unknownKeyDiagnostics()
            if !unknown.isEmpty { throw DiagnosticList(unknown) }
            guard file.article == article else {
                throw DiagnosticList([document.error(
                    "tag file is about article '\(file.article)', not '\(article)' (copied from another article?)",
                    at: YAMLPath([.key("article")]).node(in: document.root))])
            }
            if file.legacyDecisions != nil {
                file.legacyDecisions?.text = Self.topLevelSection("decisions", of: document.root, in: source)
            }
            return file
        } catch {
            var first = error.diagnostics.first ?? Diagnostic(file: displayPath, location: nil, message: "unreadable tag file")
            first.message += "; the tag file was left as it is"
            throw first
        }
    }

    /// The tags of the tag file at `path`: read line by line when it is intact pass output (`TagFile.tags(ofIntact:)`),
    /// else through `read`; `nil` when there is no file.
    public func readTags(_ path: String, displayPath: String, article: String) throws(Diagnostic) -> [String: [Tag]]? {
        if let bytes = try? RegularFile.read(path, limit: Self.sizeLimit), TagFileHeader(bytes)?.article == article,
           let tags = TagFile.tags(ofIntact: bytes) {
            return tags
        }
        return try read(path, displayPath: displayPath, article: article)?.tags
    }

    /// What a pass needs from the tag file it is about to replace: its header (to tell whether its tags are
    /// fresh), or the decisions an earlier TagDesk kept in it. A file in this version's layout that names the
    /// article is not parsed as YAML at all; any other file is read in full, so a broken or foreign file is
    /// reported and left as it is.
    public func inspect(_ bytes: [UInt8]?, path: String, displayPath: String, article: String)
        throws(Diagnostic) -> (header: TagFileHeader?, legacy: TagFile.LegacyDecisions?) {
        guard let bytes else { return (nil, nil) }
        let decisionsKey = Array("decisions:".utf8), articleKey = Array("article:".utf8)
        var hasDecisions = false, namesArticle = false
        var start = 0
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            let line = bytes[start..<end]
            if line.starts(with: decisionsKey) { hasDecisions = true }
            if line.starts(with: articleKey) {
                let value = line.dropFirst(8).drop { $0 == 0x20 || $0 == 0x09 }
                let trimmed = value[..<((value.lastIndex { $0 != 0x20 && $0 != 0x09 }).map { $0 + 1 } ?? value.startIndex)]
                namesArticle = YAMLText.read(Substring(String(decoding: trimmed, as: UTF8.self))) == article
            }
            start = end + 1
        }
        if !hasDecisions && namesArticle {
            // Pass output: fresh if intact, else simply written again.
            return (TagFileHeader(bytes).flatMap { $0.article == article ? $0 : nil }, nil)
        }
        return (nil, try read(path, displayPath: displayPath, article: article)?.legacyDecisions)
    }

    /// The exact text of a top-level key and its value: from the key's line to the line of the next top-level key.
    static func topLevelSection(_ key: String, of root: Node, in source: String) -> String {
        guard case .mapping(let mapping) = root else { return "" }
        let keys = Array(mapping.keys)
        guard let index = keys.firstIndex(where: { $0.string == key }), let start = keys[index].mark?.line else { return "" }
        let end = index + 1 < keys.count ? keys[index + 1].mark?.line : nil
        // Split on LF bytes: a String splits "\r\n" as one character, and the text must come back byte for byte.
        var lines = Array(source.utf8).split(separator: 0x0A, omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        let last = min(lines.count, (end ?? lines.count + 1) - 1)
        guard start - 1 < last else { return "" }
        return lines[(start - 1)..<last].map { String(decoding: $0, as: UTF8.self) + "\n" }.joined()
    }

    /// What `write` did.
    public enum WriteOutcome: String, Sendable {
        case created, updated, unchanged
    }

    /// What writing `text` to `url` would do, from the bytes there now.
    /// What writing `text` over a file whose bytes have the SHA-256 `current` (`nil`: no file) would do.
    static func outcome(of text: String, current: String?) -> WriteOutcome {
        current.map { $0 == ContentDigest.sha256(Array(text.utf8)) ? .unchanged : .updated } ?? .created
    }

    public func outcome(of text: String, at path: String) -> WriteOutcome {
        guard let current = try? RegularFile.read(path, limit: Self.sizeLimit) else {
            return RegularFile.exists(path) ? .updated : .created
        }
        return current == Array(text.utf8) ? .unchanged : .updated
    }

    /// Writes `text` to `url` unless the file already holds exactly these bytes. Hold the corpus lock.
    public func write(_ text: String, to url: URL, displayPath: String) throws(Diagnostic) -> WriteOutcome {
        try write(text, to: url.path, displayPath: displayPath)
    }

    /// `write(_:to:displayPath:)` by file system path.
    public func write(_ text: String, to path: String, displayPath: String) throws(Diagnostic) -> WriteOutcome {
        let (outcome, pending) = try stage(text, to: path, displayPath: displayPath)
        if let pending, let failure = AtomicFile.commit([pending]).first?.1 {
            throw Self.failure(displayPath, failure)
        }
        return outcome
    }

    /// The first half of a batched write: what writing would do and, unless the bytes are already there, the
    /// staged temporary file for `AtomicFile.commit`.
    /// - Parameter current: the SHA-256 of the bytes at `path` when the caller knows them (`.some(nil)`: no
    ///   file), so they need not be read again; `nil` reads them.
    public func stage(_ text: String, to path: String, displayPath: String,
                      current: String?? = nil) throws(Diagnostic) -> (WriteOutcome, AtomicFile.PendingWrite?) {
        let outcome: WriteOutcome
        if let current {
            outcome = Self.outcome(of: text, current: current)
        } else {
            outcome = self.outcome(of: text, at: path)
        }
        guard outcome != .unchanged else { return (.unchanged, nil) }
        do {
            return (outcome, try AtomicFile.stage(Array(text.utf8), to: path))
        } catch {
            throw Self.failure(displayPath, error)
        }
    }

    static func failure(_ displayPath: String, _ error: AtomicFileError) -> Diagnostic {
        Diagnostic(file: displayPath, location: nil, message: "cannot write tag file (\(error)); nothing was changed")
    }
}
