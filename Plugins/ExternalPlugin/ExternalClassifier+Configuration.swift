import TagDeskCore

extension ExternalClassifier {
    /// One label an external command may give: declared in the rule file so review, lint and `check` know it.
    public typealias Label = DescribedLabel

    /// The `settings:` of an external rule: the command to run and how.
    public struct Settings: Decodable, Sendable {
        enum CodingKeys: String, CodingKey, CaseIterable {
            case command, env
            case timeoutMS = "timeout_ms"
            case workers
        }

        /// The program and its arguments; run in the rule file's folder, so relative paths are relative to it.
        public let command: Located<[String]>?
        /// Variables added to the environment TagDesk runs in.
        public let env: [String: String]
        /// The most one article may take, in milliseconds, before the command is stopped.
        public let timeoutMS: Located<Int>?
        /// How many copies of the command classify at once.
        public let workers: Located<Int>?

        public init(from decoder: any Decoder) throws {
            let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
            command = try container.decodeIfPresent(Located<[String]>.self, forKey: .command)
            env = try container.decodeIfPresent([String: String].self, forKey: .env) ?? [:]
            timeoutMS = try container.decodeIfPresent(Located<Int>.self, forKey: .timeoutMS)
            workers = try container.decodeIfPresent(Located<Int>.self, forKey: .workers)
        }
    }
}
