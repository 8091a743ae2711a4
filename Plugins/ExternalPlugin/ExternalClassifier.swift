import Foundation
import TagDeskCore

/// The `external` plugin: any program is a classifier, spoken to over JSON Lines on its standard input and output.
///
/// Loading the rule file starts the command and shakes hands with it (its version goes into the fingerprint);
/// then each article is one request and one reply, on up to `workers` copies of the command at once. A copy
/// that exits, hangs past `timeout_ms`, breaks the protocol or answers another article is stopped and the article
/// gets a `classifier-failed` finding; a tag with a label the rule file does not declare, or on lines the command
/// was not shown, is refused with a `refused-tag` finding. The protocol is in the README and
/// `schema/tagdesk-external-plugin.schema.json`.
public struct ExternalClassifier: ClassifierPlugin {
    public static let name = "external"
    public static let summary = "any program, spoken to over JSON Lines (one request and one reply per article)"
    public static let version = 1
    public static let scopes: Set<Scope> = [.article, .paragraph, .line]

    /// How long the handshake may take at least: a command may load a model first.
    static let handshakeTimeout = Duration.seconds(10)
    static let defaultTimeoutMS = 10_000

    private let classifier: String
    private let scope: Scope
    private let multiLabel: Bool
    private let labels: Set<String>
    private let file: String
    private let dependsOn: [String]
    private let timeout: Duration
    private let pool: WorkerPool
    /// The command's name and version from the handshake.
    private let announced: (name: String, version: String)

    public var announcedVersion: String? { "\(announced.name) \(announced.version)" }

    public init(configuration: PluginConfiguration<Label, Settings>) throws {
        let settings = configuration.settings
        guard let command = settings.command else {
            throw configuration.error("the external plugin needs a command; expected 'settings: {command: [program, argument, …]}'",
                                      line: configuration.pluginLine, column: configuration.pluginColumn)
        }
        var diagnostics: [Diagnostic] = []
        if command.value.isEmpty || command.value[0].isEmpty {
            diagnostics.append(configuration.error("expected a program to run in 'command', found an empty list", at: command))
        }
        diagnostics += [configuration.minimumProblem(settings.timeoutMS, key: "timeout_ms", minimum: 1,
                                                     consequence: "no article could be classified in time"),
                        configuration.minimumProblem(settings.workers, key: "workers", minimum: 1,
                                                     consequence: "no copy of the command would run")].compactMap { $0 }
        if !diagnostics.isEmpty { throw DiagnosticList(diagnostics) }
        classifier = configuration.classifier
        scope = configuration.scope
        multiLabel = configuration.multiLabel
        labels = Set(configuration.labels.map(\.name))
        file = configuration.file
        dependsOn = configuration.dependsOn
        timeout = .milliseconds(settings.timeoutMS?.value ?? Self.defaultTimeoutMS)
        let hello = ProtocolMessages.Hello(classifier: configuration.classifier, scope: configuration.scope.rawValue,
                                           multiLabel: configuration.multiLabel, labels: configuration.labels.map(\.name))
        let directory = configuration.directory ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let environment = settings.env
        let program = command.value
        let handshakeTimeout = max(timeout, Self.handshakeTimeout)
        let start: @Sendable () throws(PluginProcess.Failure) -> (PluginProcess, ProtocolMessages.HelloReply) = {
            () throws(PluginProcess.Failure) -> (PluginProcess, ProtocolMessages.HelloReply) in
            let process = try PluginProcess(command: program, directory: directory, environment: environment)
            do throws(PluginProcess.Failure) {
                let line = try process.exchange(Self.encode(hello), deadline: .now + handshakeTimeout)
                return (process, try Self.decodeHello(line))
            } catch {
                process.stop(grace: .zero)
                throw error
            }
        }
        let handshake: (process: PluginProcess, reply: ProtocolMessages.HelloReply)
        do throws(PluginProcess.Failure) {
            handshake = try start()
        } catch {
            throw configuration.error("the command failed its handshake: \(error.message)", at: command)
        }
        let (first, reply) = handshake
        if let offered = reply.capabilities?.labels {
            let missing = configuration.labels.filter { !offered.contains($0.name) }
            if !missing.isEmpty {
                first.stop()
                throw DiagnosticList(missing.map { label in
                    configuration.error("the command '\(reply.name)' cannot give label '\(label.name)'; it gives "
                                            + offered.map { "'\($0)'" }.joined(separator: ", "), line: label.line, column: label.column)
                })
            }
        }
        let version = reply.version
        announced = (reply.name, version)
        pool = WorkerPool(workers: settings.workers?.value ?? 1, first: first) { () throws(PluginProcess.Failure) -> PluginProcess in
            let (process, again) = try start()
            guard again.version == version else {
                process.stop()
                throw PluginProcess.Failure(message: "a new copy announced version \(again.version), the first \(version)")
            }
            return process
        }
    }

    static func encode(_ message: some Encodable) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(message)).map { [UInt8]($0) } ?? []
    }

    static func decodeHello(_ line: [UInt8]) throws(PluginProcess.Failure) -> ProtocolMessages.HelloReply {
        guard let reply = try? JSONDecoder().decode(ProtocolMessages.HelloReply.self, from: Data(line)), reply.type == "hello" else {
            throw PluginProcess.Failure(message: "expected {\"type\": \"hello\", \"protocol\": 1, \"name\", \"version\"}, found \(quote(line))")
        }
        guard reply.protocol == ProtocolMessages.version else {
            throw PluginProcess.Failure(message: "it speaks protocol \(reply.protocol); TagDesk speaks protocol \(ProtocolMessages.version)")
        }
        return reply
    }

    /// At most 80 characters of a line the command wrote, for a message.
    static func quote(_ line: [UInt8]) -> String {
        let text = String(decoding: line, as: UTF8.self)
        return "'" + (text.count > 80 ? text.prefix(80) + "…" : text) + "'"
    }

    public func classify(_ article: Article, context: ClassificationContext, facts: NoFacts) -> [Tag] {
        classifyReporting(article, context: context, facts: facts).tags
    }

    public func classifyReporting(_ article: Article, context: ClassificationContext, facts: NoFacts) -> (tags: [Tag], findings: [Finding]) {
        let lines = context.contentLines(of: article)
        guard !lines.isEmpty else { return ([], []) }
        var prior: [String: [ProtocolMessages.PriorTag]] = [:]
        for name in dependsOn {
            prior[name] = (context.priorTags[name] ?? []).map { tag in
                ProtocolMessages.PriorTag(label: tag.label, score: tag.score, lines: tag.lines?.map { [$0.start, $0.end] })
            }
        }
        let request = ProtocolMessages.Request(id: article.id, language: context.language,
                                               lines: lines.map { ProtocolMessages.Line(n: $0.number, text: $0.text) }, priorTags: prior)
        let reply: ProtocolMessages.Reply
        do throws(PluginProcess.Failure) {
            reply = try pool.withProcess { (process) throws(PluginProcess.Failure) -> ProtocolMessages.Reply in
                let line = try process.exchange(Self.encode(request), deadline: .now + timeout)
                return try Self.decodeReply(line, id: article.id)
            }
        } catch {
            return ([], [.classifierFailed("the external command of '\(classifier)' failed on this article: \(error.message)")])
        }
        if reply.type == "error" {
            let message = reply.message ?? "no message"
            return ([], [.classifierFailed("the external command of '\(classifier)' reported an error: \(message)")])
        }
        return tags(from: reply.tags ?? [], article: article, context: context, shown: Set(lines.map(\.number)))
    }

    /// The reply to the request for article `id`.
    /// - Throws: when the line is not a reply of the protocol or answers another article.
    static func decodeReply(_ line: [UInt8], id: String) throws(PluginProcess.Failure) -> ProtocolMessages.Reply {
        guard let reply = try? JSONDecoder().decode(ProtocolMessages.Reply.self, from: Data(line)),
              reply.type == "tags" || reply.type == "error" else {
            throw PluginProcess.Failure(message: "expected {\"type\": \"tags\" or \"error\", \"id\", …}, found \(quote(line))")
        }
        guard reply.id == id else {
            throw PluginProcess.Failure(message: "it answered article '\(reply.id ?? "")' to the request for '\(id)'")
        }
        return reply
    }

    /// The reply's tags on the classifier's units (each unit gets a label when one of its lines has it), with
    /// the findings for the tags refused.
    private func tags(from replyTags: [ProtocolMessages.ReplyTag], article: Article, context: ClassificationContext,
                      shown: Set<Int>) -> (tags: [Tag], findings: [Finding]) {
        var findings: [Finding] = []
        var accepted: [(label: String, score: Double, lines: Set<Int>, evidence: [Evidence])] = []
        for tag in replyTags {
            let lines = tag.lines ?? []
            let evidence = (tag.evidence ?? []).map { Evidence(line: $0.line, text: $0.text) }
            let unseen = (lines + evidence.map(\.line)).filter { !shown.contains($0) }
            let score = tag.score ?? 1
            if !labels.contains(tag.label) {
                findings.append(.refusedTag("'\(classifier)' gave label '\(tag.label)', which \(file) does not declare; expected one of "
                                            + labels.sorted().map { "'\($0)'" }.joined(separator: ", ")))
            } else if !unseen.isEmpty {
                findings.append(.refusedTag("'\(classifier)' gave label '\(tag.label)' on line \(unseen[0]), which it was not shown "
                                            + "(hidden, blank or outside the article)", lines: LineRange.covering(unseen.filter { $0 >= 1 })))
            } else if scope != .article && lines.isEmpty {
                findings.append(.refusedTag("'\(classifier)' gave label '\(tag.label)' with no lines; a \(scope.rawValue)-scoped tag needs them"))
            } else if !score.isFinite {
                findings.append(.refusedTag("'\(classifier)' gave label '\(tag.label)' a score that is not a finite number"))
            } else {
                accepted.append((tag.label, score, Set(lines), evidence))
            }
        }
        var collector = TagCollector(scope: scope, multiLabel: multiLabel)
        for unit in context.units(of: article, scope: scope) {
            let unitLines = Set(unit.lines.map(\.number))
            for tag in accepted where scope == .article || !tag.lines.isDisjoint(with: unitLines) {
                collector.add(tag.label, score: tag.score, evidence: tag.evidence.filter { scope == .article || unitLines.contains($0.line) }, in: unit)
            }
        }
        return (collector.tags(), findings)
    }
}
