// swift-tools-version:6.0
// Fuzz targets for ldpub, kept out of the main package so `swift build` there never builds them.
// Build and run them with Scripts/fuzz (libFuzzer and AddressSanitizer).
import PackageDescription

let package = Package(
    name: "ldpub-fuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "ldpub", path: ".."),
    ],
    targets: [
        // What both targets share: reading choices from fuzz bytes, a publication generator, output checks.
        .target(
            name: "FuzzSupport",
            dependencies: [
                .product(name: "ArticleModel", package: "ldpub"),
                .product(name: "YAMLNodes", package: "ldpub"),
                .product(name: "Publishing", package: "ldpub"),
                .product(name: "LinkedDataValidation", package: "ldpub"),
                .product(name: "LinkedDataJSON", package: "ldpub"),
                .product(name: "SchemaOrgVocabulary", package: "ldpub"),
            ]
        ),
        // Bytes → YAML → decoding → cross-file checks → rendered diagnostics (and, when valid, the build).
        .executableTarget(name: "FuzzInput", dependencies: ["FuzzSupport"]),
        // Random valid publications → every exporter → the validators of LinkedDataValidation.
        .executableTarget(name: "FuzzExport", dependencies: ["FuzzSupport"]),
    ]
)
