// ldpub — MIT licence.

import ArticleModel
import Foundation
import Testing

/// `InputFolder.stillLists(_:heard:)`, which lets `ldpub serve` keep the input listing between
/// rebuilds: whenever it says the listing holds, listing the folder again gives the same
/// entries; and every change that alters the listing makes it say no.
@Suite struct ListingReuseTests {
    private static let files = [
        "site.yaml": "x", "a.yaml": "x", "news/b.yml": "x", "news/c.yaml": "x", "news/photo.jpg": "x",
        "static/logo.png": "x", "i18n/nl.yaml": "x", "notes.txt": "x",
    ]

    private static func described(_ entries: [InputFolder.Entry]) -> [String] {
        entries.map { entry in
            switch entry {
            case .file(let path, let viaLink): "\(path) \(viaLink)"
            case .problem(let diagnostic): "problem \(diagnostic.message)"
            }
        }
    }

    /// Lists a new folder, makes `change` in it, and asks whether the listing holds with `heard`;
    /// checks that a yes is true to a new listing.
    private func stillLists(heard: Set<String>, extra: [String: String] = [:], _ change: (URL) throws -> Void = { _ in }) throws -> Bool {
        let root = try FixtureSupport.makeFolder(Self.files.merging(extra) { $1 }, prefix: "ldpub-listing")
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = InputFolder(path: root.path, maxFileBytes: 1 << 20)
        let listing = folder.articleEntries()
        try change(root)
        let answer = folder.stillLists(listing, heard: heard)
        if answer {
            #expect(Self.described(folder.articleEntries()) == Self.described(listing), "said to hold for \(heard), but the folder lists otherwise")
        }
        return answer
    }

    private func write(_ text: String, _ path: String, in root: URL) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    @Test func holdsWhenListedArticlesAndOtherFilesWereEdited() throws {
        #expect(try stillLists(heard: ["a.yaml", "news/c.yaml"]) { try write("y", "a.yaml", in: $0); try write("y", "news/c.yaml", in: $0) })
        #expect(try stillLists(heard: ["news/photo.jpg", "notes.txt"]) { try write("y", "news/photo.jpg", in: $0) })
        #expect(try stillLists(heard: []))
    }

    @Test func holdsForFilesNoListingIncludes() throws {
        // An editor's swap file, a static file, a message catalogue, a new non-YAML file.
        #expect(try stillLists(heard: [".a.yaml.swp", "news/.c.yaml.swp", "static/new.yaml", "i18n/de.yaml", "news/x.txt"]) { root in
            for path in [".a.yaml.swp", "news/.c.yaml.swp", "static/new.yaml", "i18n/de.yaml", "news/x.txt"] { try write("y", path, in: root) }
        })
        // A saved-and-renamed file (vim's backup) that is not YAML.
        #expect(try stillLists(heard: ["a.yaml~", "a.yaml"]) { root in
            try FileManager.default.copyItem(at: root.appendingPathComponent("a.yaml"), to: root.appendingPathComponent("a.yaml~"))
            try write("y", "a.yaml", in: root)
        })
    }

    @Test func failsWhenAnArticleIsAddedRemovedOrReplaced() throws {
        #expect(try !stillLists(heard: ["d.yaml"]) { try write("y", "d.yaml", in: $0) })
        #expect(try !stillLists(heard: ["news/d.yml"]) { try write("y", "news/d.yml", in: $0) })
        #expect(try !stillLists(heard: ["a.yaml"]) { try FileManager.default.removeItem(at: $0.appendingPathComponent("a.yaml")) })
        #expect(try !stillLists(heard: ["a.yaml"]) { root in
            try FileManager.default.removeItem(at: root.appendingPathComponent("a.yaml"))
            try FileManager.default.createDirectory(at: root.appendingPathComponent("a.yaml"), withIntermediateDirectories: false)
        })
        #expect(try !stillLists(heard: ["a.yaml"]) { root in
            try FileManager.default.removeItem(at: root.appendingPathComponent("a.yaml"))
            try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("a.yaml").path, withDestinationPath: "news/c.yaml")
        })
    }

    @Test func failsWhenAFolderOfArticlesGoesOrComes() throws {
        #expect(try !stillLists(heard: ["news"]) { try FileManager.default.removeItem(at: $0.appendingPathComponent("news")) })
        #expect(try !stillLists(heard: ["news"]) { root in
            try FileManager.default.moveItem(at: root.appendingPathComponent("news"), to: root.appendingPathComponent("old"))
            try write("y", "news", in: root)
        })
        #expect(try !stillLists(heard: ["more"]) { try write("y", "more/e.yaml", in: $0) })
        // A link to a folder of articles is an error in a new listing.
        #expect(try !stillLists(heard: ["linked"]) { root in
            try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("linked").path, withDestinationPath: "news")
        })
    }

    @Test func failsWhenTheSiteFileChanges() throws {
        // Without site.yaml, a site.yml stops being an article.
        #expect(try !stillLists(heard: ["site.yaml"], extra: ["site.yml": "x"]) { root in
            try FileManager.default.removeItem(at: root.appendingPathComponent("site.yaml"))
        })
        #expect(try !stillLists(heard: ["site.yaml"]) { try write("y", "site.yaml", in: $0) })
    }

    @Test func failsForAListingWithALinkOrAProblem() throws {
        let root = try FixtureSupport.makeFolder(Self.files, prefix: "ldpub-listing")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("linked.yaml").path, withDestinationPath: "a.yaml")
        let folder = InputFolder(path: root.path, maxFileBytes: 1 << 20)
        let listing = folder.articleEntries()
        #expect(listing.contains { if case .file(_, true) = $0 { true } else { false } })
        // The link's target may have changed unheard through its own name: never reused.
        #expect(!folder.stillLists(listing, heard: []))
    }
}
