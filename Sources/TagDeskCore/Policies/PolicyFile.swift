import Yams

/// One rule file that declares `kind: policy`: its named policies and examples, decoded and located, not yet
/// checked against the classifiers (`PolicySet` does that once every file is read).
struct PolicyFile: Sendable {
    let file: String
    let source: String
    let policies: [Policy]
    let examples: [PolicyExample]
    /// `CanonicalYAML` digest of the file without its `examples` and `description`: what decides.
    let digest: String

    /// The top level of a policy file; `policies` and `examples` are decoded entry by entry.
    private struct Header: Decodable {
        enum CodingKeys: String, CodingKey, CaseIterable { case kind, description, policies, examples }

        init(from decoder: any Decoder) throws {
            let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
            _ = try container.decodeIfPresent(String.self, forKey: .description)
        }
    }

    init(document: RuleDocument) throws(DiagnosticList) {
        file = document.file
        source = document.source
        _ = try document.decode(Header.self, at: YAMLPath())
        var diagnostics: [Diagnostic] = []
        var policies: [Policy] = []
        let policiesPath = YAMLPath([.key("policies")])
        switch policiesPath.node(in: document.root) {
        case .mapping(let mapping) where policiesPath.keyNode(in: document.root) != nil:
            for (key, value) in mapping {
                let name = key.string ?? ""
                if !RuleLoader.isLabelName(name) {
                    diagnostics.append(document.error("invalid policy name '\(name)'; expected kebab-case such as 'no-content'", at: key))
                }
                do throws(DiagnosticList) {
                    let body = try document.decode(Policy.Body.self, at: policiesPath.appending(.key(name)), from: value)
                    policies.append(Policy(name: name, body: body, location: SourceLocation(
                        file: document.file, line: key.mark?.line ?? 1, column: key.mark?.column ?? 1)))
                } catch {
                    diagnostics += error.diagnostics
                }
            }
            if mapping.count == 0 { diagnostics.append(document.error("no policies; expected at least one", at: policiesPath.node(in: document.root))) }
        default:
            let node = policiesPath.keyNode(in: document.root) == nil ? document.root : policiesPath.node(in: document.root)
            diagnostics.append(document.error("expected 'policies': a mapping of policy names to {decision, message, when}", at: node))
        }
        var examples: [PolicyExample] = []
        let examplesPath = YAMLPath([.key("examples")])
        if examplesPath.keyNode(in: document.root) != nil {
            if case .sequence(let sequence) = examplesPath.node(in: document.root) {
                for (index, node) in sequence.enumerated() {
                    do throws(DiagnosticList) {
                        var example = try document.decode(PolicyExample.self, at: examplesPath.appending(.index(index)), from: node)
                        example.location.file = document.file
                        examples.append(example)
                    } catch {
                        diagnostics += error.diagnostics
                    }
                }
            } else {
                diagnostics.append(document.error("expected 'examples': a list of {text, decision, policies}", at: examplesPath.node(in: document.root)))
            }
        }
        diagnostics += document.unknownKeyDiagnostics()
        guard diagnostics.isEmpty else { throw DiagnosticList(diagnostics) }
        self.policies = policies
        self.examples = examples
        digest = CanonicalYAML.digest(document.root, omittingKeys: ["examples", "description"])
    }

    func error(_ message: String, line: Int, column: Int) -> Diagnostic {
        Diagnostic(file: file, location: SourceLocation(file: file, line: line, column: column),
                   message: message, snippet: Snippet.caret(in: source, line: line, column: column))
    }

    func error<T>(_ message: String, at value: Located<T>) -> Diagnostic {
        error(message, line: value.line, column: value.column)
    }
}

/// What a rule file declares itself to be with its top-level `kind:`; a file without one is a classifier.
enum RuleFileKind: String, CaseIterable {
    case classifier
    case policy

    init(of document: RuleDocument) throws(DiagnosticList) {
        let path = YAMLPath([.key("kind")])
        guard path.keyNode(in: document.root) != nil else {
            self = .classifier
            return
        }
        let node = path.node(in: document.root)
        guard case .scalar(let scalar) = node, let kind = RuleFileKind(rawValue: scalar.string) else {
            let allowed = Self.allCases.map { "'\($0.rawValue)'" }.joined(separator: " or ")
            throw DiagnosticList([document.error("unknown kind \(RuleDocument.describe(node)); expected \(allowed)", at: node)])
        }
        self = kind
    }
}
