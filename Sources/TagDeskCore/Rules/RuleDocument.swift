import Yams

/// One rule file being read: its path, text and YAML tree; turns every failure into a located diagnostic.
struct RuleDocument {
    let file: String
    let source: String
    let root: Node
    let unknownKeys = UnknownKeyCollector()

    /// Parses the text; a YAML syntax error becomes a diagnostic at its mark.
    init(file: String, source: String) throws(DiagnosticList) {
        self.file = file
        self.source = source
        if source.utf8.contains(UInt8(ascii: "*")), let overrun = YAMLAliasBudget.check(source) {
            throw DiagnosticList([Diagnostic(
                file: file, location: SourceLocation(file: file, line: overrun.line, column: overrun.column),
                message: "YAML aliases expand to over \(YAMLAliasBudget.nodeLimit) nodes here (an alias bomb?); the file was not read",
                snippet: Snippet.caret(in: source, line: overrun.line, column: overrun.column))])
        }
        do {
            guard let root = try Yams.compose(yaml: source, PlainScalarTags.resolver, .default, .utf8) else {
                throw DiagnosticList([Diagnostic(file: file, location: SourceLocation(file: file, line: 1, column: 1),
                                                 message: "empty rule file; expected a mapping with 'classifier', 'plugin', 'scope' and 'labels'")])
            }
            self.root = PlainScalarTags.resolved(root)
        } catch let error as YamlError {
            throw DiagnosticList([RuleDocument.diagnostic(for: error, file: file, source: source)])
        } catch let error as DiagnosticList {
            throw error
        } catch {
            throw DiagnosticList([Diagnostic(file: file, location: nil, message: "cannot read YAML: \(error)")])
        }
    }

    func error(_ message: String, at node: Node?) -> Diagnostic {
        error(message, line: node?.mark?.line ?? 1, column: node?.mark?.column ?? 1)
    }

    func error(_ message: String, line: Int, column: Int) -> Diagnostic {
        Diagnostic(file: file, location: SourceLocation(file: file, line: line, column: column),
                   message: message, snippet: Snippet.caret(in: source, line: line, column: column))
    }

    func warning(_ message: String, line: Int, column: Int) -> Diagnostic {
        var diagnostic = error(message, line: line, column: column)
        diagnostic.level = .warning
        return diagnostic
    }

    /// Decodes the node at `path` as `T`, mapping a failure to a diagnostic at the offending node.
    func decode<T: Decodable>(_ type: T.Type, at path: YAMLPath, from node: Node? = nil) throws(DiagnosticList) -> T {
        let target = node ?? path.node(in: root)
        unknownKeys.prefix = path.components.map { component in
            switch component {
            case .key(let key): key
            case .index(let index): "[\(index)]"
            }
        }
        do {
            return try YAMLNodeDecoder.decode(type, from: target, userInfo: [UnknownKeyCollector.userInfoKey: unknownKeys])
        } catch let error as DecodingError {
            throw DiagnosticList([diagnostic(for: error, under: path)])
        } catch let error as Diagnostic {
            throw DiagnosticList([error])
        } catch {
            throw DiagnosticList([self.error("\(error)", at: target)])
        }
    }

    /// One diagnostic per unknown key recorded while decoding, with the nearest known key as a suggestion.
    func unknownKeyDiagnostics() -> [Diagnostic] {
        unknownKeys.keys.map { unknown in
            let path = YAMLPath(pathComponents: unknown.path).appending(.key(unknown.key))
            let node = path.keyNode(in: root)
            let known = unknown.known.filter { !$0.isEmpty }
            let hint: String
            if let nearest = nearestWord(to: unknown.key, in: known) {
                hint = "did you mean '\(nearest)'?"
            } else if known.isEmpty {
                hint = "this section takes no keys"
            } else {
                hint = "expected one of " + known.map { "'\($0)'" }.joined(separator: ", ")
            }
            return error("unknown key '\(unknown.key)'; \(hint)", at: node)
        }
    }

    private func diagnostic(for error: DecodingError, under prefix: YAMLPath) -> Diagnostic {
        switch error {
        case .typeMismatch(let type, let context), .valueNotFound(let type, let context):
            let path = prefix.appending(YAMLPath(codingPath: context.codingPath))
            let node = path.node(in: root)
            let key = path.lastKey.map { " for '\($0)'" } ?? ""
            return self.error("expected \(Self.describe(type))\(key), found \(Self.describe(node))", at: node)
        case .keyNotFound(let key, let context):
            let path = prefix.appending(YAMLPath(codingPath: context.codingPath))
            return self.error("missing key '\(key.stringValue)'", at: path.node(in: root))
        case .dataCorrupted(let context):
            if let yaml = context.underlyingError as? YamlError {
                return RuleDocument.diagnostic(for: yaml, file: file, source: source)
            }
            let path = prefix.appending(YAMLPath(codingPath: context.codingPath))
            return self.error(context.debugDescription, at: path.node(in: root))
        @unknown default:
            return self.error("\(error)", at: prefix.node(in: root))
        }
    }

    static func diagnostic(for error: YamlError, file: String, source: String) -> Diagnostic {
        func located(_ problem: String, _ mark: Mark) -> Diagnostic {
            Diagnostic(file: file, location: SourceLocation(file: file, line: mark.line, column: mark.column),
                       message: "invalid YAML: \(problem)",
                       snippet: Snippet.caret(in: source, line: mark.line, column: mark.column))
        }
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let detail = context.map { "\(problem) (\($0.text) at line \($0.mark.line))" } ?? problem
            return located(detail, mark)
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.sorted().map { "'\($0)'" }.joined(separator: ", ")
            return located("duplicate key \(keys) in one mapping; each key may appear once", context.mark)
        case .reader(let problem, _, _, _):
            return Diagnostic(file: file, location: nil, message: "invalid YAML: \(problem)")
        default:
            return Diagnostic(file: file, location: nil, message: "invalid YAML: \(error)")
        }
    }

    static func describe(_ type: Any.Type) -> String {
        switch type {
        case is Int.Type: "an integer"
        case is Double.Type, is Float.Type: "a number"
        case is String.Type: "a string"
        case is Bool.Type: "true or false"
        default:
            String(describing: type).hasPrefix("Array") ? "a list"
                : String(describing: type).contains("Scalar") ? "a single value" : "a mapping"
        }
    }

    static func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar): scalar.string.isEmpty || scalar.string == "~" || scalar.string == "null" ? "nothing" : "'\(scalar.string)'"
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }
}
