import Foundation
import Yams

/// Reads and writes tag files: writes only when the bytes change, atomically (temporary file, flush, rename).
public struct TagFileStore: Sendable {
    public static let header = """
        # TagDesk tag file, written by 'tagdesk classify'. Tags with 'source: rules' are rewritten on every pass.
        # Add human decisions under 'decisions:' (see README, "Tag files"); a pass never overwrites them.

        """

    public init() {}

    /// The YAML text of a tag file, byte for byte the same for the same content.
    public func encode(_ file: TagFile) throws -> String {
        var text = try Yams.serialize(node: file.yamlNode, width: -1, allowUnicode: true)
        if let raw = file.decisionsText, let generated = Self.section("decisions", in: text) {
            text.replaceSubrange(generated, with: raw)
        }
        return TagFileStore.header + text
    }

    /// The lines of a top-level section, from its key to the next top-level key.
    static func section(_ key: String, in text: String) -> Range<String.Index>? {
        var start: String.Index?
        var index = text.startIndex
        while index < text.endIndex {
            let end = text[index...].firstIndex(of: "\n").map { text.index(after: $0) } ?? text.endIndex
            let line = text[index..<end]
            if let first = start {
                if let character = line.first, character.isLetter { return first..<index }
            } else if line.hasPrefix(key + ":") {
                start = index
            }
            index = end
        }
        return start.map { $0..<text.endIndex }
    }

    /// The tag file at `url`, or `nil` if there is none.
    /// - Throws: a `Diagnostic` at the offending line when the file exists but cannot be read as a tag file.
    public func read(_ url: URL, displayPath: String) throws(Diagnostic) -> TagFile? {
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        guard let data = try? Data(contentsOf: url) else {
            throw Diagnostic(file: displayPath, location: nil, message: "cannot read tag file; it was left as it is")
        }
        guard let source = String(validating: [UInt8](data), as: UTF8.self) else {
            throw Diagnostic(file: displayPath, location: nil, message: "tag file is not valid UTF-8; it was left as it is")
        }
        do throws(DiagnosticList) {
            let document = try RuleDocument(file: displayPath, source: source)
            var file = try document.decode(TagFile.self, at: YAMLPath())
            if let range = Self.section("decisions", in: source) {
                var raw = String(source[range])
                if !raw.hasSuffix("\n") { raw += "\n" }
                file.decisionsText = raw
            }
            let unknown = document.unknownKeyDiagnostics()
            if !unknown.isEmpty { throw DiagnosticList(unknown) }
            return file
        } catch {
            var first = error.diagnostics.first ?? Diagnostic(file: displayPath, location: nil, message: "unreadable tag file")
            first.message += "; the tag file was left as it is"
            throw first
        }
    }

    /// What `write` did.
    public enum WriteOutcome: String, Sendable {
        case created, updated, unchanged
    }

    /// Encodes and writes a tag file; with `dryRun`, only says what writing would do.
    public func save(_ file: TagFile, to url: URL, displayPath: String, dryRun: Bool) throws(Diagnostic) -> WriteOutcome {
        let text: String
        do {
            text = try encode(file)
        } catch {
            throw Diagnostic(file: displayPath, location: nil, message: "cannot encode tag file: \(error)")
        }
        guard dryRun else { return try write(text, to: url, displayPath: displayPath) }
        let current = FileManager.default.contents(atPath: url.path).map { [UInt8]($0) }
        return current == nil ? .created : current == Array(text.utf8) ? .unchanged : .updated
    }

    /// Writes `text` to `url` unless the file already holds exactly these bytes.
    public func write(_ text: String, to url: URL, displayPath: String) throws(Diagnostic) -> WriteOutcome {
        let bytes = Array(text.utf8)
        let existing = FileManager.default.contents(atPath: url.path).map { [UInt8]($0) }
        if existing == bytes { return .unchanged }
        let directory = url.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
        let fd = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw failure(displayPath, errno) }
        var written = 0
        let ok: Bool = bytes.withUnsafeBytes { buffer in
            while written < buffer.count {
                let n = Foundation.write(fd, buffer.baseAddress! + written, buffer.count - written)
                if n <= 0 { return false }
                written += n
            }
            return fsync(fd) == 0
        }
        let code = errno
        close(fd)
        guard ok, rename(temporary.path, url.path) == 0 else {
            let renameCode = errno
            unlink(temporary.path)
            throw failure(displayPath, ok ? renameCode : code)
        }
        return existing == nil ? .created : .updated
    }

    private func failure(_ path: String, _ code: Int32) -> Diagnostic {
        Diagnostic(file: path, location: nil,
                   message: "cannot write tag file (\(String(cString: strerror(code)))); nothing was changed")
    }
}
