import Foundation

/// The rule files a command was asked about (`tagdesk rules lint Rules/topic.yaml`), as the paths its
/// diagnostics and examples carry; no file named means every file of the rules folder.
public struct RuleFileSelection: Sendable {
    /// Display paths (`Rules/topic.yaml`), or `nil` for every file.
    public let files: Set<String>?

    /// - Parameters:
    ///   - paths: files as typed, relative to `base`; each must be a `*.yaml` or `*.yml` file of `rules`.
    ///   - rules: the rules folder, whose display path is `rulesDisplay`.
    /// - Throws: a usage message for a path that does not exist or is not in the rules folder.
    public init(paths: [String], base: URL, rules: URL, rulesDisplay: String) throws(NotARuleFile) {
        guard !paths.isEmpty else {
            files = nil
            return
        }
        var files: Set<String> = []
        for path in paths {
            let url = URL(fileURLWithPath: path, relativeTo: base).standardizedFileURL
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue else {
                throw NotARuleFile("no rule file '\(path)'; expected a *.yaml file of the rules folder '\(rulesDisplay)'")
            }
            guard url.deletingLastPathComponent().resolvingSymlinksInPath().path == rules.resolvingSymlinksInPath().path else {
                throw NotARuleFile("'\(path)' is not in the rules folder '\(rulesDisplay)'; "
                    + "pass its folder with --rules (rules are checked together: they depend on each other)")
            }
            files.insert(rulesDisplay + "/" + url.lastPathComponent)
        }
        self.files = files
    }

    public func contains(_ file: String) -> Bool {
        files?.contains(file) ?? true
    }

    /// A path that names no rule file of the folder: a usage error (exit status 2).
    public struct NotARuleFile: Error, Sendable, CustomStringConvertible {
        public let description: String

        init(_ description: String) { self.description = description }
    }
}
