import Foundation
import TagDeskCore
import TagDeskPlugins

/// The repository the fuzz targets were built from: its rule files, for the targets that need a rule set.
/// Fuzz builds run where they were built (`Scripts/fuzz.sh`), so the path of this source file finds it.
public enum FuzzRepository {
    /// The repository's root folder.
    public static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The bytes of a file of the repository, by path from its root; stops the run if it cannot be read.
    public static func bytes(_ path: String) -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(path).path) else {
            fatalError("cannot read \(path) under \(root.path)")
        }
        return [UInt8](data)
    }

    /// The built-in plugins but `external`: a fuzzed rule file must never start a command.
    public static let registry = PluginRegistry(builtInPlugins.filter { $0.name != "external" })

    /// The classifiers of `Rules/` named by `files` (`tone.yaml`), with the built-in plugins; stops the run if they do
    /// not load.
    public static func ruleSet(files: [String]) -> RuleSet {
        let lint = RuleLoader(registry: registry).lint(names: files, contents: files.map { bytes("Rules/" + $0) },
                                                       displayPath: "Rules")
        guard let ruleSet = lint.ruleSet else { fatalError("Rules/ does not load: \(lint.diagnostics)") }
        return ruleSet
    }
}
