/// The JSON objects of the external plugin protocol (version 1), one per line; `schema/tagdesk-external-plugin.schema.json`
/// describes them for plugin authors.
enum ProtocolMessages {
    /// The protocol version TagDesk speaks.
    static let version = 1

    /// The first line TagDesk writes: which classifier the command serves and what it may answer.
    struct Hello: Encodable {
        let type = "hello"
        let `protocol` = ProtocolMessages.version
        let classifier: String
        let scope: String
        let multiLabel: Bool
        let labels: [String]

        enum CodingKeys: String, CodingKey {
            case type, `protocol`, classifier, scope, labels
            case multiLabel = "multi_label"
        }
    }

    /// The command's answer to `Hello`: who it is; its version goes into the classifier's fingerprint.
    struct HelloReply: Decodable {
        let type: String
        let `protocol`: Int
        let name: String
        let version: String
        let capabilities: Capabilities?
    }

    /// What the command says it can do; every key is optional.
    struct Capabilities: Decodable {
        /// The labels the command can give; when present, every label of the rule file must be among them.
        let labels: [String]?
    }

    /// One article to classify: its visible content lines (boilerplate and repeated lines hidden, blank lines left
    /// out), its language, and the tags of the classifiers it depends on.
    struct Request: Encodable {
        let type = "classify"
        let id: String
        let language: String?
        let lines: [Line]
        let priorTags: [String: [PriorTag]]

        enum CodingKeys: String, CodingKey {
            case type, id, language, lines
            case priorTags = "prior_tags"
        }
    }

    /// A line of an article as the command sees it.
    struct Line: Encodable {
        let n: Int
        let text: String
    }

    /// A tag of an earlier classifier.
    struct PriorTag: Encodable {
        let label: String
        let score: Double
        /// `[start, end]` ranges, for line and paragraph scope.
        let lines: [[Int]]?
    }

    /// The command's answer to one `Request`: tags, or an error it could report itself.
    struct Reply: Decodable {
        let type: String
        let id: String?
        let tags: [ReplyTag]?
        let message: String?
    }

    /// One tag in a reply.
    struct ReplyTag: Decodable {
        let label: String
        let score: Double?
        /// The line numbers the label covers (line and paragraph scope).
        let lines: [Int]?
        let evidence: [ReplyEvidence]?
    }

    /// Why a tag was given: a line and the text there that decided.
    struct ReplyEvidence: Decodable {
        let line: Int
        let text: String
    }

    /// The last line TagDesk writes before closing the command's input.
    struct Shutdown: Encodable {
        let type = "shutdown"
    }
}
