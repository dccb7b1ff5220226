// ldpub — MIT licence.

import Foundation
import Testing

/// `static/` is copied into the output folder as it is; relative image URLs must name its files.
@Suite struct StaticFilesCLITests {
    private func build(_ input: InputFolderMaker, into output: InputFolderMaker) throws -> CommandRun {
        try LDPubBinary.run(["build", input.path, "--output", output.path])
    }

    private func read(_ output: InputFolderMaker, _ path: String) -> String? {
        (try? Data(contentsOf: output.url.appendingPathComponent(path))).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func filesAreCopiedAtTheirPathsAndRemovedWithTheirSource() throws {
        let input = try InputFolderMaker.baseSite()
        try input.write("static/images/2024/brein.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 0x00])
        try input.write("static/favicon.ico", "icon")
        // A YAML file under static/ is a file to copy, not an article.
        try input.write("static/data/extra.yaml", "not: an article\n")
        let output = try InputFolderMaker()
        let first = try build(input, into: output)
        #expect(first.status == 0, "\(first)")
        #expect(try Data(contentsOf: output.url.appendingPathComponent("images/2024/brein.jpg")) == Data([0xFF, 0xD8, 0xFF, 0xE0, 0x00]))
        #expect(read(output, "favicon.ico") == "icon")
        #expect(read(output, "data/extra.yaml") == "not: an article\n")

        try FileManager.default.removeItem(at: input.url.appendingPathComponent("static/images/2024/brein.jpg"))
        try input.write("static/favicon.ico", "new icon")
        let second = try build(input, into: output)
        #expect(second.status == 0, "\(second)")
        #expect(!FileManager.default.fileExists(atPath: output.url.appendingPathComponent("images").path))
        #expect(read(output, "favicon.ico") == "new icon")
    }

    @Test func aRelativeImageMustNameAStaticFile() throws {
        let input = try InputFolderMaker.baseSite(article: false)
        try input.write("artikel.yaml", OrdinaryMachineTests.smallArticle(1) + "image: {url: images/brein.jpg, alt: Een brein}\n")
        let missing = try LDPubBinary.run(["validate", input.path])
        #expect(missing.status == 1)
        #expect(missing.standardError.contains("artikel.yaml:11:14: error: image 'images/brein.jpg' is not in the input folder's 'static/', "
            + "from where relative image URLs are published: add 'static/images/brein.jpg', or use an http(s) URL"), "\(missing)")
        try input.write("static/images/brein.jpg", "jpeg")
        let found = try LDPubBinary.run(["validate", input.path])
        #expect(found.status == 0, "\(found)")
        let output = try InputFolderMaker()
        #expect(try build(input, into: output).status == 0)
        #expect(read(output, "images/brein.jpg") == "jpeg")

        // The folder's name written too: the advice is to leave it out, not to add 'static/static/'.
        try input.write("artikel.yaml", OrdinaryMachineTests.smallArticle(1) + "image: {url: static/images/brein.jpg, alt: Een brein}\n")
        let prefixed = try LDPubBinary.run(["validate", input.path])
        #expect(prefixed.status == 1)
        #expect(prefixed.standardError.contains("artikel.yaml:11:14: error: image 'static/images/brein.jpg' names the folder 'static/', "
            + "whose files are published at the site's root: write 'images/brein.jpg'\n"), "\(prefixed)")
    }

    @Test func aStaticFileMayNotTakeThePlaceOfAGeneratedOne() throws {
        let input = try InputFolderMaker.baseSite()
        try input.write("static/feed.xml", "<rss/>")
        try input.write("static/base-article/index.html", "<p></p>")
        try input.write("static/base-article/notes.html", "<p></p>")
        let output = try InputFolderMaker()
        let run = try build(input, into: output)
        #expect(run.status == 1)
        #expect(run.standardError.contains("static/feed.xml:1:1: error: 'static/feed.xml' would replace the 'feed.xml' that ldpub builds; rename or move it"), "\(run)")
        #expect(run.standardError.contains("error: 'static/base-article/index.html' would replace the 'base-article/index.html' that ldpub builds"), "\(run)")
        #expect(!run.standardError.contains("notes.html"), "\(run)")
        #expect(try ExitStatusTests.visibleEntries(output.path).isEmpty)
    }

    @Test func aStaticRobotsFileReplacesTheGeneratedOne() throws {
        let input = try InputFolderMaker.baseSite()
        let output = try InputFolderMaker()
        #expect(try build(input, into: output).status == 0)
        #expect(read(output, "robots.txt")?.hasPrefix("User-agent: *\nAllow: /\n") == true)
        try input.write("static/robots.txt", "User-agent: *\nDisallow: /concept/\n")
        #expect(try build(input, into: output).status == 0)
        #expect(read(output, "robots.txt") == "User-agent: *\nDisallow: /concept/\n")
    }

    @Test func aLinkOutOfTheInputFolderIsNotCopied() throws {
        let input = try InputFolderMaker.baseSite()
        let secret = try InputFolderMaker()
        try secret.write("secret.txt", "private")
        try FileManager.default.createDirectory(at: input.url.appendingPathComponent("static"), withIntermediateDirectories: true)
        try input.link("static/secret.txt", to: secret.url.appendingPathComponent("secret.txt").path)
        let output = try InputFolderMaker()
        let run = try build(input, into: output)
        #expect(run.status == 1)
        #expect(run.standardError.contains("error: 'static/secret.txt' is a symbolic link that does not lead to a regular file inside the input folder; ldpub does not copy it"), "\(run)")
        #expect(!FileManager.default.fileExists(atPath: output.url.appendingPathComponent("secret.txt").path))
    }

    @Test func anImageOutsideTheSiteIsAWarning() throws {
        let input = try InputFolderMaker.baseSite(article: false)
        let site = try String(contentsOf: input.url.appendingPathComponent("site.yaml"), encoding: .utf8)
        try input.write("site.yaml", site.replacingOccurrences(of: "url: https://www.kliniek-basis.example/\n", with: "url: https://www.kliniek-basis.example/kennis/\n"))
        try input.write("artikel.yaml", OrdinaryMachineTests.smallArticle(1) + "image: {url: /img/brein.jpg, alt: Een brein}\n")
        let run = try LDPubBinary.run(["validate", input.path])
        #expect(run.status == 0, "\(run)")
        #expect(run.standardError.contains("artikel.yaml:11:14: warning: image '/img/brein.jpg' is outside the site (https://www.kliniek-basis.example/kennis/), so ldpub neither publishes nor checks it"), "\(run)")
    }
}
