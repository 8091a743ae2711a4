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
    /// - Throws: every error of every file; warnings do not stop a rule set from loading.
    public func load(directory: URL, displayPath: String) throws(DiagnosticList) -> RuleSet {
        let lint = try lint(directory: directory, displayPath: displayPath)
        guard let ruleSet = lint.ruleSet else { throw DiagnosticList(lint.diagnostics.filter { $0.level == .error }) }
        return ruleSet
    }

    /// Every problem of the rule files of `directory`, errors and warnings, in file order, and the rule set when
    /// none is an error. `*.yml` files are not read: each is an error asking for its rename.
    /// - Throws: when the folder cannot be listed or holds no rule file.
    public func lint(directory: URL, displayPath: String) throws(DiagnosticList) -> RuleLint {
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
        let contents = names.map { name in (try? Data(contentsOf: directory.appendingPathComponent(name))).map { [UInt8]($0) } }
        return lint(names: names, contents: contents, displayPath: displayPath, directory: directory)
    }

    /// Every problem of rule files already in memory, as `lint(directory:displayPath:)` reports them: `names` are
    /// the file names (`topic.yaml`), `contents` their bytes in the same order (`nil` for a file that could not
    /// be read); `directory` is where relative paths in them (an external command) start.
    public func lint(names: [String], contents: [[UInt8]?], displayPath: String, directory: URL? = nil) -> RuleLint {
        precondition(names.count == contents.count, "one content per file name")
        let outcomes = readFiles(names: names, contents: contents, displayPath: displayPath, directory: directory)
        var classifiers: [Classifier] = []
        var headers: [RuleHeader] = []
        var diagnostics: [Diagnostic] = []
        var brokenNames: Set<String> = []
        var sources: [String: String] = [:]
        let files = names.map { displayPath + "/" + $0 }
        var policyFiles: [PolicyFile] = []
        for (index, outcome) in outcomes.enumerated() {
            if let bytes = contents[index] { sources[files[index]] = String(decoding: bytes, as: UTF8.self) }
            switch outcome {
            case .classifier(let classifier, let header, let warnings):
                classifiers.append(classifier)
                headers.append(header)
                diagnostics += warnings
            case .policy(let policyFile):
                policyFiles.append(policyFile)
            case .failed(let problems):
                diagnostics += problems
                brokenNames.insert(RuleLoader.claimedName(source: sources[files[index]] ?? "", fileName: names[index]))
            }
        }
        do throws(DiagnosticList) {
            var ruleSet = try RuleSet(classifiers: classifiers, headers: headers,
                                      brokenNames: brokenNames, sources: sources)
            let sorted = DiagnosticList(diagnostics).diagnostics
            if !sorted.contains(where: { $0.level == .error }) { ruleSet.policies = try PolicySet(files: policyFiles, ruleSet: ruleSet) }
            return RuleLint(files: files, diagnostics: sorted, ruleSet: sorted.contains { $0.level == .error } ? nil : ruleSet)
        } catch {
            return RuleLint(files: files, diagnostics: DiagnosticList(diagnostics + error.diagnostics).diagnostics, ruleSet: nil)
        }
    }

    /// What reading one rule file gave.
    private enum FileOutcome: Sendable {
        case classifier(Classifier, RuleHeader, warnings: [Diagnostic])
        case policy(PolicyFile)
        case failed([Diagnostic])
    }

    /// Reads the files on every core, the largest first so that the gazetteer does not start last; the outcomes
    /// are in the order of `names`.
    private func readFiles(names: [String], contents: [[UInt8]?], displayPath: String, directory: URL?) -> [FileOutcome] {
        let order = names.indices.sorted { (contents[$0]?.count ?? 0, $1) > (contents[$1]?.count ?? 0, $0) }
        let outcomes = parallelMap(order.count) { slot in
            let index = order[slot]
            return (index, readFile(named: names[index], file: displayPath + "/" + names[index], bytes: contents[index], directory: directory))
        }
        return outcomes.sorted { $0.0 < $1.0 }.map(\.1)
    }

    private func readFile(named name: String, file: String, bytes: [UInt8]?, directory: URL?) -> FileOutcome {
        do throws(DiagnosticList) {
            guard let bytes else {
                throw DiagnosticList([Diagnostic(file: file, location: nil, message: "cannot read the rule file")])
            }
            guard name.hasSuffix(".yaml") else {
                let renamed = name.dropLast(".yml".count) + ".yaml"
                throw DiagnosticList([Diagnostic(file: file, location: nil, message:
                    "rule files end in '.yaml'; this file is not read, rename it to '\(renamed)'")])
            }
            let document = try loadDocument(file: file, bytes: bytes)
            if try RuleFileKind(of: document) == .policy { return .policy(try PolicyFile(document: document)) }
            let loaded = try loadClassifier(document, directory: directory)
            return .classifier(loaded.classifier, loaded.header, warnings: loaded.warnings)
        } catch {
            return .failed(error.diagnostics)
        }
    }

    /// The policies of one policy file in memory (`kind: policy`), every name they use checked against `ruleSet`,
    /// as `lint` reads a policy file beside the classifiers' files.
    /// - Throws: every error of the file.
    public func loadPolicies(file: String, bytes: [UInt8], for ruleSet: RuleSet) throws(DiagnosticList) -> PolicySet {
        let document = try loadDocument(file: file, bytes: bytes)
        return try PolicySet(files: [PolicyFile(document: document)], ruleSet: ruleSet)
    }

    /// Loads one classifier's rule file from memory.
    /// - Throws: the file's errors, with its warnings.
    func loadFile(file: String, bytes: [UInt8]) throws(DiagnosticList) -> (classifier: Classifier, header: RuleHeader, warnings: [Diagnostic]) {
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

    private func loadClassifier(_ document: RuleDocument, directory: URL? = nil) throws(DiagnosticList) -> (classifier: Classifier, header: RuleHeader, warnings: [Diagnostic]) {
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
        let (classifier, warnings) = try build(plugin, header: header, document: document, directory: directory)
        return (classifier, header, warnings)
    }

    /// The classifier and its warnings; every error found is thrown together, the plugin's own included
    /// whenever labels and settings could be decoded.
    private func build<P: ClassifierPlugin>(_ type: P.Type, header: RuleHeader,
                                            document: RuleDocument, directory: URL?) throws(DiagnosticList) -> (Classifier, [Diagnostic]) {
        var diagnostics = headerProblems(P.self, header: header, document: document)
        var labelsDecoded = true
        var labels: [PluginConfiguration<P.Label, P.Settings>.LabelDefinition] = []
        let labelsPath = YAMLPath([.key("labels")])
        switch labelsPath.node(in: document.root) {
        case .mapping(let mapping) where labelsPath.keyNode(in: document.root) != nil:
            for (key, value) in mapping {
                let name = key.string ?? ""
                if !RuleLoader.isLabelName(name) {
                    diagnostics.append(document.error(
                        "invalid label name '\(name)'; expected kebab-case such as 'people-diplomacy', or a code in capitals such as 'VN-HN'", at: key))
                }
                let body = RuleLoader.emptyIfNull(value)
                do {
                    let decoded = try document.decode(P.Label.self, at: labelsPath.appending(.key(name)), from: body)
                    labels.append(.init(name: name, body: decoded, line: key.mark?.line ?? 1, column: key.mark?.column ?? 1))
                } catch {
                    diagnostics += error.diagnostics
                    labelsDecoded = false
                }
            }
            if mapping.count == 0 { diagnostics.append(document.error("no labels; expected at least one", at: labelsPath.node(in: document.root))) }
        default:
            let node = labelsPath.keyNode(in: document.root) == nil ? document.root : labelsPath.node(in: document.root)
            diagnostics.append(document.error("expected 'labels': a mapping of label names to label definitions", at: node))
            labelsDecoded = false
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
        for label in labels where !P.isCorpusWide(label.body) && !examples.contains(where: { $0.labels.contains(label.name) }) {
            diagnostics.append(document.warning(
                "label '\(label.name)' has no example; add one under 'examples' so 'tagdesk rules test' checks it",
                line: label.line, column: label.column))
        }
        diagnostics += document.unknownKeyDiagnostics()
        guard labelsDecoded, let settings else { throw DiagnosticList(diagnostics) }
        var configuration = PluginConfiguration(
            classifier: header.classifier.value, scope: header.scope.value, multiLabel: header.multiLabel,
            evidence: header.evidence?.value ?? .matches, labels: labels, settings: settings,
            file: document.file, source: document.source, directory: directory, dependsOn: header.dependsOn.map(\.value))
        (configuration.pluginLine, configuration.pluginColumn) = (header.plugin.line, header.plugin.column)
        var plugin: P?
        do {
            plugin = try P(configuration: configuration)
        } catch let error as DiagnosticList {
            diagnostics += error.diagnostics
        } catch let error as Diagnostic {
            diagnostics.append(error)
        } catch {
            diagnostics.append(document.error("plugin '\(P.name)' rejected the rule file: \(error)", at: document.root))
        }
        diagnostics += configuration.warnings.all
        guard let plugin, !diagnostics.contains(where: { $0.level == .error }) else { throw DiagnosticList(diagnostics) }
        let classifier = Classifier(plugin: plugin, header: header, summary: header.description, file: document.file,
                                    labels: labels.map(\.name), examples: examples,
                                    contentDigest: CanonicalYAML.digest(document.root, omittingKeys: [RuleHeader.CodingKeys.evidence.rawValue,
                                                                                 RuleHeader.CodingKeys.kind.rawValue]))
        return (classifier, diagnostics)
    }

    /// What is wrong in the shared header whatever the labels say: the classifier's name, a scope the plugin
    /// cannot tag, evidence that cannot apply.
    private func headerProblems<P: ClassifierPlugin>(_ type: P.Type, header: RuleHeader, document: RuleDocument) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        if !RuleLoader.isIdentifier(header.classifier.value) {
            diagnostics.append(document.error(
                "invalid classifier name '\(header.classifier.value)'; expected a kebab-case identifier such as 'topic' or 'page-chrome' "
                    + "(it names the classifier in tag files and on the command line)", line: header.classifier.line, column: header.classifier.column))
        }
        if !P.scopes.contains(header.scope.value) {
            let supported = Scope.allCases.filter(P.scopes.contains).map { "'\($0.rawValue)'" }.joined(separator: ", ")
            diagnostics.append(document.error(
                "plugin '\(P.name)' cannot tag scope '\(header.scope.value.rawValue)'; expected \(supported)",
                line: header.scope.line, column: header.scope.column))
        }
        if header.evidence?.value == .lines, header.scope.value == .article {
            diagnostics.append(document.error(
                "evidence 'lines' needs scope 'line' or 'paragraph'; an article-scoped tag covers no lines",
                at: YAMLPath([.key("evidence")]).node(in: document.root)))
        }
        return diagnostics
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

    /// Kebab-case: lower-case ASCII letters and digits in words joined by single hyphens (`people-diplomacy`),
    /// as the schema's `identifier` says.
    static func isIdentifier(_ name: String) -> Bool {
        isHyphenated(name) { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
    }

    /// A label: an identifier, or a code in capitals as its standard writes it (`VN-HN`, `VN-01`), as the
    /// schema's `label` says.
    static func isLabelName(_ name: String) -> Bool {
        isIdentifier(name)
            || isHyphenated(name) { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
    }

    private static func isHyphenated(_ name: String, _ allowed: (UInt8) -> Bool) -> Bool {
        !name.isEmpty && name.split(separator: "-", omittingEmptySubsequences: false).allSatisfy { part in
            !part.isEmpty && part.utf8.allSatisfy(allowed)
        }
    }

    static func emptyIfNull(_ node: Node) -> Node {
        if case .scalar(let scalar) = node, scalar.string.isEmpty || scalar.string == "~" || scalar.string == "null" {
            return .mapping(Node.Mapping([], .implicit, .any, scalar.mark))
        }
        return node
    }
}
