// ldpub — MIT licence.

import ArticleModel
import Foundation
import Testing
import YAMLNodes

/// Reading an input folder from disk: what is an article, what is refused, and limits.
@Suite struct InputFolderTests {
    private func makeFolder(_ files: [String: String]) throws -> URL {
        try FixtureSupport.makeFolder(files, prefix: "ldpub-input")
    }

    private let site = FixtureSupport.baseSite
    private let article = FixtureSupport.baseArticle
    private var validator: InputValidator { InputValidator(vocabulary: FixtureSupport.vocabulary) }

    @Test func findsArticlesInSubfoldersAndSkipsHiddenAndOtherFiles() throws {
        let root = try makeFolder([
            "site.yaml": site, "2025/base-article.yaml": article, "notes.txt": "x", ".hidden/x.yaml": "broken: [",
            ".draft.yaml": "broken: [",
        ])
        let result = validator.validate(folder: root.path)
        #expect(result.diagnostics.isEmpty)
        #expect(result.publication?.articles.map(\.file) == [root.path + "/2025/base-article.yaml"])
    }

    @Test func aMissingSiteFileIsAnError() throws {
        let root = try makeFolder(["base-article.yaml": article])
        let result = validator.validate(folder: root.path)
        #expect(result.diagnostics.first?.message == "missing 'site.yaml': an input folder needs its site configuration")
        #expect(!result.succeeded)
    }

    @Test func aMisnamedSiteFileIsOneErrorAndNoArticle() throws {
        for name in ["site.yml", "site.json"] {
            let root = try makeFolder([name: site, "base-article.yaml": article])
            let result = validator.validate(folder: root.path)
            let rendered = DiagnosticRenderer().text(result.diagnostics)
            #expect(rendered == "\(root.path)/\(name):1:1: error: site settings must be in 'site.yaml' (found '\(name)'); rename it\n")
            #expect(result.articleFileCount == 1)
        }
    }

    @Test func aSiteYmlNextToSiteYamlIsAnArticleAsBefore() throws {
        let root = try makeFolder(["site.yaml": site, "site.yml": article])
        let result = validator.validate(folder: root.path)
        #expect(result.publication?.articles.map(\.slug) == ["site"])
    }

    @Test func aSiteWithoutArticlesIsValidWithAWarning() throws {
        let root = try makeFolder(["site.yaml": site])
        let result = validator.validate(folder: root.path)
        #expect(result.succeeded)
        #expect(result.publication?.articles.isEmpty == true)
        #expect(result.diagnostics.map(\.message).contains("no articles found in '\(root.path)' (article files end in .yaml or .yml)"))
    }

    @Test func aSymbolicLinkOutsideTheInputFolderIsRefused() throws {
        let outside = try makeFolder(["secret.yaml": article])
        let root = try makeFolder(["site.yaml": site])
        try FileManager.default.createSymbolicLink(at: root.appendingPathComponent("link.yaml"), withDestinationURL: outside.appendingPathComponent("secret.yaml"))
        let result = validator.validate(folder: root.path)
        #expect(result.diagnostics.map(\.message).contains("'link.yaml' is a symbolic link to a file outside the input folder; ldpub does not follow it"))
        #expect(!result.succeeded)
    }

    @Test func aSymbolicLinkInsideTheInputFolderIsFollowed() throws {
        let root = try makeFolder(["site.yaml": site, "real/base-article.yaml": article])
        try FileManager.default.createSymbolicLink(at: root.appendingPathComponent("alias.yaml"), withDestinationURL: root.appendingPathComponent("real/base-article.yaml"))
        let result = validator.validate(folder: root.path)
        // Both names are read (slugs 'alias' and 'base-article'); they define the same reference twice.
        #expect(result.diagnostics.contains { $0.file.hasSuffix("base-article.yaml") && $0.message == "reference 'basis2019' is also defined in '\(root.path)/alias.yaml'; move the shared item to site.yaml" })
    }

    /// Files are opened without following a link and without blocking: a FIFO named like an
    /// article is refused at once (nobody ever writes to it), a link to a folder is not a file.
    @Test func aFIFOOrALinkToAFolderIsNotAFileAndNothingWaits() throws {
        let root = try makeFolder(["site.yaml": site, "real/base-article.yaml": article])
        #expect(mkfifo(root.appendingPathComponent("pipe.yaml").path, 0o644) == 0)
        try FileManager.default.createSymbolicLink(at: root.appendingPathComponent("folder.yaml"), withDestinationURL: root.appendingPathComponent("real"))
        let folder = InputFolder(path: root.path, maxFileBytes: 1 << 20)
        for name in ["pipe.yaml", "folder.yaml"] {
            let path = root.appendingPathComponent(name).path
            guard case .failure(let problem) = folder.read(path) else {
                Issue.record("\(name) was read")
                continue
            }
            #expect(problem.message == "'\(path)' is not a regular file")
        }
        guard case .failure(let missing) = folder.read(root.appendingPathComponent("gone.yaml").path) else {
            Issue.record("a missing file was read")
            return
        }
        #expect(missing.message.hasSuffix("gone.yaml': No such file or directory"))
        // the cause travels as the error number, not as words a caller would have to match
        #expect(missing.readFailure?.isNoSuchFile == true && !missing.isSystemLimit)
    }

    @Test func filesLargerThanTheLimitAreNotRead() throws {
        let root = try makeFolder(["site.yaml": site, "big.yaml": "title: " + String(repeating: "x", count: 5000)])
        var limits = InputValidator(vocabulary: FixtureSupport.vocabulary).limits
        limits.maxFileBytes = 4096
        let result = InputValidator(vocabulary: FixtureSupport.vocabulary, limits: limits).validate(folder: root.path)
        let diagnostic = try #require(result.diagnostics.first { $0.file.hasSuffix("big.yaml") })
        #expect(diagnostic.message == "file is 4.9 KiB, larger than the limit of 4 KiB (--max-file-size)")
        #expect(diagnostic.mark.line == 1 && diagnostic.mark.column == 1)
    }

    @Test func theSlugDefaultsToTheFileName() throws {
        let root = try makeFolder(["site.yaml": site, "Mijn Artikel.yaml": article])
        let result = validator.validate(folder: root.path)
        #expect(result.diagnostics.first?.message.hasPrefix("the file name 'Mijn Artikel' is not a valid slug") == true)
    }

    @Test func validationIsDeterministicAcrossRuns() throws {
        var files = ["site.yaml": site]
        for index in 0..<40 { files["a\(index).yaml"] = article.replacingOccurrences(of: "title: Basisartikel", with: "title: A\(index)\nslug: a\(index)") }
        let root = try makeFolder(files)
        let first = validator.validate(folder: root.path)
        let second = validator.validate(folder: root.path)
        #expect(first.diagnostics == second.diagnostics)
        #expect(first.publication?.articles == second.publication?.articles)
    }

    /// A link to a folder is not followed: when the folder holds articles, that is an error at
    /// the link (they would be missing without a word); another folder's link is ignored.
    @Test func aLinkToAFolderOfArticlesIsAnError() throws {
        let root = try makeFolder(["site.yaml": site, "base-article.yaml": article])
        let elsewhere = try makeFolder(["shared/more.yaml": article, "pictures/a.txt": "x"])
        try FileManager.default.createSymbolicLink(atPath: root.path + "/shared", withDestinationPath: elsewhere.path + "/shared")
        try FileManager.default.createSymbolicLink(atPath: root.path + "/pictures", withDestinationPath: elsewhere.path + "/pictures")
        let entries = InputFolder(path: root.path, maxFileBytes: 1 << 20).articleEntries()
        let problems = entries.compactMap { entry -> Diagnostic? in if case .problem(let diagnostic) = entry { diagnostic } else { nil } }
        #expect(problems.map(\.message) == ["'shared' is a symbolic link to a folder of articles; ldpub does not follow links to folders, so they would not be built: move the folder into the input folder (or link each file)"])
        #expect(problems.map(\.file) == [root.path + "/shared"])
        #expect(entries.count == 2)
        let result = validator.validate(folder: root.path)
        #expect(result.diagnostics.contains { $0.severity == .error && $0.file == root.path + "/shared" })
    }

    /// An article whose structure has an error is not read, so what it cites is not known: no
    /// site reference is said to be never cited then (the one it cites was reported before).
    @Test func anUnreadArticleMakesNoSiteReferenceUncited() throws {
        let broken = article.replacingOccurrences(of: "published: 2025-01-15", with: "published: 15-01-2025")
        #expect(broken != article)
        let result = validator.validate(folder: try makeFolder(["site.yaml": site, "base-article.yaml": broken]).path)
        #expect(result.diagnostics.contains { $0.severity == .error && $0.file.hasSuffix("base-article.yaml") }, "\(result.diagnostics)")
        #expect(!result.diagnostics.contains { $0.message.contains("is never cited") }, "\(result.diagnostics.map(\.message))")
        // With every article read, a site reference none cites is still a warning.
        let uncited = article.replacingOccurrences(of: "          - gedeeld2020\n", with: "")
        #expect(uncited != article)
        let read = validator.validate(folder: try makeFolder(["site.yaml": site, "base-article.yaml": uncited]).path)
        #expect(read.diagnostics.map(\.message).contains("reference 'gedeeld2020' is never cited by a claim"), "\(read.diagnostics.map(\.message))")
    }

    /// A file that cannot be read says why; when the process ran out of descriptors, it says
    /// so and that the file is fine (not an input problem to look for in the file).
    @Test func aFileThatCannotBeReadSaysWhy() throws {
        let root = try makeFolder(["site.yaml": site])
        guard case .failure(let missing) = FileReading.contents(of: root.path + "/missing.png") else {
            Issue.record("a missing file was read")
            return
        }
        #expect(missing.reason == "No such file or directory")
        guard case .failure(let folder) = FileReading.contents(of: root.path) else {
            Issue.record("a folder was read as a file")
            return
        }
        #expect(folder.reason == "not a regular file")
        #expect(missing.isNoSuchFile && !folder.isNoSuchFile && !FileReading.Failure(code: EMFILE).isNoSuchFile)
        #expect(try FileReading.contents(of: root.path + "/site.yaml").get() == Array(site.utf8))
        let exhausted = FileReading.Failure(code: EMFILE).reason
        #expect(exhausted.hasPrefix("Too many open files (the open-files limit of "), "\(exhausted)")
        #expect(exhausted.hasSuffix(" is too low for ldpub: raise it with `ulimit -n`; the file itself is fine)"), "\(exhausted)")
        #expect(FileReading.Failure(code: EMFILE).isSystemLimit && FileReading.Failure(code: ENFILE).isSystemLimit)
        #expect(!missing.isSystemLimit && !folder.isSystemLimit && !FileReading.Failure(code: EACCES).isSystemLimit)
        let span = SourceSpan(file: "a.yaml", at: .start)
        #expect(Diagnostic.unreadable("a.yaml", FileReading.Failure(code: EMFILE), at: span).isSystemLimit)
        #expect(Diagnostic.unreadable("a.yaml", FileReading.Failure(code: EMFILE), at: span).message == "cannot read 'a.yaml': " + exhausted)
        // the same words without the cause are no limit: callers read the number, not the words
        #expect(!Diagnostic.error("cannot read 'a.yaml': " + exhausted, at: span).isSystemLimit)
    }

    /// An image or other binary file named by a diagnostic gets no source excerpt: its bytes
    /// would print as noise.
    @Test func aDiagnosticAboutABinaryFileHasNoExcerpt() {
        let diagnostic = Diagnostic.error("cannot read 'static/a.jpg'", at: SourceSpan(file: "static/a.jpg", at: .start))
        let jpeg: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10] + Array("JFIF".utf8) + [0x00, 0x01]
        #expect(DiagnosticRenderer { _ in jpeg }.text([diagnostic]) == "static/a.jpg:1:1: error: cannot read 'static/a.jpg'\n")
        let text = DiagnosticRenderer { _ in Array("title: x\n".utf8) }.text([diagnostic])
        #expect(text.contains(" 1 | title: x"), "\(text)")
    }
}
