import Foundation

/// `tagdesk diff --watch`: each time a rule file changes (polled by size and modification time), runs every
/// rule and policy example and the corpus diff again, and tells what changed since the last run.
public struct RulesWatch: Sendable {
    public let options: ClassifyRun.Options
    public let registry: PluginRegistry
    /// Size and modification time of each rule file at the last run; `nil` before the first.
    private var stamps: [String: [Int64]]?
    /// What the last run found, one line per problem, failing example or change.
    private var lines: [String] = []

    public init(options: ClassifyRun.Options, registry: PluginRegistry) {
        self.options = options
        self.registry = registry
    }

    /// `nil` when no rule file changed since the last call; else what the run found that the previous run did
    /// not (and what it no longer finds), everything on the first call.
    public mutating func poll() -> String? {
        let now = Self.stamps(of: options.rules)
        guard now != stamps else { return nil }
        let first = stamps == nil
        stamps = now
        let current = findings()
        defer { lines = current }
        if first { return current.isEmpty ? "every example passes; no label or decision would change\n" : current.map { $0 + "\n" }.joined() }
        let before = Set(lines), after = Set(current)
        var out = lines.filter { !after.contains($0) }.map { "gone: " + $0 + "\n" }.joined()
        out += current.filter { !before.contains($0) }.map { $0 + "\n" }.joined()
        return out.isEmpty ? "no change in examples, labels or decisions\n" : out
    }

    /// Rule-file problems, or failing examples and the diff's changes, one line each.
    public func findings() -> [String] {
        let ruleSet: RuleSet
        do {
            ruleSet = try RuleLoader(registry: registry).load(directory: options.rules, displayPath: options.rulesDisplay)
        } catch {
            return error.diagnostics.map(\.headline)
        }
        var lines: [String] = []
        for example in ruleSet.examples {
            let actual = example.actualLabels(in: ruleSet)
            if actual != example.labels {
                lines.append("\(example.location): error: example fails: \(example.classifier) gives [\(actual.joined(separator: ", "))] "
                    + "but the example expects [\(example.labels.joined(separator: ", "))]")
            }
        }
        for example in ruleSet.policies.examples {
            if let failure = example.failure(in: ruleSet) { lines.append("\(example.location): error: example fails: \(failure)") }
        }
        let diff = CorpusDiff(options: options, registry: registry)
        lines += diff.changes.keys.sorted().map { "\($0.classifier) " + diff.line($0) }
        lines += (diff.report.tagFileProblems + diff.report.decisionProblems).map(\.headline)
        if let usage = diff.report.usageError { lines.append(usage) }
        return lines
    }

    /// Size and modification time of every `*.yaml` and `*.yml` file in `folder`, by name.
    static func stamps(of folder: URL) -> [String: [Int64]] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        var stamps: [String: [Int64]] = [:]
        for name in names where (name.hasSuffix(".yaml") || name.hasSuffix(".yml")) && !name.hasPrefix(".") {
            var info = stat()
            guard stat(folder.appendingPathComponent(name).path, &info) == 0 else { continue }
            stamps[name] = [Int64(info.st_size), Int64(info.st_mtim.tv_sec), Int64(info.st_mtim.tv_nsec)]
        }
        return stamps
    }
}
