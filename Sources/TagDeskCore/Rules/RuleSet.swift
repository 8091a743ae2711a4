import Crypto
import Foundation

/// Every classifier of the rules folder in dependency order, with a hash of the files that defined them.
public struct RuleSet: Sendable {
    /// Classifiers sorted so each comes after everything it depends on (ties by name).
    public let classifiers: [Classifier]
    /// `sha256:` of the rule files' names and bytes; a tag file records the rule set that produced it.
    public let hash: String

    /// - Parameters:
    ///   - brokenNames: classifiers whose files failed to load; depending on one is not reported again.
    ///   - sources: rule file texts by path, for snippets.
    init(classifiers unsorted: [Classifier], headers: [RuleHeader], files: [(name: String, bytes: [UInt8])],
         brokenNames: Set<String> = [], sources: [String: String] = [:]) throws(DiagnosticList) {
        var hasher = SHA256()
        for file in files.sorted(by: { $0.name < $1.name }) {
            hasher.update(data: Array(file.name.utf8) + [0] + file.bytes + [0])
        }
        hash = "sha256:" + ContentDigest.hex(hasher.finalize())

        func located<T>(_ message: String, file: String, at value: Located<T>) -> Diagnostic {
            Diagnostic(file: file, location: SourceLocation(file: file, line: value.line, column: value.column),
                       message: message, snippet: Snippet.caret(in: sources[file] ?? "", line: value.line, column: value.column))
        }
        var diagnostics: [Diagnostic] = []
        var byName: [String: Classifier] = [:]
        var headerByName: [String: RuleHeader] = [:]
        for (classifier, header) in zip(unsorted, headers) {
            guard let first = byName[classifier.name], let firstHeader = headerByName[classifier.name] else {
                byName[classifier.name] = classifier
                headerByName[classifier.name] = header
                continue
            }
            // The file named after the classifier is the original; the other one is the duplicate.
            let currentIsOriginal = classifier.file.hasSuffix("/\(classifier.name).yaml")
            let (original, originalHeader, duplicate, duplicateHeader) = currentIsOriginal
                ? (classifier, header, first, firstHeader) : (first, firstHeader, classifier, header)
            diagnostics.append(located(
                "classifier '\(classifier.name)' is already defined in \(original.file):\(originalHeader.classifier.line); each classifier needs its own name",
                file: duplicate.file, at: duplicateHeader.classifier))
            byName[classifier.name] = original
            headerByName[classifier.name] = originalHeader
        }
        for (name, header) in headerByName.sorted(by: { $0.key < $1.key }) {
            for dependency in header.dependsOn where byName[dependency.value] == nil && !brokenNames.contains(dependency.value) {
                let known = byName.keys.sorted().map { "'\($0)'" }.joined(separator: ", ")
                diagnostics.append(located(
                    "unknown classifier '\(dependency.value)' in depends_on; known classifiers: \(known)",
                    file: byName[name]?.file ?? "", at: dependency))
            }
        }
        var ordered: [Classifier] = []
        var state: [String: Int] = [:]  // 1 visiting, 2 done
        var reportedCycles: Set<Set<String>> = []
        func visit(_ name: String, chain: [String]) {
            guard let classifier = byName[name], state[name] != 2 else { return }
            if state[name] == 1 {
                let loop = Array(chain.drop { $0 != name })
                let cycle = (loop + [name]).joined(separator: " → ")
                if reportedCycles.insert(Set(loop)).inserted, let header = headerByName[name] {
                    diagnostics.append(located("dependency cycle: \(cycle); depends_on must not loop",
                                                  file: classifier.file, at: header.classifier))
                }
                return
            }
            state[name] = 1
            for dependency in classifier.dependsOn.sorted() { visit(dependency, chain: chain + [name]) }
            state[name] = 2
            ordered.append(classifier)
        }
        for name in byName.keys.sorted() { visit(name, chain: []) }
        guard diagnostics.isEmpty else { throw DiagnosticList(diagnostics) }
        classifiers = ordered
    }

    public func classifier(named name: String) -> Classifier? {
        classifiers.first { $0.name == name }
    }

    /// Every example of every classifier, in file and line order.
    public var examples: [RuleExample] {
        classifiers.flatMap(\.examples).sorted { $0.location < $1.location }
    }

    /// The names of the classifiers `name` depends on, directly or not.
    public func dependencies(of name: String) -> Set<String> {
        var result: Set<String> = []
        var queue = classifier(named: name)?.dependsOn ?? []
        while let next = queue.popLast() {
            if result.insert(next).inserted { queue += classifier(named: next)?.dependsOn ?? [] }
        }
        return result
    }
}
