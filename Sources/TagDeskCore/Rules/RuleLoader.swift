import Foundation
import Yams

/// Reads every rule file of a folder into a `RuleSet`, collecting every problem of every file before failing.
public struct RuleLoader: Sendable {
    /// Rule files over this many bytes are refused.
    public static let sizeLimit = 1024 * 1024

    public let registry: PluginRegistry

    public init(registry: PluginRegistry) {
        self.registry = registry
    }

    /// Loads `*.yaml` from `directory`; `displayPath` prefixes file names in diagnostics (`Rules/topic.yaml`).
    public func load(directory: URL, displayPath: String) throws(DiagnosticList) -> RuleSet {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
                .filter { ($0.hasSuffix(".yaml") || $0.hasSuffix(".yml")) && !$0.hasPrefix(".") }
                .sorted()
        } catch {
            throw DiagnosticList([Diagnostic(file: displayPath, location: nil,
                                             message: "cannot read the rules folder; pass an existing folder with --rules")])
        }
        guard !names.isEmpty else {
            throw DiagnosticList([Diagnostic(file: displayPath, location: nil,
                                             message: "no rule files; expected one '*.yaml' file per classifier")])
        }
        var classifiers: [Classifier] = []
        var headers: [RuleHeader] = []
        var diagnostics: [Diagnostic] = []
        var brokenNames: Set<String> = []
        var sources: [String: String] = [:]
        var policyFiles: [PolicyFile] = []
        for name in names {
            let file = displayPath + "/" + name
            let bytes = (try? Data(contentsOf: directory.appendingPathComponent(name))).map { [UInt8]($0) }
            do throws(DiagnosticList) {
                guard let bytes else {
                    throw DiagnosticList([Diagnostic(file: file, location: nil, message: "cannot read the rule file")])
                }
                sources[file] = String(decoding: bytes, as: UTF8.self)
                let document = try loadDocument(file: file, bytes: bytes)
                if try RuleFileKind(of: document) == .policy {
                    policyFiles.append(try PolicyFile(document: document))
                    continue
                }
                let (classifier, header) = try loadClassifier(document)
                classifiers.append(classifier)
                headers.append(header)
            } catch {
                diagnostics += error.diagnostics
                brokenNames.insert(RuleLoader.claimedName(source: sources[file] ?? "", fileName: name))
            }
        }
        var ruleSet: RuleSet
        do throws(DiagnosticList) {
            ruleSet = try RuleSet(classifiers: classifiers, headers: headers,
                                  brokenNames: brokenNames, sources: sources)
        } catch {
            throw DiagnosticList(diagnostics + error.diagnostics)
        }
        guard diagnostics.isEmpty else { throw DiagnosticList(diagnostics) }
        ruleSet.policies = try PolicySet(files: policyFiles, ruleSet: ruleSet)
        return ruleSet
    }

    /// Loads one classifier's rule file from memory.
    func loadFile(file: String, bytes: [UInt8]) throws(DiagnosticList) -> (Classifier, RuleHeader) {
        try loadClassifier(loadDocument(file: file, bytes: bytes))
    }

    /// Parses one rule file of any kind.
    func loadDocument(file: String, bytes: [UInt8]) throws(DiagnosticList) -> RuleDocument {
        guard bytes.count <= RuleLoader.sizeLimit else {
            throw DiagnosticList([Diagnostic(file: file, location: nil,
                                             message: "rule file has \(bytes.count) bytes, over the limit of \(RuleLoader.sizeLimit)")])
        }
        guard let source = String(validating: bytes, as: UTF8.self) else {
            throw DiagnosticList([Diagnostic(file: file, location: nil, message: "rule file is not valid UTF-8")])
        }
        return try RuleDocument(file: file, source: source)
    }

    private func loadClassifier(_ document: RuleDocument) throws(DiagnosticList) -> (Classifier, RuleHeader) {
        guard case .mapping = document.root else {
            throw DiagnosticList([document.error("expected a mapping with 'classifier', 'plugin', 'scope' and 'labels'", at: document.root)])
        }
        let header = try document.decode(RuleHeader.self, at: YAMLPath())
        guard let plugin = registry.plugin(named: header.plugin.value) else {
            let known = registry.names.map { "'\($0)'" }.joined(separator: ", ")
            var diagnostics = [document.error("unknown plugin '\(header.plugin.value)'; known plugins: \(known)",
                                              at: YAMLPath([.key("plugin")]).node(in: document.root))]
            diagnostics += document.unknownKeyDiagnostics()
            throw DiagnosticList(diagnostics)
        }
        let classifier = try build(plugin, header: header, document: document)
        return (classifier, header)
    }

    private func build<P: ClassifierPlugin>(_ type: P.Type, header: RuleHeader,
                                            document: RuleDocument) throws(DiagnosticList) -> Classifier {
        var diagnostics: [Diagnostic] = []
        var labels: [PluginConfiguration<P.Label, P.Settings>.LabelDefinition] = []
        let labelsPath = YAMLPath([.key("labels")])
        switch labelsPath.node(in: document.root) {
        case .mapping(let mapping) where labelsPath.keyNode(in: document.root) != nil:
            for (key, value) in mapping {
                let name = key.string ?? ""
                if !RuleLoader.isLabelName(name) {
                    diagnostics.append(document.error(
                        "invalid label name '\(name)'; expected kebab-case such as 'people-diplomacy'", at: key))
                }
                let body = RuleLoader.emptyIfNull(value)
                do {
                    let decoded = try document.decode(P.Label.self, at: labelsPath.appending(.key(name)), from: body)
                    labels.append(.init(name: name, body: decoded, line: key.mark?.line ?? 1, column: key.mark?.column ?? 1))
                } catch {
                    diagnostics += error.diagnostics
                }
            }
            if mapping.count == 0 { diagnostics.append(document.error("no labels; expected at least one", at: labelsPath.node(in: document.root))) }
        default:
            let node = labelsPath.keyNode(in: document.root) == nil ? document.root : labelsPath.node(in: document.root)
            diagnostics.append(document.error("expected 'labels': a mapping of label names to label definitions", at: node))
        }
        let settingsPath = YAMLPath([.key("settings")])
        var settings: P.Settings?
        do throws(DiagnosticList) {
            let node = settingsPath.keyNode(in: document.root) == nil ? Node.mapping(Node.Mapping([])) : RuleLoader.emptyIfNull(settingsPath.node(in: document.root))
            settings = try document.decode(P.Settings.self, at: settingsPath, from: node)
        } catch {
            diagnostics += error.diagnostics
        }
        var labelNames: [String] = []
        if case .mapping(let mapping) = labelsPath.node(in: document.root) { labelNames = mapping.keys.compactMap(\.string) }
        let examples = loadExamples(document: document, classifier: header.classifier.value,
                                    labels: labelNames, diagnostics: &diagnostics)
        if header.evidence?.value == .lines, header.scope.value == .article {
            diagnostics.append(document.error(
                "evidence 'lines' needs scope 'line' or 'paragraph'; an article-scoped tag covers no lines",
                at: YAMLPath([.key("evidence")]).node(in: document.root)))
        }
        diagnostics += document.unknownKeyDiagnostics()
        guard diagnostics.isEmpty, let settings else { throw DiagnosticList(diagnostics) }
        let configuration = PluginConfiguration(
            classifier: header.classifier.value, scope: header.scope.value, multiLabel: header.multiLabel,
            evidence: header.evidence?.value ?? .matches, labels: labels, settings: settings,
            file: document.file, source: document.source)
        do {
            let plugin = try P(configuration: configuration)
            return Classifier(plugin: plugin, header: header, summary: header.description, file: document.file,
                              labels: labels.map(\.name), examples: examples,
                              contentDigest: CanonicalYAML.digest(document.root, omittingKeys: [RuleHeader.CodingKeys.evidence.rawValue,
                                                                                 RuleHeader.CodingKeys.kind.rawValue]))
        } catch let error as DiagnosticList {
            throw error
        } catch let error as Diagnostic {
            throw DiagnosticList([error])
        } catch {
            throw DiagnosticList([document.error("plugin '\(P.name)' rejected the rule file: \(error)", at: document.root)])
        }
    }

    private func loadExamples(document: RuleDocument, classifier: String, labels: [String],
                              diagnostics: inout [Diagnostic]) -> [RuleExample] {
        let path = YAMLPath([.key("examples")])
        guard path.keyNode(in: document.root) != nil else { return [] }
        guard case .sequence(let sequence) = path.node(in: document.root) else {
            diagnostics.append(document.error("expected 'examples': a list of {text, labels}", at: path.node(in: document.root)))
            return []
        }
        var examples: [RuleExample] = []
        for (index, node) in sequence.enumerated() {
            do throws(DiagnosticList) {
                var example = try document.decode(RuleExample.self, at: path.appending(.index(index)), from: node)
                example.location.file = document.file
                example.classifier = classifier
                for label in example.labels where !labels.contains(label) {
                    let hint = nearestWord(to: label, in: labels).map { "; did you mean '\($0)'?" } ?? ""
                    diagnostics.append(document.error("example expects unknown label '\(label)'\(hint)", at: node))
                }
                examples.append(example)
            } catch {
                diagnostics += error.diagnostics
            }
        }
        return examples
    }

    /// The classifier a file that failed to load meant to define, so others depending on it are not reported too.
    static func claimedName(source: String, fileName: String) -> String {
        for line in source.split(separator: "\n") where line.hasPrefix("classifier:") {
            let value = line.dropFirst("classifier:".count).trimmingCharacters(in: .whitespaces)
            if let name = value.split(whereSeparator: { $0 == " " || $0 == "#" }).first { return String(name) }
        }
        return String(fileName.prefix { $0 != "." })
    }

    static func isLabelName(_ name: String) -> Bool {
        !name.isEmpty && name.split(separator: "-", omittingEmptySubsequences: false).allSatisfy { part in
            !part.isEmpty && part.allSatisfy { ($0.isLetter && $0.isLowercase) || $0.isNumber }
        }
    }

    static func emptyIfNull(_ node: Node) -> Node {
        if case .scalar(let scalar) = node, scalar.string.isEmpty || scalar.string == "~" || scalar.string == "null" {
            return .mapping(Node.Mapping([], .implicit, .any, scalar.mark))
        }
        return node
    }
}
