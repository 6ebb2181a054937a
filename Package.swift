// swift-tools-version:6.0
import PackageDescription

// One module per stage, dependencies pointing one way:
// VietText, Diagnostics, Parallel → Load → Model → Compute → Render → Write → Pipeline → thidua (CLI).
let package = Package(
    name: "thidua",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "thidua", targets: ["ThiduaCLI"]),
        .executable(name: "thidua-bench", targets: ["ThiduaBench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
    ],
    targets: [
        .systemLibrary(name: "CCmark", pkgConfig: "libcmark", providers: [.apt(["libcmark-dev"])]),
        .systemLibrary(name: "CJemalloc", pkgConfig: "jemalloc", providers: [.apt(["libjemalloc-dev"])]),
        .target(name: "CSystem"),
        // Only the command links jemalloc (see MemoryPolicy); tests and libraries keep the system malloc.
        .target(name: "CAllocator", dependencies: ["CJemalloc"]),
        .target(name: "VietText"),
        .target(name: "Diagnostics"),
        .target(name: "Parallel"),
        .target(name: "Load", dependencies: ["VietText", "Diagnostics", "Parallel", .product(name: "Yams", package: "Yams")]),
        .target(name: "Markdown", dependencies: ["CCmark", "VietText"]),
        .target(name: "SiteOutput"),
        .target(name: "LinkCheck", dependencies: ["SiteOutput", "Parallel"]),
        .target(name: "Model", dependencies: ["Load", "Markdown", "VietText", "Diagnostics", "Parallel"]),
        .target(name: "Compute", dependencies: ["Model", "VietText", "Diagnostics"]),
        .target(name: "Charts", dependencies: ["VietText"]),
        .target(name: "Render", dependencies: [
            "Model", "Compute", "Charts", "Markdown", "VietText", "Diagnostics", "SiteOutput", "Parallel",
            .product(name: "Mustache", package: "swift-mustache"),
        ]),
        .target(name: "Write", dependencies: ["CSystem", "SiteOutput", "Parallel"]),
        .target(name: "Pipeline", dependencies: ["Load", "Model", "Compute", "Render", "Write", "LinkCheck", "SiteOutput", "Diagnostics", "VietText", "CSystem", "Parallel"]),
        .executableTarget(name: "ThiduaCLI", dependencies: [
            "Pipeline", "Diagnostics", "VietText", "CSystem", "CAllocator",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "ThiduaBench", dependencies: [
            "Pipeline", "VietText", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .testTarget(name: "VietTextTests", dependencies: ["VietText"]),
        .testTarget(name: "LoadTests", dependencies: ["Load", "Diagnostics"]),
        .testTarget(name: "ChartsTests", dependencies: ["Charts"], exclude: ["Golden"]),
        .testTarget(name: "WriteTests", dependencies: ["Write", "LinkCheck", "SiteOutput"]),
        .testTarget(name: "MarkdownTests", dependencies: ["Markdown", "VietText"]),
        .testTarget(name: "ComputeTests", dependencies: ["Compute", "Model", "Diagnostics", "VietText"]),
        .testTarget(name: "ThiduaBenchTests", dependencies: ["ThiduaBench"]),
        .testTarget(name: "SiteTests", dependencies: ["Pipeline", "Model", "Compute", "Render", "Markdown", "Diagnostics", "VietText", "Parallel"]),
    ],
    swiftLanguageModes: [.v5]
)
