import Foundation

/// The Swift example external plugin, `tagdesk-example-plugin`, built beside `tagdesk` (`swift build` builds
/// both; the test targets depend on it).
public enum ExamplePlugin {
    /// The executable, beside the `tagdesk` the tests run.
    public static func url() throws -> URL {
        let url = try TagdeskProcess.executableURL().deletingLastPathComponent().appendingPathComponent("tagdesk-example-plugin")
        guard FileManager.default.isExecutableFile(atPath: url.path) else {
            throw TestSupportError("no tagdesk-example-plugin beside tagdesk at \(url.path); build it with 'swift build'")
        }
        return url
    }
}
