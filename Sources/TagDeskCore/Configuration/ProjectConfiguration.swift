import Foundation

/// `tagdesk.yaml` at the corpus root: defaults for `corpus`, `rules` and `format`, found from the current folder
/// upwards as SwiftLint finds `.swiftlint.yml`. Paths in it are relative to the file's folder; options given on
/// the command line win.
public struct ProjectConfiguration: Sendable {
    public static let fileName = "tagdesk.yaml"

    /// The folder holding the file.
    public let folder: URL
    /// The file as displayed (relative to the current folder when below it).
    public let displayPath: String
    public let corpus: String?
    public let rules: String?
    public let format: ReportFormat?

    private struct File: Decodable {
        enum CodingKeys: String, CodingKey, CaseIterable { case corpus, rules, format }
        let corpus: String?
        let rules: String?
        let format: Located<String>?

        init() {
            corpus = nil
            rules = nil
            format = nil
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
            corpus = try container.decodeIfPresent(String.self, forKey: .corpus)
            rules = try container.decodeIfPresent(String.self, forKey: .rules)
            format = try container.decodeIfPresent(Located<String>.self, forKey: .format)
        }
    }

    /// The nearest `tagdesk.yaml` in `start` or a folder above it, or `nil` when there is none.
    /// - Throws: every problem of the file, located, when it is not a valid configuration.
    public static func find(from start: URL) throws(DiagnosticList) -> ProjectConfiguration? {
        var folder = start.standardizedFileURL
        while true {
            let candidate = folder.appendingPathComponent(fileName)
            if RegularFile.exists(candidate.path) {
                let display = folder.path == start.standardizedFileURL.path ? fileName : relativePath(of: candidate, from: start)
                return try read(candidate, displayPath: display)
            }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { return nil }
            folder = parent
        }
    }

    static func read(_ url: URL, displayPath: String) throws(DiagnosticList) -> ProjectConfiguration {
        guard let data = try? Data(contentsOf: url), let source = String(data: data, encoding: .utf8) else {
            throw DiagnosticList([Diagnostic(file: displayPath, location: nil, message: "cannot read the file as UTF-8 text")])
        }
        let file: File
        let blank = source.split(whereSeparator: \.isNewline).allSatisfy { line in
            let text = line.trimmingCharacters(in: .whitespaces)
            return text.isEmpty || text.hasPrefix("#")
        }
        if blank {
            file = File()
        } else {
            let document = try RuleDocument(file: displayPath, source: source)
            file = try document.decode(File.self, at: YAMLPath())
            var problems = document.unknownKeyDiagnostics()
            if let format = file.format, ReportFormat(rawValue: format.value) == nil {
                let known = ReportFormat.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
                problems.append(Diagnostic(file: displayPath, location: SourceLocation(file: displayPath, line: format.line, column: format.column),
                                           message: "unknown format '\(format.value)'; expected one of \(known)",
                                           snippet: Snippet.caret(in: source, line: format.line, column: format.column)))
            }
            if !problems.isEmpty { throw DiagnosticList(problems) }
        }
        return ProjectConfiguration(folder: url.deletingLastPathComponent(), displayPath: displayPath, corpus: file.corpus,
                                    rules: file.rules, format: file.format.flatMap { ReportFormat(rawValue: $0.value) })
    }

    /// A path of the file (`corpus` or `rules`) as seen from `start`: relative, `../` where needed.
    public func path(_ value: String, from start: URL) -> String {
        guard !value.hasPrefix("/") else { return value }
        return Self.relativePath(of: folder.appendingPathComponent(value), from: start)
    }

    static func relativePath(of target: URL, from start: URL) -> String {
        let to = target.standardizedFileURL.pathComponents
        let from = start.standardizedFileURL.pathComponents
        let common = zip(to, from).prefix { $0 == $1 }.count
        let parts = Array(repeating: "..", count: from.count - common) + to.dropFirst(common)
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }
}
