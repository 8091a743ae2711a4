import Foundation

/// What people say the articles of a corpus are, read from a gold file, for `tagdesk eval` to score the rules
/// against.
///
/// Per article: `labels` (classifier → labels of the article; `language` is the article's language) and
/// `lines` (a target → line ranges: a classifier, any of its labels; `classifier/label`; or `finding/KIND`).
public struct GoldStandard: Sendable {
    public struct Article: Decodable, Sendable {
        enum CodingKeys: String, CodingKey, CaseIterable {
            case labels, lines
        }

        public let labels: [String: [String]]
        public let lines: [String: [LineRange]]

        public init(labels: [String: [String]], lines: [String: [LineRange]]) {
            self.labels = labels
            self.lines = lines
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
            labels = try container.decodeIfPresent([String: [String]].self, forKey: .labels) ?? [:]
            lines = try container.decodeIfPresent([String: [LineRange]].self, forKey: .lines) ?? [:]
        }
    }

    private struct File: Decodable {
        enum CodingKeys: String, CodingKey, CaseIterable {
            case articles
        }

        let articles: [String: Article]

        init(from decoder: any Decoder) throws {
            let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
            articles = try container.decode([String: Article].self, forKey: .articles)
        }
    }

    /// By article id.
    public let articles: [String: Article]

    public init(articles: [String: Article]) {
        self.articles = articles
    }

    /// Reads a gold file; every problem is located in it.
    public init(contentsOf url: URL, displayPath: String) throws(DiagnosticList) {
        guard let data = try? Data(contentsOf: url) else {
            throw DiagnosticList([Diagnostic(file: displayPath, location: nil, message: "cannot read the gold file; pass an existing file")])
        }
        guard let source = String(validating: data, as: UTF8.self) else {
            throw DiagnosticList([Diagnostic(file: displayPath, location: nil, message: "the gold file is not UTF-8")])
        }
        let document = try RuleDocument(file: displayPath, source: source)
        let file = try document.decode(File.self, at: YAMLPath())
        let unknown = document.unknownKeyDiagnostics()
        if !unknown.isEmpty { throw DiagnosticList(unknown) }
        articles = file.articles
    }
}
