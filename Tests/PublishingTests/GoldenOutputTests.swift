// ldpub — MIT licence.

import ArticleModel
import Foundation
import HTMLExport
import Publishing
import SchemaOrgVocabulary
import Testing

/// Output/ in git is the build of Articles/: building the sample in memory must reproduce every
/// file of ldpub's in Output/, byte for byte, with nothing missing and nothing extra.
///
/// The SVG drawings do not depend on the machine's fonts (Graphviz measures text with its
/// built-in metrics), only on Graphviz's version. Where the installed Graphviz is not the one
/// that drew the committed SVG, the drawings are compared by content (their titles and texts)
/// instead of by layout, and everything around them byte for byte.
///
/// `RECORD_GOLDEN=1 swift test --filter GoldenOutputTests` rewrites Output/ and then fails,
/// so a recording never passes unnoticed (refreshing is `swift run ldpub build`, the same thing).
@Suite struct GoldenOutputTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func buildSample() throws -> [OutputFile] {
        let vocabulary = TermVocabulary.schemaOrg
        let result = InputValidator(vocabulary: vocabulary).validate(folder: packageRoot.appendingPathComponent("Articles").path)
        let publication = try #require(result.publication, "the sample does not validate: \(result.diagnostics.filter { $0.severity == .error })")
        // The sample asks for SVG graphs (site.yaml 'graphs.svg'), so reproducing Output/ needs Graphviz.
        let drawing = publication.site.graphs.svg
            ? try GraphDrawing(searchPath: ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin") : nil
        let folder = InputFolder(path: packageRoot.appendingPathComponent("Articles").path, maxFileBytes: 16 * 1024 * 1024)
        let staticCopies = StaticCopies.read(StaticFiles(of: folder), in: folder)
        #expect(staticCopies.problems.isEmpty)
        let templateFiles = TemplateFiles.read(in: folder)
        #expect(templateFiles.problems.isEmpty)
        let templates = try PageTemplates.make(siteFiles: templateFiles.files).get()
        return try SiteBuild(publication: publication).run(drawing: drawing, staticCopies: staticCopies.files, templates: templates).files
    }

    /// Every file in Output/ but ldpub's hidden `.ldpub/` folder, by path: Output/ holds nothing
    /// that a build does not write.
    static func committedFiles() throws -> [String: [UInt8]] {
        let output = packageRoot.appendingPathComponent("Output")
        var files: [String: [UInt8]] = [:]
        for path in try FileManager.default.subpathsOfDirectory(atPath: output.path) where !path.hasPrefix(".") {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: output.appendingPathComponent(path).path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            files[path] = Array(try Data(contentsOf: output.appendingPathComponent(path)))
        }
        return files
    }

    @Test func outputIsTheCurrentBuildOfArticles() throws {
        let built = try Self.buildSample()
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            _ = try OutputWriter(outputPath: Self.packageRoot.appendingPathComponent("Output").path).write(built)
            Issue.record("recorded Output/; run the tests again without RECORD_GOLDEN")
            return
        }
        let committed = try Self.committedFiles()
        let builtByPath = Dictionary(uniqueKeysWithValues: built.map { ($0.path, $0.bytes) })
        for path in Set(builtByPath.keys).subtracting(committed.keys).sorted() {
            Issue.record("Output/\(path) is missing: run `swift run ldpub build`")
        }
        for path in Set(committed.keys).subtracting(builtByPath.keys).sorted() {
            Issue.record("Output/\(path) is not produced by a build of Articles/: run `swift run ldpub build`")
        }
        for (path, bytes) in builtByPath.sorted(by: { $0.key < $1.key }) {
            guard let old = committed[path], old != bytes else { continue }
            let versions = (committed: SVGContent.graphvizVersion(in: old), built: SVGContent.graphvizVersion(in: bytes))
            if let committedVersion = versions.committed, let builtVersion = versions.built, committedVersion != builtVersion {
                let (oldContent, newContent) = (SVGContent.withDrawingsByContent(old), SVGContent.withDrawingsByContent(bytes))
                guard oldContent != newContent else { continue }
                Issue.record("""
                    Output/\(path) differs from a build of Articles/ in more than the layout of Graphviz \(builtVersion) \
                    (the committed drawing is by \(committedVersion)): run `swift run ldpub build`:
                    \(Self.firstDifference(oldContent, newContent))
                    """)
                continue
            }
            Issue.record("Output/\(path) differs from a build of Articles/ (run `swift run ldpub build`):\n\(Self.firstDifference(old, bytes))")
        }
    }

    @Test func drawingsAreComparedByContentAcrossGraphvizVersions() {
        let drawn = Array("""
            <p>x</p><svg width="10pt">
            <!-- Generated by graphviz version 2.43.0 (0)
             --><g><title>b</title><text x="1">Beta</text><title>a</title></g></svg><p>y</p>
            """.utf8)
        let relaidOut = Array("""
            <p>x</p><svg width="12pt">
            <!-- Generated by graphviz version 12.2.1 (20241206.2353)
             --><g><title>a</title><title>b</title><text x="3">Beta</text></g></svg><p>y</p>
            """.utf8)
        #expect(SVGContent.graphvizVersion(in: drawn) == "2.43.0")
        #expect(SVGContent.graphvizVersion(in: relaidOut) == "12.2.1")
        #expect(SVGContent.withDrawingsByContent(drawn) == SVGContent.withDrawingsByContent(relaidOut))
        let otherText = Array(String(decoding: relaidOut, as: UTF8.self).replacingOccurrences(of: "Beta", with: "Gamma").utf8)
        #expect(SVGContent.withDrawingsByContent(drawn) != SVGContent.withDrawingsByContent(otherText))
        let otherPage = Array(String(decoding: relaidOut, as: UTF8.self).replacingOccurrences(of: "<p>y</p>", with: "<p>z</p>").utf8)
        #expect(SVGContent.withDrawingsByContent(drawn) != SVGContent.withDrawingsByContent(otherPage))
    }

    @Test func twoBuildsAreByteIdentical() throws {
        #expect(try Self.buildSample() == Self.buildSample())
    }

    /// The first differing line, for the failure message.
    static func firstDifference(_ old: [UInt8], _ new: [UInt8]) -> String {
        let oldLines = String(decoding: old, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let newLines = String(decoding: new, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(oldLines.count, newLines.count) {
            let before = index < oldLines.count ? String(oldLines[index]) : "<end of file>"
            let after = index < newLines.count ? String(newLines[index]) : "<end of file>"
            if before != after { return "line \(index + 1):\n- \(before)\n+ \(after)" }
        }
        return "(same lines, different bytes)"
    }
}
