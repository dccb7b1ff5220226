// ldpub — MIT licence.

import ArticleModel
import Foundation
import Publishing
import SchemaOrgVocabulary
import Testing
import TestScratch

/// `bibliography:` files: CSL JSON and CSL YAML whose items join the references of the file
/// that names them, exactly as `references:` items do.
@Suite struct BibliographyFileTests {
    static let clinic = FixtureSupport.sourceFolder.deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Tests/Fixtures/Sites/clinic")

    private func temporaryFolder() -> URL {
        TestScratch.folder.appendingPathComponent("ldpub-bibliography-\(UUID().uuidString)")
    }

    /// The clinic fixture with site.yaml's references in a CSL JSON file (tab-indented, `\/`
    /// escapes, as exporters write it) and the first article's in a Pandoc CSL YAML file.
    private func clinicWithBibliographies() throws -> URL {
        let input = temporaryFolder()
        try FileManager.default.copyItem(at: Self.clinic, to: input)
        let folder = input.appendingPathComponent("bibliography")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in ["clinic-site.json", "antidepressiva.yaml"] {
            try FileManager.default.copyItem(at: FixtureSupport.fixtures.appendingPathComponent("Bibliography/\(name)"),
                                             to: folder.appendingPathComponent(name))
        }
        let site = input.appendingPathComponent("site.yaml")
        var lines = try String(contentsOf: site, encoding: .utf8).components(separatedBy: "\n")
        let start = try #require(lines.firstIndex(of: "references:"))
        let end = try #require(lines[(start + 1)...].firstIndex { !$0.hasPrefix(" ") })
        lines.replaceSubrange(start..<end, with: ["bibliography: bibliography/clinic-site.json"])
        try lines.joined(separator: "\n").write(to: site, atomically: true, encoding: .utf8)
        let article = input.appendingPathComponent("antidepressiva.yaml")
        let text = try String(contentsOf: article, encoding: .utf8)
        let head = try #require(text.range(of: "\nreferences:\n"))
        try (String(text[..<head.lowerBound]) + "\nbibliography: [./bibliography/antidepressiva.yaml]\n").write(to: article, atomically: true, encoding: .utf8)
        return input
    }

    /// Replaces `old` with `new` in the file at `url`.
    private func replace(_ old: String, with new: String, in url: URL) throws {
        try String(contentsOf: url, encoding: .utf8).replacingOccurrences(of: old, with: new).write(to: url, atomically: true, encoding: .utf8)
    }

    private func outputs(in folder: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        for path in try FileManager.default.subpathsOfDirectory(atPath: folder.path) where OutputLayout.isOwned(path) {
            result[path] = try Data(contentsOf: folder.appendingPathComponent(path))
        }
        return result
    }

    private func validate(_ input: URL) -> ValidationResult {
        InputValidator(vocabulary: .schemaOrg).validate(folder: input.path)
    }

    @Test func clinicValidatesAndBuildsTheSameWithItsReferencesInFiles() throws {
        let input = try clinicWithBibliographies()
        defer { try? FileManager.default.removeItem(at: input) }
        let inline = validate(Self.clinic)
        let moved = validate(input)
        #expect(moved.succeeded == inline.succeeded)
        let summary = { (result: ValidationResult) in result.diagnostics.map { "\($0.severity) \($0.message)" }.sorted() }
        #expect(summary(moved) == summary(inline))
        #expect(moved.articleFileCount == inline.articleFileCount)
        // The warning about the uncited reference points into the JSON file, at the item.
        let uncited = try #require(moved.diagnostics.first { $0.message.contains("never-cited") })
        #expect(uncited.file == input.path + "/bibliography/clinic-site.json")
        #expect(uncited.span.start.line == 49)
        #expect(moved.publication?.site.references.map(\.id) == inline.publication?.site.references.map(\.id))

        let first = temporaryFolder(), second = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: first); try? FileManager.default.removeItem(at: second) }
        let a = FolderBuild(options: .init(inputPath: Self.clinic.path, outputPath: first.path, vocabulary: .schemaOrg, drawGraphs: false)).run()
        let b = FolderBuild(options: .init(inputPath: input.path, outputPath: second.path, vocabulary: .schemaOrg, drawGraphs: false)).run()
        #expect(a.failure == nil && b.failure == nil)
        let expected = try outputs(in: first), built = try outputs(in: second)
        #expect(Set(expected.keys) == Set(built.keys))
        for (path, bytes) in expected { #expect(built[path] == bytes, "\(path) differs") }
    }

    @Test func aBadKeyInAJSONFileIsReportedAtItsLineAndColumn() throws {
        let input = try clinicWithBibliographies()
        defer { try? FileManager.default.removeItem(at: input) }
        let file = input.appendingPathComponent("bibliography/clinic-site.json")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "\"container-title\"", with: "\"container-titel\"").write(to: file, atomically: true, encoding: .utf8)
        let result = validate(input)
        let problem = try #require(result.diagnostics.first { $0.message.contains("container-titel") })
        #expect(problem.severity == .error)
        #expect(problem.file == file.path)
        #expect(problem.message.contains("did you mean 'container-title'?"))
        let lines = text.components(separatedBy: "\n")
        let line = try #require(lines.firstIndex { $0.contains("\"container-title\"") })
        #expect(problem.span.start.line == line + 1)
        #expect(problem.span.start.column == 3)
        // The source excerpt comes from the bibliography file.
        let rendered = DiagnosticRenderer { result.source(of: $0) }.text([problem])
        #expect(rendered.contains("\"container-titel\": \"The Lancet\","))
        #expect(rendered.contains("clinic-site.json:\(line + 1):3: error:"))
    }

    @Test func jsonEscapesAndAPandocReferencesMappingDecode() throws {
        let input = try clinicWithBibliographies()
        defer { try? FileManager.default.removeItem(at: input) }
        try replace("\"Een boek dat niemand citeert\"", with: "\"Caf\\u00e9 \\/ r\\u00e9sum\\u00e9 \\\"quoted\\\"\\t\\ud83d\\ude00\"",
                    in: input.appendingPathComponent("bibliography/clinic-site.json"))
        let result = validate(input)
        #expect(result.diagnostics.errorCount == 0)
        let titles = result.publication?.site.references.map(\.title) ?? []
        #expect(titles.contains("Café / résumé \"quoted\"\t😀"))
        #expect(result.publication?.articles.first { $0.slug == "antidepressiva" }?.references.map(\.id) == ["eigen2024"])
    }

    /// An article's bibliography that cannot be read is one error: its claims citing the items
    /// it would have held are not each "cites unknown source" on top of it.
    @Test func anUnreadBibliographyIsOneErrorNotOnePerCitation() throws {
        let input = try clinicWithBibliographies()
        defer { try? FileManager.default.removeItem(at: input) }
        let article = input.appendingPathComponent("antidepressiva.yaml")
        try replace("./bibliography/antidepressiva.yaml", with: "./bibliography/antidepressiva-old.yaml", in: article)
        let errors = validate(input).diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1, "\(errors.map(\.message))")
        #expect(errors.first?.message.hasPrefix("bibliography './bibliography/antidepressiva-old.yaml'") == true, "\(errors.map(\.message))")
        #expect(errors.first?.file == article.path)
    }

    @Test func filesOutsideTheInputFolderOrItsBibliographyFolderAreRefused() throws {
        let input = try clinicWithBibliographies()
        let outside = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: input); try? FileManager.default.removeItem(at: outside) }
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: input.appendingPathComponent("bibliography/clinic-site.json"), to: outside.appendingPathComponent("refs.json"))
        try FileManager.default.createSymbolicLink(atPath: input.appendingPathComponent("bibliography/link.json").path,
                                                   withDestinationPath: outside.appendingPathComponent("refs.json").path)
        try FileManager.default.copyItem(at: input.appendingPathComponent("bibliography/clinic-site.json"), to: input.appendingPathComponent("refs.json"))
        let site = input.appendingPathComponent("site.yaml")
        let text = try String(contentsOf: site, encoding: .utf8)
        let cases: [(String, String)] = [
            ("../\(outside.lastPathComponent)/refs.json", "is outside the input folder"),
            (outside.appendingPathComponent("refs.json").path, "is an absolute path"),
            ("bibliography/../../\(outside.lastPathComponent)/refs.json", "is outside the input folder"),
            ("bibliography/link.json", "is a symbolic link to a file outside the input folder"),
            ("refs.json", "bibliography 'refs.json' is not in the input folder's 'bibliography/', where bibliography files live (so that they are never read as articles); move it there and name it by its path from this file"),
            ("clinic-site.json", "bibliography 'clinic-site.json' is not in the input folder's 'bibliography/'; did you mean 'bibliography/clinic-site.json'?"),
            ("nothing.json", "bibliography 'nothing.json' names no file, and bibliography files live in the input folder's 'bibliography/': put the file there"),
            ("bibliography/missing.json", "cannot be read"),
            ("bibliography/notes.txt", "neither CSL JSON"),
            ("bibliography/.refs.json", "is a hidden file"),
            ("bibliography/.old/clinic-site.json", "is a hidden file"),
        ]
        for (name, message) in cases {
            try text.replacingOccurrences(of: "bibliography: bibliography/clinic-site.json", with: "bibliography: \"\(name)\"")
                .write(to: site, atomically: true, encoding: .utf8)
            let result = validate(input)
            let problem = result.diagnostics.first { $0.message.contains(message) }
            #expect(problem?.file == site.path, "\(name)")
            #expect(problem?.severity == .error, "\(name)")
            // Only a file that could not be read carries the system's reason (here: not there).
            #expect((problem?.readFailure?.isNoSuchFile == true) == (message == "cannot be read"), "\(name)")
            // Nothing of the file outside was read: its items are not there to be unknown or cited.
            #expect(!result.succeeded)
        }
    }

    @Test func bibliographyFilesAreNotArticlesAndAnEditRebuilds() throws {
        let input = try clinicWithBibliographies()
        let output = temporaryFolder(), cache = temporaryFolder()
        defer { for url in [input, output, cache] { try? FileManager.default.removeItem(at: url) } }
        let entries = InputFolder(path: input.path, maxFileBytes: 1 << 20).articleEntries()
        #expect(entries.count == validate(Self.clinic).articleFileCount)
        let options = FolderBuild.Options(inputPath: input.path, outputPath: output.path, vocabulary: .schemaOrg, drawGraphs: false,
                                          cacheKey: "bibliography test", cacheRoot: cache.path)
        #expect(FolderBuild(options: options).run().failure == nil)
        let file = input.appendingPathComponent("bibliography/antidepressiva.yaml")
        try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "Richtlijn depressie (samenvatting)", with: "Richtlijn depressie, bijgewerkt")
            .write(to: file, atomically: true, encoding: .utf8)
        let second = FolderBuild(options: options).run()
        #expect(second.failure == nil)
        #expect(second.reusedArticles < entries.count)
        let page = try String(contentsOf: output.appendingPathComponent("antidepressiva/index.jsonld"), encoding: .utf8)
        #expect(page.contains("Richtlijn depressie, bijgewerkt"))
    }
}
