// swift-tools-version: 6.2
import PackageDescription

/// The fuzz targets: one libFuzzer executable per parser, built apart from the root package
/// (`Scripts/fuzz.sh` builds them with `-sanitize=fuzzer,address` into `.build-fuzz/`).
/// `swift build` and `swift test` of the root package never see this package.
func fuzzTarget(_ name: String, _ dependencies: [Target.Dependency]) -> Target {
    .executableTarget(
        name: name,
        dependencies: ["FuzzSupport"] + dependencies,
        swiftSettings: [.unsafeFlags(["-parse-as-library"])]
    )
}

let core: Target.Dependency = .product(name: "TagDeskCore", package: "TagDesk")
let plugins: Target.Dependency = .product(name: "TagDeskPlugins", package: "TagDesk")

let package = Package(
    name: "TagDeskFuzz",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "TagDesk", path: "..")],
    targets: [
        .target(name: "CLibFuzzer"),
        .target(name: "FuzzSupport", dependencies: ["CLibFuzzer", core, plugins]),
        fuzzTarget("fuzz-rule-file", [core, plugins]),
        fuzzTarget("fuzz-tag-file", [core]),
        fuzzTarget("fuzz-decisions-file", [core]),
        fuzzTarget("fuzz-phrase-automaton", [core]),
        fuzzTarget("fuzz-article", [core]),
        fuzzTarget("fuzz-review-command", [core]),
        fuzzTarget("fuzz-review-filter", [core]),
        fuzzTarget("fuzz-policy-file", [core, plugins]),
    ],
    swiftLanguageModes: [.v6]
)
