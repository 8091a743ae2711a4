// swift-tools-version: 6.2
import PackageDescription

/// A classifier plugin: a library under `Plugins/` that depends on the core only.
func classifierPlugin(_ name: String) -> Target {
    .target(name: name, dependencies: ["TagDeskCore"], path: "Plugins/\(name)")
}

let package = Package(
    name: "TagDesk",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "tagdesk", targets: ["tagdesk"]),
        .library(name: "TagDeskCore", targets: ["TagDeskCore"]),
        .library(name: "TagDeskPlugins", targets: ["TagDeskPlugins"]),
        .library(name: "LineEditor", targets: ["LineEditor"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.0"),
    ],
    targets: [
        .systemLibrary(name: "CZlib", path: "Sources/CZlib"),
        .target(
            name: "TagDeskCore",
            dependencies: [
                "CZlib",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        classifierPlugin("LexiconPlugin"),
        classifierPlugin("PatternPlugin"),
        classifierPlugin("BoilerplatePlugin"),
        classifierPlugin("GazetteerPlugin"),
        classifierPlugin("TallyPlugin"),
        classifierPlugin("NgramPlugin"),
        classifierPlugin("ExternalPlugin"),
        .target(
            name: "TagDeskPlugins",
            dependencies: ["TagDeskCore", "LexiconPlugin", "PatternPlugin", "BoilerplatePlugin", "GazetteerPlugin", "TallyPlugin", "NgramPlugin",
                           "ExternalPlugin"]
        ),
        .target(name: "LineEditor"),
        .target(name: "TagDeskScreen", dependencies: ["TagDeskCore", "LineEditor"]),
        .executableTarget(
            name: "tagdesk",
            dependencies: [
                "TagDeskCore", "TagDeskPlugins", "TagDeskScreen", "LineEditor",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "line-editor-demo", dependencies: ["LineEditor"]),
        .executableTarget(name: "tagdesk-bench", dependencies: ["TagDeskCore", "TagDeskPlugins"]),
        /// An external classifier speaking the JSON Lines protocol, built with the package so tests exercise it.
        .executableTarget(name: "tagdesk-example-plugin"),
        .target(name: "TagDeskTestSupport", dependencies: ["TagDeskCore"], path: "Tests/TestSupport"),
        .testTarget(name: "TagDeskCoreTests", dependencies: ["TagDeskCore", "TagDeskTestSupport"]),
        .testTarget(
            name: "PluginTests",
            dependencies: ["TagDeskCore", "TagDeskPlugins", "TagDeskTestSupport",
                           "LexiconPlugin", "PatternPlugin", "BoilerplatePlugin", "GazetteerPlugin", "TallyPlugin", "NgramPlugin",
                           "ExternalPlugin", "tagdesk-example-plugin"]
        ),
        .testTarget(name: "TagDeskCLITests", dependencies: ["TagDeskCore", "TagDeskTestSupport", "LineEditor", "tagdesk", "tagdesk-example-plugin"]),
        .testTarget(name: "TagDeskScreenTests", dependencies: ["TagDeskScreen", "TagDeskCore", "TagDeskTestSupport"]),
        .testTarget(name: "LineEditorTests", dependencies: ["LineEditor", "line-editor-demo", "TagDeskTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)

for target in package.targets where target.type != .system {
    var settings = target.swiftSettings ?? []
    settings.append(.enableUpcomingFeature("ExistentialAny"))
    settings.append(.enableUpcomingFeature("MemberImportVisibility"))
    target.swiftSettings = settings
}
