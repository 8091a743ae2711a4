import Foundation

/// Every classifier of the rules folder in dependency order, with the fingerprint of each.
public struct RuleSet: Sendable {
    /// Bumped whenever the core changes what a pass produces for the same rules (normalizing, matching,
    /// applying decisions): part of every fingerprint.
    public static let engineVersion = 3

    /// Classifiers sorted so each comes after everything it depends on (ties by name).
    public let classifiers: [Classifier]
    /// By classifier name: 16 hex digits of SHA-256 over the engine and plugin versions (with the version an
    /// external plugin's command announces), the plugin name, the rule file's canonical content and the fingerprints of the classifiers it depends on. A comment or a
    /// reformatting changes none; an edit of one file changes that classifier's and its dependents', except
    /// an edit of `evidence:` alone, which changes no tag a dependent sees, so only that classifier's.
    public let fingerprints: [String: String]
    /// The moderation policies of the folder's `kind: policy` files.
    public internal(set) var policies = PolicySet()

    /// - Parameters:
    ///   - brokenNames: classifiers whose files failed to load; depending on one is not reported again.
    ///   - sources: rule file texts by path, for snippets.
    init(classifiers unsorted: [Classifier], headers: [RuleHeader],
         brokenNames: Set<String> = [], sources: [String: String] = [:]) throws(DiagnosticList) {
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
        var roleHolders: [ClassifierRole: (file: String, header: RuleHeader)] = [:]
        for (classifier, header) in zip(unsorted, headers) {
            guard let role = header.role else { continue }
            guard let holder = roleHolders[role.value] else {
                roleHolders[role.value] = (classifier.file, header)
                continue
            }
            diagnostics.append(located(
                "role '\(role.value.rawValue)' is already played by classifier '\(holder.header.classifier.value)' "
                    + "(\(holder.file):\(holder.header.role?.line ?? 1)); one classifier per role",
                file: classifier.file, at: role))
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
        func digest(_ parts: [String]) -> String {
            ContentDigest.sha256(parts.joined(separator: "\u{0}").utf8, hexDigits: 16)
        }
        var fingerprints: [String: String] = [:]
        var seenByDependents: [String: String] = [:]  // the fingerprints without the evidence declaration
        for classifier in ordered {
            let parts = ["tagdesk-engine-\(Self.engineVersion)", classifier.pluginName, "\(classifier.pluginVersion)",
                         classifier.name, classifier.contentDigest]
                + (classifier.announcedVersion.map { ["announced-version=\($0)"] } ?? [])
                + classifier.dependsOn.sorted().map { "\($0)=\(seenByDependents[$0] ?? "")" }
            let seen = digest(parts)
            seenByDependents[classifier.name] = seen
            fingerprints[classifier.name] = classifier.evidence == .matches ? seen
                : digest(parts + ["evidence=\(classifier.evidence.rawValue)"])
        }
        self.fingerprints = fingerprints
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
