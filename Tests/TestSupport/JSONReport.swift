import Foundation

/// The document `tagdesk classify --format json` prints, read with `JSONSerialization` (not the product's
/// types) so the tests check the JSON itself: `{"articles": [{id, path, sha256, language, tags, findings}]}`.
public struct JSONReport: Sendable {
    public struct Evidence: Sendable, Hashable {
        public let line: Int
        public let text: String

        public init(line: Int, text: String) {
            self.line = line
            self.text = text
        }
    }

    public struct Tag: Sendable {
        public let label: String
        public let score: Double
        /// Inclusive line ranges; `nil` when the JSON object has no `lines` key (article-scoped tags).
        public let lines: [ClosedRange<Int>]?
        public let evidence: [Evidence]
        public let source: String
        /// Every key of the JSON object.
        public let keys: Set<String>

        /// Every line number `lines` covers.
        public var lineNumbers: Set<Int> { Set((lines ?? []).flatMap { Array($0) }) }
    }

    public struct Finding: Sendable, Hashable {
        public let kind: String
        public let severity: String
        public let lines: [ClosedRange<Int>]
        public let message: String

        public init(kind: String, severity: String, lines: [ClosedRange<Int>], message: String) {
            self.kind = kind
            self.severity = severity
            self.lines = lines
            self.message = message
        }
    }

    public struct Article: Sendable {
        public let id: String
        public let path: String
        public let sha256: String
        public let language: String?
        /// Tags by classifier name.
        public let tags: [String: [Tag]]
        public let findings: [Finding]
        public let keys: Set<String>

        /// The tags of one classifier; throws if the article has no entry for it.
        public func tags(_ classifier: String) throws -> [Tag] {
            guard let tags = tags[classifier] else { throw TestSupportError("\(id) has no tags for '\(classifier)'") }
            return tags
        }

        /// The lines of every boilerplate-classifier tag.
        public var boilerplateLines: Set<Int> {
            Set((tags["boilerplate"] ?? []).flatMap { $0.lineNumbers })
        }
    }

    public let articles: [Article]

    /// Parses one JSON document; throws on anything that is not the documented shape.
    public init(json data: Data) throws {
        let root = try JSONSerialization.jsonObject(with: data)
        let document = try Self.object(root, "document")
        articles = try Self.array(document["articles"], "articles").enumerated().map { index, value in
            try Self.article(value, "articles[\(index)]")
        }
    }

    public func article(_ id: String) throws -> Article {
        guard let article = articles.first(where: { $0.id == id }) else {
            throw TestSupportError("no article '\(id)' in the JSON report; it has \(articles.map(\.id))")
        }
        return article
    }

    // MARK: Parsing

    private static func article(_ value: Any?, _ path: String) throws -> Article {
        let object = try object(value, path)
        let tagsObject = try Self.object(object["tags"], path + ".tags")
        var tags: [String: [Tag]] = [:]
        for (classifier, list) in tagsObject {
            tags[classifier] = try array(list, "\(path).tags.\(classifier)").enumerated().map { index, value in
                try tag(value, "\(path).tags.\(classifier)[\(index)]")
            }
        }
        let language: String?
        switch object["language"] {
        case is NSNull, nil: language = nil
        case let value: language = try string(value, path + ".language")
        }
        return Article(
            id: try string(object["id"], path + ".id"),
            path: try string(object["path"], path + ".path"),
            sha256: try string(object["sha256"], path + ".sha256"),
            language: language,
            tags: tags,
            findings: try array(object["findings"], path + ".findings").enumerated().map { index, value in
                try finding(value, "\(path).findings[\(index)]")
            },
            keys: Set(object.keys))
    }

    private static func tag(_ value: Any?, _ path: String) throws -> Tag {
        let object = try object(value, path)
        return Tag(
            label: try string(object["label"], path + ".label"),
            score: try number(object["score"], path + ".score"),
            lines: try object["lines"].map { try ranges($0, path + ".lines") },
            evidence: try array(object["evidence"], path + ".evidence").enumerated().map { index, value in
                let item = try Self.object(value, "\(path).evidence[\(index)]")
                return Evidence(line: try integer(item["line"], "\(path).evidence[\(index)].line"),
                                text: try string(item["text"], "\(path).evidence[\(index)].text"))
            },
            source: try string(object["source"], path + ".source"),
            keys: Set(object.keys))
    }

    private static func finding(_ value: Any?, _ path: String) throws -> Finding {
        let object = try object(value, path)
        return Finding(kind: try string(object["kind"], path + ".kind"),
                       severity: try string(object["severity"], path + ".severity"),
                       lines: try ranges(object["lines"], path + ".lines"),
                       message: try string(object["message"], path + ".message"))
    }

    private static func ranges(_ value: Any?, _ path: String) throws -> [ClosedRange<Int>] {
        try array(value, path).enumerated().map { index, pair in
            let bounds = try array(pair, "\(path)[\(index)]").enumerated().map { try integer($1, "\(path)[\(index)][\($0)]") }
            guard bounds.count == 2, bounds[0] >= 1, bounds[0] <= bounds[1] else {
                throw TestSupportError("\(path)[\(index)] is \(bounds), expected [start, end] with 1 <= start <= end")
            }
            return bounds[0]...bounds[1]
        }
    }

    private static func object(_ value: Any?, _ path: String) throws -> [String: Any] {
        guard let object = value as? [String: Any] else { throw TestSupportError("\(path) is not a JSON object") }
        return object
    }

    private static func array(_ value: Any?, _ path: String) throws -> [Any] {
        guard let array = value as? [Any] else { throw TestSupportError("\(path) is not a JSON array") }
        return array
    }

    private static func string(_ value: Any?, _ path: String) throws -> String {
        guard let string = value as? String else { throw TestSupportError("\(path) is not a JSON string") }
        return string
    }

    private static func integer(_ value: Any?, _ path: String) throws -> Int {
        guard let number = value as? NSNumber, number.doubleValue == Double(number.intValue) else {
            throw TestSupportError("\(path) is not an integer")
        }
        return number.intValue
    }

    private static func number(_ value: Any?, _ path: String) throws -> Double {
        guard let number = value as? NSNumber else { throw TestSupportError("\(path) is not a number") }
        return number.doubleValue
    }
}
