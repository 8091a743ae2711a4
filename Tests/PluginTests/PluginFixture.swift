import Foundation
import TagDeskCore
import TagDeskPlugins

/// Loads rule files written in a test into a rule set, through the real loader and registry.
enum PluginFixture {
    static func ruleSet(_ files: [String: String]) throws -> RuleSet {
        try inFolder(files) { try RuleLoader(registry: .builtIn).load(directory: $0, displayPath: "Rules") }
    }

    /// What `tagdesk rules lint` finds in the files: errors, warnings and the rule set if no error.
    static func lint(_ files: [String: String]) throws -> RuleLint {
        try inFolder(files) { try RuleLoader(registry: .builtIn).lint(directory: $0, displayPath: "Rules") }
    }

    private static func inFolder<T>(_ files: [String: String], _ body: (URL) throws -> T) throws -> T {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("rules-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        for (name, text) in files {
            try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return try body(directory)
    }

    /// The diagnostics a broken rule folder produces, one headline each.
    static func problems(_ files: [String: String]) -> [String] {
        do {
            _ = try ruleSet(files)
            return []
        } catch let list as DiagnosticList {
            return list.diagnostics.map(\.headline)
        } catch {
            return ["\(error)"]
        }
    }

    static func tags(_ ruleSet: RuleSet, _ text: String, classifier: String) -> [Tag] {
        ClassificationPass(ruleSet: ruleSet).classify(.init(article: Article(id: "t", text: text))).tags[classifier] ?? []
    }
}
