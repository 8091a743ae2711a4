import Foundation

/// The package's root folder, to find `Rules/` and `Plugins/`.
enum PackageRoot {
    static let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}
