import Foundation

/// The `--format json` document: `{"articles": [{id, path, sha256, language, tags, findings}]}`, keys sorted.
public struct JSONReporter: Sendable {
    private struct Document: Encodable {
        let articles: [ArticleEntry]
    }

    private struct ArticleEntry: Encodable {
        let id: String
        let path: String
        let sha256: String
        let language: String?
        let tags: [String: [Tag]]
        let findings: [Finding]

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: AnyCodingKey.self)
            try container.encode(id, forKey: AnyCodingKey(stringValue: "id"))
            try container.encode(path, forKey: AnyCodingKey(stringValue: "path"))
            try container.encode(sha256, forKey: AnyCodingKey(stringValue: "sha256"))
            if let language {
                try container.encode(language, forKey: AnyCodingKey(stringValue: "language"))
            } else {
                try container.encodeNil(forKey: AnyCodingKey(stringValue: "language"))
            }
            try container.encode(tags, forKey: AnyCodingKey(stringValue: "tags"))
            try container.encode(findings, forKey: AnyCodingKey(stringValue: "findings"))
        }
    }

    public init() {}

    public func render(_ results: [ArticleResult]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let document = Document(articles: results.map {
            ArticleEntry(id: $0.id, path: $0.path, sha256: $0.sha256, language: $0.language, tags: $0.tags, findings: $0.findings)
        })
        let data = (try? encoder.encode(document)) ?? Data("{\"articles\": []}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
