// ldpub — MIT licence.

import Foundation
import Testing

/// `--format github` and `--format json`, HTML pages in `ldpub check`, and counts in words
/// (`1 warning`), through the binary.
@Suite struct OutputFormatTests {
    /// A scaffolded site with a misspelt key and a source id with two digits swapped.
    static func brokenSite() throws -> InputFolderMaker {
        let folder = try InputFolderMaker()
        let scaffold = try LDPubBinary.run(["init", folder.path])
        #expect(scaffold.status == 0, "\(scaffold)")
        let article = try #require(folder.read("washing-hands.yaml"))
        try folder.write("washing-hands.yaml", article
            .replacingOccurrences(of: "\naudience: Patient", with: "\naudiense: Patient")
            .replacingOccurrences(of: "source: luby2005", with: "source: luby2050"))
        return folder
    }

    @Test func aRebuildSaysWhatItReusedAndPatched() throws {
        let input = try InputFolderMaker()
        let clinic = InputFolderMaker.repository.appendingPathComponent("Tests/Fixtures/Sites/clinic")
        for name in try FileManager.default.subpathsOfDirectory(atPath: clinic.path) where name.hasSuffix(".yaml") {
            try input.write(name, Array(try Data(contentsOf: clinic.appendingPathComponent(name))))
        }
        // One article in the feeds (the newest), so that another's new title is patched in.
        try input.write("site.yaml", try #require(input.read("site.yaml")).replacingOccurrences(of: "limit: 3", with: "limit: 1"))
        let output = try InputFolderMaker(), cache = try InputFolderMaker()
        let build = ["build", input.path, "--output", output.path, "--cache-dir", cache.path]
        let first = try LDPubBinary.run(build)
        #expect(first.status == 0 && !first.standardError.contains("reused"), "\(first)")
        try input.write("antidepressiva.yaml", try #require(input.read("antidepressiva.yaml"))
            .replacingOccurrences(of: "title: Werken antidepressiva?", with: "title: Werken antidepressiva, en bij wie?"))
        let second = try LDPubBinary.run(build)
        #expect(second.status == 0, "\(second)")
        #expect(second.standardError.contains(
            "; 3 unchanged articles reused from the last build; index.html and claims.dot patched where the changed articles are\n"), "\(second)")
        // A later modification date: the sitemap too.
        try input.write("antidepressiva.yaml", try #require(input.read("antidepressiva.yaml"))
            .replacingOccurrences(of: "published: 2025-02-10\n", with: "published: 2025-02-10\nmodified: 2025-03-05\n"))
        let third = try LDPubBinary.run(build)
        #expect(third.status == 0, "\(third)")
        #expect(third.standardError.contains("; index.html, claims.dot and sitemap.xml patched where the changed articles are\n"), "\(third)")
    }

    @Test func validatePrintsGitHubAnnotations() throws {
        let site = try Self.brokenSite()
        let run = try LDPubBinary.run(["validate", site.path, "--format", "github"])
        #expect(run.status == 1, "\(run)")
        let file = "\(site.path)/washing-hands.yaml"
        #expect(run.standardOutput == """
            ::error file=\(file),line=16,col=1,endLine=16,endColumn=8::unknown key 'audiense' in article (did you mean 'audience'?)
            ::error file=\(file),line=32,col=21,endLine=32,endColumn=28::claim 'handwashing-halves-pneumonia' cites unknown source 'luby2050' (did you mean 'luby2005'?)
            ::warning file=\(file),line=36,col=5::reference 'luby2005' is never cited by a claim

            """)
        #expect(run.errorLines == ["1 article: 2 errors, 1 warning"])
    }

    static let page = """
        <html><head>
        <SCRIPT class=yoast-schema-graph Type='application/ld+json'>{"@context": "https://schema.org",
          "@type": "MedicalWebPage", "name": "A page",}</SCRIPT>
        <script type="application/ld+json">{"@context": "https://schema.org", "@type": "Persn", "@id": "https://example.org/#ada", "name": "Ada%"}</script>
        </head></html>

        """

    @Test func checkReadsTheJSONLDOfAnHTMLPage() throws {
        let folder = try InputFolderMaker()
        try folder.write("page.html", Self.page)
        let path = folder.path + "/page.html"
        let text = try LDPubBinary.run(["check", path])
        #expect(text.status == 1, "\(text)")
        #expect(text.errorLines == [
            "\(path):3:47: error: invalid JSON: a trailing comma before '}'",
            "\(path):4:80: error: #ada: unknown type 'Persn' (did you mean 'Person'?)",
            "1 file checked: 2 errors, 0 warnings",
        ])
        let github = try LDPubBinary.run(["check", path, "--format", "github"])
        #expect(github.status == 1, "\(github)")
        #expect(github.standardOutput == """
            ::error file=\(path),line=3,col=47::invalid JSON: a trailing comma before '}'
            ::error file=\(path),line=4,col=80::#ada: unknown type 'Persn' (did you mean 'Person'?)

            """)
        let json = try LDPubBinary.run(["check", path, "--format", "json"])
        let problems = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [[String: Any]])
        #expect(problems.count == 2)
        #expect(problems.first?["line"] as? Int == 3 && problems.first?["column"] as? Int == 47)
        #expect(problems.first?["severity"] as? String == "error")
        #expect(problems.first?["message"] as? String == "invalid JSON: a trailing comma before '}'")
        #expect(json.errorLines == ["1 file checked: 2 errors, 0 warnings"])
    }

    /// A property outside its type's domain, on line 5 at column 3 of the file.
    static let jsonLD = """
        {
          "@context": "https://schema.org",
          "@type": "Person",
          "@id": "https://example.org/#ada",
          "headline": "Psychiatrist"
        }

        """

    @Test func checkLocatesSchemaOrgProblemsInAJSONLDFile() throws {
        let folder = try InputFolderMaker()
        try folder.write("ada.jsonld", Self.jsonLD)
        let path = folder.path + "/ada.jsonld"
        let message = "#ada: property 'headline' is not allowed on Person (its domain is CreativeWork)"
        let text = try LDPubBinary.run(["check", path])
        #expect(text.status == 1, "\(text)")
        #expect(text.errorLines == ["\(path):5:3: error: \(message)", "1 file checked: 1 error, 0 warnings"])
        let github = try LDPubBinary.run(["check", path, "--format", "github"])
        #expect(github.standardOutput == "::error file=\(path),line=5,col=3::\(message)\n")
        let json = try LDPubBinary.run(["check", path, "--format", "json"])
        let problems = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [[String: Any]])
        #expect(problems.count == 1)
        #expect(problems.first?["line"] as? Int == 5 && problems.first?["column"] as? Int == 3)
        #expect(problems.first?["endLine"] as? Int == 5 && problems.first?["endColumn"] as? Int == 3)
        #expect(problems.first?["message"] as? String == message)
    }

    @Test func aPageWithoutJSONLDIsAWarningWhenNamedAndSkippedInAFolder() throws {
        let folder = try InputFolderMaker()
        try folder.write("about.html", "<p>About us</p>\n")
        let named = try LDPubBinary.run(["check", folder.path + "/about.html"])
        #expect(named.status == 0, "\(named)")
        #expect(named.errorLines == [
            "\(folder.path)/about.html: warning: no <script type=\"application/ld+json\"> element, so no JSON-LD to check",
            "1 file checked: 0 errors, 1 warning",
        ])
        // A folder with nothing to check fails: a mistyped path in CI must not pass.
        let walked = try LDPubBinary.run(["check", folder.path])
        #expect(walked.status == 1, "\(walked)")
        #expect(walked.errorLines == ["0 files checked: 0 errors, 0 warnings",
                                      "error: nothing to check in '\(folder.path)': no JSON-LD, RSS, Atom or JSON Feed file, and no page with JSON-LD"])
    }

    @Test func checkOfTheSampleOutputListsItsWarningsOnce() throws {
        let output = InputFolderMaker.repository.appendingPathComponent("Output").path
        let run = try LDPubBinary.run(["check", output])
        #expect(run.status == 0, "\(run)")
        #expect(run.errorLines.last == "6 files checked: 0 errors, 4 warnings (2 files repeat the JSON-LD of another file, whose problems are listed once)")
        // Each warning (a reduced-precision 'datePublished') points at its value in the file.
        let file = "\(output)/hoe-werkt-ketamine/index.jsonld"
        let lines = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        let warnings = run.errorLines.dropLast()
        #expect(warnings.count == 4)
        for warning in warnings {
            let place = try #require(warning.wholeMatch(of: /(.+):([0-9]+):([0-9]+): warning: .*'datePublished'.*/), "\(warning)")
            #expect(String(place.1) == file)
            let line = try #require(Int(place.2).map { lines[$0 - 1] })
            let column = try #require(Int(place.3))
            #expect(line.prefix(column - 1).hasSuffix("\"datePublished\": "), "\(warning)")
        }
    }

    @Test func oneWarningIsCountedInTheSingular() throws {
        let site = try InputFolderMaker.baseSite()
        let article = try #require(site.read("base-article.yaml"))
        try site.write("base-article.yaml", article.replacingOccurrences(of: "          - gedeeld2020\n", with: "")
            .replacingOccurrences(of: "\nreviewed:\n  by: jan-jansen\n  date: 2025-01-10\n", with: "\nreviewed:\n  by: jan-jansen\n  date: 2025-01-15\n"))
        let validate = try LDPubBinary.run(["validate", site.path, "--as-of", "2025-02-01"])
        #expect(validate.errorLines.suffix(2) == [
            "    |     ^",
            "1 article: 0 errors, 1 warning",
        ], "\(validate)")
        let output = try InputFolderMaker()
        let build = try LDPubBinary.run(["build", site.path, "--output", output.path])
        #expect(build.errorLines.contains("1 article: 0 errors, 1 warning"), "\(build)")
    }
}
