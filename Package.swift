// swift-tools-version:6.0
// ldpub: YAML article definitions to schema.org JSON-LD, feeds and claim-provenance graphs.
import PackageDescription

let package = Package(
    name: "ldpub",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "ldpub", targets: ["ldpub"]),
        .library(name: "YAMLNodes", targets: ["YAMLNodes"]),
        .library(name: "ArticleModel", targets: ["ArticleModel"]),
        .library(name: "CorpusGenerator", targets: ["CorpusGenerator"]),
        .executable(name: "ldpub-corpus", targets: ["ldpub-corpus"]),
        .executable(name: "yaml-floor", targets: ["yaml-floor"]),
        // For the fuzz targets in Fuzz/ (a separate package that depends on this one by path).
        .library(name: "Publishing", targets: ["Publishing"]),
        .library(name: "LinkedDataValidation", targets: ["LinkedDataValidation"]),
        .library(name: "LinkedDataJSON", targets: ["LinkedDataJSON"]),
        .library(name: "SchemaOrgVocabulary", targets: ["SchemaOrgVocabulary"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // Mustache templates for the pages' layouts (a site's own, and ldpub's built-in ones).
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        // The HTTP server of `ldpub serve`: pure Swift on sockets with async/await, no SwiftNIO (README: "Writing with a live preview").
        .package(url: "https://github.com/swhitty/FlyingFox", exact: "0.27.1"),
    ],
    targets: [
        // libyaml, the C library, from the system (Debian libyaml-dev, pkg-config yaml-0.1).
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        // The YAML layer: libyaml events to a tree of nodes with marks. The only target that imports CYAML.
        .target(name: "YAMLNodes", dependencies: ["CYAML"]),
        // JSON values with ordered objects, a deterministic writer, and parsing for validators.
        .target(name: "LinkedDataJSON"),
        // The files in Schemas/ (JSON Schemas of the input, schema.org facts), bundled.
        .target(
            name: "SchemaFiles",
            path: "Schemas",
            exclude: ["README.md", "csl-variables.txt"],
            sources: ["SchemaFiles.swift"],
            resources: [.copy("schemaorg-facts.json"), .copy("site.schema.json"), .copy("article.schema.json")]
        ),
        // The schema.org vocabulary: classes, properties, domains, ranges, enumeration members.
        .target(name: "SchemaOrgVocabulary", dependencies: ["SchemaFiles"]),
        // Validators for JSON-LD (against the vocabulary) and for RSS 2.0 and Atom 1.0 feeds.
        .target(name: "LinkedDataValidation", dependencies: ["LinkedDataJSON", "SchemaOrgVocabulary"]),
        // The record format of the build cache: LEB128 integers, length-prefixed bytes.
        .target(name: "BinaryRecords"),
        // The interface text of the pages and graphs: message keys, the English and Dutch catalogues.
        .target(name: "InterfaceText"),
        // The typed model of site.yaml and articles, decoding with diagnostics and cross-file checks.
        .target(name: "ArticleModel", dependencies: ["YAMLNodes", "LinkedDataJSON", "InterfaceText"]),
        // cmark, the CommonMark reference implementation, from the system (Debian libcmark-dev).
        .systemLibrary(name: "CCMark", pkgConfig: "libcmark", providers: [.apt(["libcmark-dev"]), .brew(["cmark"])]),
        // CommonMark to HTML with cmark, links and images made absolute.
        .target(name: "MarkdownRendering", dependencies: ["CCMark"]),
        // schema.org JSON-LD of each page.
        .target(name: "JSONLDExport", dependencies: ["ArticleModel", "LinkedDataJSON"]),
        // RSS 2.0, Atom 1.0 and JSON Feed 1.1.
        .target(name: "FeedExport", dependencies: ["ArticleModel", "LinkedDataJSON", "MarkdownRendering"]),
        // The one posix_spawn file action Swift's Glibc module hides (close every descriptor from n).
        .target(name: "CProcessSpawn"),
        // Claims-to-sources graphs in Graphviz DOT, and their drawing by Graphviz's `dot`.
        .target(name: "ClaimGraphExport", dependencies: ["ArticleModel", "InterfaceText", "CProcessSpawn"]),
        // Static HTML: each article's page with its claims and sources, the site overview, the report.
        // The pages are rendered from Mustache templates (the built-in layouts, or the site's templates/).
        .target(name: "HTMLExport", dependencies: [
            "ArticleModel", "InterfaceText", "ClaimGraphExport", "JSONLDExport", "LinkedDataJSON", "MarkdownRendering",
            .product(name: "Mustache", package: "swift-mustache"),
        ]),
        // Publications built in code, for the exporters' tests (not a product).
        .target(name: "ModelFixtures", dependencies: ["ArticleModel"]),
        // The tests' temporary folder: one per test process, removed when it exits.
        .target(name: "TestScratch"),
        // The build cache's format: the only module that encodes and decodes what a build keeps for the next
        // (file stamps, each article's digest and graph fragment, diagnostics, statistics); the exporters return values.
        .target(name: "BuildCache", dependencies: ["ArticleModel", "BinaryRecords", "ClaimGraphExport", "YAMLNodes"]),
        // The build: a pipeline of named steps that runs the exporters, checks what they produce, writes Output/ atomically.
        .target(
            name: "Publishing",
            dependencies: ["ArticleModel", "BuildCache", "InterfaceText", "JSONLDExport", "FeedExport", "ClaimGraphExport", "HTMLExport", "LinkedDataValidation", "SchemaFiles", "SchemaOrgVocabulary"]
        ),
        // `ldpub serve`: an HTTP server for the output folder, a watcher of the input folder, rebuilds and reloads.
        .target(name: "AuthoringServer", dependencies: ["ArticleModel", "MarkdownRendering", "Publishing", .product(name: "FlyingFox", package: "FlyingFox")]),
        // GitHub Actions workflow commands (`::error file=…,line=…::message`), for `--format github`.
        .target(name: "WorkflowCommands"),
        // The command-line tool.
        .executableTarget(
            name: "ldpub",
            dependencies: [
                "ArticleModel",
                "AuthoringServer",
                "LinkedDataJSON",
                "WorkflowCommands",
                "HTMLExport",
                "Publishing",
                "LinkedDataValidation",
                "SchemaOrgVocabulary",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // mimalloc (Debian libmimalloc-dev) replaces the C library's malloc in the ldpub process on
            // Linux: libyaml, the YAML node tree and Swift's runtime allocate for every token and node,
            // and `ldpub validate` took 11 to 17% less time with it in two benchmark runs (README: "Performance").
            linkerSettings: [.linkedLibrary("mimalloc", .when(platforms: [.linux]))]
        ),
        // Benchmark corpus generator (deterministic, seeded) and its command-line tool.
        .target(name: "CorpusGenerator"),
        .executableTarget(
            name: "ldpub-corpus",
            dependencies: ["CorpusGenerator", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // The benchmark's floor: libyaml's event parser over every input file, building nothing.
        .executableTarget(name: "yaml-floor", dependencies: ["CYAML"]),
        .testTarget(name: "CorpusGeneratorTests", dependencies: ["TestScratch", "CorpusGenerator", "ArticleModel", "SchemaOrgVocabulary"]),
        .testTarget(name: "LinkedDataJSONTests", dependencies: ["LinkedDataJSON"]),
        .testTarget(name: "WorkflowCommandsTests", dependencies: ["WorkflowCommands"]),
        .testTarget(name: "LinkedDataValidationTests", dependencies: ["TestScratch", "LinkedDataValidation", "SchemaOrgVocabulary", "SchemaFiles", "LinkedDataJSON"], resources: [.copy("Fixtures")]),
        .testTarget(name: "MarkdownRenderingTests", dependencies: ["MarkdownRendering"]),
        .testTarget(name: "JSONLDExportTests", dependencies: ["JSONLDExport", "ModelFixtures"]),
        .testTarget(name: "FeedExportTests", dependencies: ["FeedExport", "ModelFixtures"]),
        // With BuildCache: fragments kept as bytes by the cache assemble into the same graph (checked against the oracle here).
        .testTarget(name: "ClaimGraphExportTests", dependencies: ["TestScratch", "ClaimGraphExport", "BuildCache", "InterfaceText", "ModelFixtures"]),
        .testTarget(name: "HTMLExportTests", dependencies: ["TestScratch", "HTMLExport", "InterfaceText", "ModelFixtures", "Publishing", "SchemaOrgVocabulary", "CorpusGenerator"]),
        .testTarget(name: "PublishingTests", dependencies: ["TestScratch", "Publishing", "BuildCache", "HTMLExport", "ModelFixtures", "SchemaOrgVocabulary", "CorpusGenerator"]),
        .testTarget(name: "YAMLNodesTests", dependencies: ["YAMLNodes"], resources: [.copy("YAMLTestSuite")]),
        .testTarget(name: "ArticleModelTests", dependencies: ["TestScratch", "ArticleModel", "InterfaceText", "Publishing", "SchemaOrgVocabulary"], resources: [.copy("Fixtures")]),
        // Runs the built `ldpub` binary: exit statuses, one-line errors, bounded time and memory on hostile input.
        .testTarget(name: "LDPubCLITests", dependencies: ["TestScratch", "ldpub", "LinkedDataValidation", "CProcessSpawn"]),
        .testTarget(name: "AuthoringServerTests", dependencies: ["TestScratch", "AuthoringServer", "Publishing", "ArticleModel", "SchemaOrgVocabulary"]),
    ]
)
