import Foundation

/// The TagDesk package root, found from this file's path (`Tests/TestSupport/RepositoryRoot.swift`).
///
/// Tests read `seeds/` and `Rules/` from here and never write into it.
public enum RepositoryRoot {
    public static let url: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Tests/TestSupport
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // package root
        .standardizedFileURL

    /// The repository's `seeds/` folder.
    public static var seeds: URL { url.appendingPathComponent("seeds", isDirectory: true) }

    /// The repository's `Rules/` folder.
    public static var rules: URL { url.appendingPathComponent("Rules", isDirectory: true) }
}
