/// The condition of a policy, as written in YAML: a mapping with exactly one key, a test (`tag`, `finding`,
/// `share`) or a combinator (`all`, `any`, `not`) of other conditions.
public indirect enum PolicyCondition: Sendable, Decodable {
    /// The article has a tag of `classifier` (with `label`, when given) scoring at least `minScore`.
    case tag(TagTest)
    /// The article has a finding of `kind` (any, when not given) at `severity` or above.
    case finding(FindingTest)
    /// The share of the article's body or content lines that `lines` selects passes a threshold.
    case share(ShareTest)
    case all([PolicyCondition])
    case any([PolicyCondition])
    case not(PolicyCondition)

    enum CodingKeys: String, CodingKey, CaseIterable { case tag, finding, share, all, any, not }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
        let present = CodingKeys.allCases.filter(container.contains)
        guard present.count == 1, let key = present.first else {
            let allowed = CodingKeys.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
            let found = present.isEmpty ? "none" : present.map { "'\($0.rawValue)'" }.joined(separator: " and ")
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                debugDescription: "a condition takes exactly one of \(allowed); found \(found)"))
        }
        switch key {
        case .tag: self = .tag(try container.decode(TagTest.self, forKey: key))
        case .finding: self = .finding(try container.decode(FindingTest.self, forKey: key))
        case .share: self = .share(try container.decode(ShareTest.self, forKey: key))
        case .all: self = .all(try container.decode([PolicyCondition].self, forKey: key))
        case .any: self = .any(try container.decode([PolicyCondition].self, forKey: key))
        case .not: self = .not(try container.decode(PolicyCondition.self, forKey: key))
        }
    }

    /// `tag: {classifier: topic, label: security, min_score: 3}`; without `label`, any label of the classifier.
    public struct TagTest: Sendable, Decodable {
        enum CodingKeys: String, CodingKey, CaseIterable {
            case classifier, label
            case minScore = "min_score"
        }

        public let classifier: Located<String>
        public let label: Located<String>?
        public let minScore: Double?

        public init(from decoder: any Decoder) throws {
            let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
            classifier = try container.decode(Located<String>.self, forKey: .classifier)
            label = try container.decodeIfPresent(Located<String>.self, forKey: .label)
            minScore = try container.decodeIfPresent(Double.self, forKey: .minScore)
        }
    }

    /// `finding: {kind: no-content, severity: warning, classifier: topic}`: every key is optional; `severity`
    /// means that severity or above.
    public struct FindingTest: Sendable, Decodable {
        enum CodingKeys: String, CodingKey, CaseIterable { case kind, severity, classifier }

        public let kind: Located<String>?
        public let severity: Severity?
        public let classifier: Located<String>?

        public init(from decoder: any Decoder) throws {
            let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
            kind = try container.decodeIfPresent(Located<String>.self, forKey: .kind)
            severity = try container.decodeIfPresent(Severity.self, forKey: .severity)
            classifier = try container.decodeIfPresent(Located<String>.self, forKey: .classifier)
        }
    }

    /// `share: {lines: boilerplate, of: body, above: 0.2, min_lines: 3}`: of the lines of `of`, the share that
    /// `lines` selects is `above` (more than) or `at_least` a fraction from 0 to 1; `min_lines` also asks for
    /// that many selected lines.
    public struct ShareTest: Sendable, Decodable {
        enum CodingKeys: String, CodingKey, CaseIterable {
            case lines, of, above
            case atLeast = "at_least"
            case minLines = "min_lines"
        }

        /// The lines a share is taken of.
        public enum Base: String, Sendable, Decodable, CaseIterable {
            /// Every non-blank line.
            case article
            /// Non-blank lines from the first content line to the last: page chrome above and below the story
            /// is cut off, chrome left inside it is not.
            case body
            /// Non-blank lines no boilerplate-role classifier tagged.
            case content

            public init(from decoder: any Decoder) throws {
                self = try decodeEnumCase(from: decoder, what: "line set")
            }
        }

        public let lines: Located<LineSelector>
        public let of: Base
        public let above: Located<Double>?
        public let atLeast: Located<Double>?
        public let minLines: Int?

        public init(from decoder: any Decoder) throws {
            let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
            lines = try container.decode(Located<LineSelector>.self, forKey: .lines)
            of = try container.decode(Base.self, forKey: .of)
            above = try container.decodeIfPresent(Located<Double>.self, forKey: .above)
            atLeast = try container.decodeIfPresent(Located<Double>.self, forKey: .atLeast)
            minLines = try container.decodeIfPresent(Int.self, forKey: .minLines)
            guard (above == nil) != (atLeast == nil) else {
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                    debugDescription: "a share takes exactly one threshold, 'above' or 'at_least'"))
            }
        }
    }

    /// Which lines a share counts: `boilerplate`, `other-language` (tagged by a language-role classifier with
    /// another label than the article's language), or `{classifier: NAME, label: LABEL}` (label optional).
    public enum LineSelector: Sendable, Decodable {
        case boilerplate
        case otherLanguage
        case tagged(classifier: Located<String>, label: Located<String>?)

        enum CodingKeys: String, CodingKey, CaseIterable { case classifier, label }

        public init(from decoder: any Decoder) throws {
            if let word = try? decoder.singleValueContainer().decode(String.self) {
                switch word {
                case "boilerplate": self = .boilerplate
                case "other-language": self = .otherLanguage
                default:
                    throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                        debugDescription: "unknown line set '\(word)'; expected 'boilerplate', 'other-language' or {classifier: NAME, label: LABEL}"))
                }
                return
            }
            let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
            self = .tagged(classifier: try container.decode(Located<String>.self, forKey: .classifier),
                           label: try container.decodeIfPresent(Located<String>.self, forKey: .label))
        }
    }
}
