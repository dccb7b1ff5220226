// ldpub — MIT licence.

import Foundation
import TestScratch

/// Temporary input and output folders for the command-line tests, from the fixtures of
/// `Tests/ArticleModelTests/Fixtures/`.
struct InputFolderMaker {
    /// The repository, found from this file's path.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = repository.appendingPathComponent("Tests/ArticleModelTests/Fixtures")

    /// A fresh temporary folder; `path` is it.
    let url: URL
    var path: String { url.path }

    init() throws {
        url = TestScratch.folder.appendingPathComponent("ldpub-cli-input-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// A folder with the base site and, unless `article` is false, the base article (valid, no warnings).
    static func baseSite(article: Bool = true) throws -> InputFolderMaker {
        let folder = try InputFolderMaker()
        try folder.copyFixture("BaseSite/site.yaml", as: "site.yaml")
        if article { try folder.copyFixture("BaseSite/base-article.yaml", as: "base-article.yaml") }
        return folder
    }

    func copyFixture(_ relativePath: String, as name: String) throws {
        try write(name, Array(try Data(contentsOf: Self.fixtures.appendingPathComponent(relativePath))))
    }

    func write(_ name: String, _ bytes: [UInt8]) throws {
        let target = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: target)
    }

    func write(_ name: String, _ text: String) throws { try write(name, Array(text.utf8)) }

    /// A sparse file: `text`, then a hole up to `size` bytes.
    func writeSparse(_ name: String, startingWith text: String, size: Int) throws {
        try write(name, text)
        let descriptor = open(url.appendingPathComponent(name).path, O_WRONLY)
        defer { close(descriptor) }
        _ = ftruncate(descriptor, off_t(size))
    }

    func link(_ name: String, to target: String) throws {
        try FileManager.default.createSymbolicLink(atPath: url.appendingPathComponent(name).path, withDestinationPath: target)
    }

    /// The content of a file below the folder, if it is there.
    func read(_ name: String) -> String? {
        (try? Data(contentsOf: url.appendingPathComponent(name))).map { String(decoding: $0, as: UTF8.self) }
    }
}
