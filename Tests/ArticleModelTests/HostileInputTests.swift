// ldpub — MIT licence.

import ArticleModel
import Foundation
import Testing

/// Hostile input: every case fails (or passes) with its clear message, within bounded time and
/// memory. The bounds are guards against hangs and blow-ups, not benchmarks; they hold in a
/// debug build on a busy two-core machine. Cases whose messages the bad-input corpus already
/// pins (`Fixtures/Invalid/`) are checked here only for their bounds.
@Suite struct HostileInputTests {
    private var validator: InputValidator { InputValidator(vocabulary: FixtureSupport.vocabulary) }
    private let site = SourceFile(path: "Articles/site.yaml", bytes: try! FixtureSupport.bytes("BaseSite/site.yaml"))

    /// A valid article without warnings next to the base site; `extra` is added at the top level.
    static func article(_ extra: String = "", slug: String? = nil) -> String {
        """
        title: Een artikel
        description: Een beschrijving.
        published: 2025-01-15
        reviewed: {by: jan-jansen, date: 2025-01-10}
        authors: [redactie]
        sections:
          - heading: Inleiding
            body: Tekst.
            claims:
              - id: c1
                text: Een bewering.
                sources: [gedeeld2020]

        """ + (slug.map { "slug: \($0)\n" } ?? "") + extra
    }

    private func validate(_ bytes: [UInt8], name: String = "hostile.yaml") -> ValidationResult {
        validator.validate(site: site, articles: [SourceFile(path: "Articles/\(name)", bytes: bytes)])
    }

    private func validate(_ text: String, name: String = "hostile.yaml") -> ValidationResult {
        validate(Array(text.utf8), name: name)
    }

    /// The errors' messages (a failed article also leaves the site's reference uncited: a warning).
    private func messages(_ result: ValidationResult) -> [String] { errors(result).map(\.message) }

    private func errors(_ result: ValidationResult) -> [Diagnostic] { result.diagnostics.filter { $0.severity == .error } }

    // MARK: - The corpus, bounded

    @Test(arguments: [
        "yaml-alias-bomb", "yaml-deep-nesting", "yaml-invalid-utf8", "yaml-nul-byte", "yaml-tab-indentation", "yaml-utf16",
        "slug-path-traversal", "slug-percent-encoded", "slug-lookalike", "image-javascript-url", "control-character-in-text",
    ])
    func hostileFixturesFailFast(_ name: String) throws {
        let measured = try Bounded.measure { try FixtureSupport.validateInvalidFixture(name).0 }
        #expect(!measured.value.succeeded)
        measured.expectWithin(seconds: 5, megabytes: 100)
    }

    // MARK: - Alias expansion

    @Test func billionLaughsStopsAtTheAliasBudget() {
        var bomb = "lol0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...9 { bomb += "lol\(level): &l\(level) [" + Array(repeating: "*l\(level - 1)", count: 10).joined(separator: ", ") + "]\n" }
        let measured = Bounded.measure { validate(bomb) }
        #expect(errors(measured.value).count == 1)
        #expect(messages(measured.value).first?.hasPrefix("aliases expand this document beyond the limit of 100000 nodes") == true)
        measured.expectWithin(seconds: 5, megabytes: 100)
    }

    @Test func quadraticAliasesStopAtTheAliasBudget() {
        // One list of 5,000 items, then 5,000 aliases of it: 25 million nodes if expanded.
        let items = Array(repeating: "x", count: 5_000).joined(separator: ", ")
        let aliases = Array(repeating: "*a", count: 5_000).joined(separator: ", ")
        let measured = Bounded.measure { validate("keywords: &a [\(items)]\nabout: [\(aliases)]\n") }
        #expect(messages(measured.value) == ["aliases expand this document beyond the limit of 100000 nodes (an alias bomb, such as \"billion laughs\"?)"])
        #expect(errors(measured.value).first?.mark.line == 2)
        measured.expectWithin(seconds: 5, megabytes: 100)
    }

    /// A 100 KB scalar aliased 99,000 times is 99,000 nodes (under the node budget) but 9.9 GB of
    /// text: the text that aliases add is bounded by the file-size limit, at the alias that crosses it.
    /// One case per list that the exporters write out.
    @Test(arguments: ["keywords", "authors", "claims", "sources"])
    func aliasesThatMultiplyTextStopAtTheFileSizeLimit(_ list: String) throws {
        let long = String(repeating: "x", count: 100_000)
        let repeated = String(repeating: "\n      - *d", count: 99_000)
        let text: String
        switch list {
        case "keywords": text = Self.article("keywords:" + repeated.replacingOccurrences(of: "      - ", with: "  - ") + "\n")
            .replacingOccurrences(of: "description: Een beschrijving.", with: "description: &d \"\(long)\"")
        case "authors": text = Self.article().replacingOccurrences(of: "authors: [redactie]", with: "long: &d \"\(long)\"\nauthors:"
            + repeated.replacingOccurrences(of: "      - ", with: "  - "))
        case "claims": text = Self.article().replacingOccurrences(of: "text: Een bewering.", with: "text: &d \"\(long)\"")
            .replacingOccurrences(of: "sources: [gedeeld2020]\n", with: "sources: [gedeeld2020]\n" + repeated.replacingOccurrences(of: "*d", with: "{id: c2, text: *d}"))
        default: text = Self.article().replacingOccurrences(of: "text: Een bewering.", with: "text: &d \"\(long)\"")
            .replacingOccurrences(of: "sources: [gedeeld2020]", with: "sources:" + repeated.replacingOccurrences(of: "      - ", with: "          - "))
        }
        // The alias that crosses 16 MiB: the file's own bytes plus 100,000 bytes per alias so far.
        let crossing = (16 * 1024 * 1024 - text.utf8.count) / 100_000 + 1
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let crossingLine = try #require(lines.indices.filter { lines[$0].contains("*d") }.dropFirst(crossing - 1).first) + 1
        let measured = Bounded.measure { validate(text) }
        let diagnostics = errors(measured.value)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.mark.line == crossingLine)
        #expect(diagnostics.first?.message.hasPrefix("aliases expand this document to ") == true)
        #expect(diagnostics.first?.message.hasSuffix(" of text, beyond the limit of 16 MiB for a file (each '*d' repeats 97.7 KiB)") == true)
        measured.expectWithin(seconds: 5, megabytes: 100)
    }

    @Test func aliasedTextUnderTheFileSizeLimitValidates() {
        // 120 aliases of a 100 KB description: 12 MB of keywords, under 16 MiB with the file.
        let long = String(repeating: "x", count: 100_000)
        let text = Self.article("keywords:" + String(repeating: "\n  - *d", count: 120) + "\n")
            .replacingOccurrences(of: "description: Een beschrijving.", with: "description: &d \"\(long)\"")
        let measured = Bounded.measure { validate(text) }
        #expect(errors(measured.value).isEmpty)
        measured.expectWithin(seconds: 10, megabytes: 300)
    }

    @Test func aliasesUnderTheBudgetThatEachCauseErrorsAreCapped() {
        // A section with 990 unknown keys, aliased 49 times: ~48,000 errors if all were reported.
        let keys = (0..<990).map { "bad\($0): 1" }.joined(separator: ", ")
        let text = "template: &s {heading: H, body: B, \(keys)}\n" + Self.article().replacingOccurrences(
            of: "sections:\n", with: "sections: [" + Array(repeating: "*s", count: 49).joined(separator: ", ") + "]\nunused:\n")
        let measured = Bounded.measure { () -> (ValidationResult, String) in
            let result = validate(text)
            return (result, DiagnosticRenderer { _ in Array(text.utf8) }.text(result.diagnostics))
        }
        let diagnostics = errors(measured.value.0)
        #expect(diagnostics.count == 201)
        #expect(diagnostics.contains { $0.message == "too many problems in this file; showing the first 200 (fix them and validate again)" })
        measured.expectWithin(seconds: 5, megabytes: 200)
    }

    @Test func aliasesAsMappingKeysAreHashedWithinTheBudget() {
        // Keys that are aliases of a large mapping: comparing keys must not cost size × count.
        let big = (0..<2_000).map { "k\($0): v" }.joined(separator: ", ")
        let keys = (0..<20).map { "? [*big, \($0)] : x" }.joined(separator: "\n")
        let measured = Bounded.measure { validate("big: &big {\(big)}\n\(keys)\n") }
        #expect(!measured.value.succeeded)
        measured.expectWithin(seconds: 5, megabytes: 200)
    }

    // MARK: - Nesting

    /// Nesting far beyond the limit, by shape.
    static func nesting(_ shape: String) -> String {
        switch shape {
        case "flow sequences": String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        case "flow mappings": String(repeating: "{a: ", count: 100_000) + String(repeating: "}", count: 100_000)
        case "block sequences": String(repeating: "- ", count: 100_000) + "x"
        default: (0..<1_000).map { String(repeating: " ", count: 2 + 2 * $0) + "k:" }.joined(separator: "\n")
        }
    }

    @Test(arguments: ["flow sequences", "flow mappings", "block sequences", "block mappings"])
    func nestingFarBeyondTheLimitStopsAtTheDepthLimit(_ shape: String) {
        let text = "keywords:\n" + (shape == "block mappings" ? "" : "  ") + Self.nesting(shape) + "\n"
        let measured = Bounded.measure { validate(text) }
        #expect(messages(measured.value) == ["nesting is deeper than the limit of 64 levels"])
        measured.expectWithin(seconds: 5, megabytes: 100)
    }

    @Test func nestingJustUnderTheLimitIsAnOrdinaryError() {
        let measured = Bounded.measure { validate(Self.article("keywords: " + String(repeating: "[", count: 63) + "x" + String(repeating: "]", count: 63) + "\n")) }
        #expect(messages(measured.value) == ["'keywords[1]' expects text, got a sequence"])
        measured.expectWithin(seconds: 5, megabytes: 100)
    }

    // MARK: - Size

    @Test func a200MegabyteFileIsRefusedBeforeItIsRead() throws {
        let folder = try TemporaryFolder(files: ["site.yaml": site.bytes])
        // A sparse file: 200 MB that take no disk space and, if read, would be NUL bytes.
        try folder.createSparseFile("big.yaml", startingWith: "title: ", size: 200 * 1024 * 1024)
        let measured = Bounded.measure { validator.validate(folder: folder.path) }
        let diagnostic = try #require(measured.value.diagnostics.first { $0.file.hasSuffix("big.yaml") })
        #expect(diagnostic.message == "file is 200 MiB, larger than the limit of 16 MiB (--max-file-size)")
        #expect(diagnostic.severity == .error)
        measured.expectWithin(seconds: 5, megabytes: 50)
    }

    @Test func a200MegabyteScalarCannotFitTheLimitEvenInSiteYAML() throws {
        let folder = try TemporaryFolder(files: [:])
        try folder.createSparseFile("site.yaml", startingWith: "title: '", size: 200 * 1024 * 1024 + 7)
        let measured = Bounded.measure { validator.validate(folder: folder.path) }
        #expect(messages(measured.value) == ["file is 200 MiB, larger than the limit of 16 MiB (--max-file-size)"])
        measured.expectWithin(seconds: 5, megabytes: 50)
    }

    @Test func aScalarJustUnderTheSizeLimitIsReadInBoundedTimeAndMemory() throws {
        // A title of almost 16 MiB in a file under the limit: accepted, and at most a few copies in memory.
        let title = String(repeating: "Lorem ipsum ", count: (16 * 1024 * 1024 - 1024) / 12)
        let text = Self.article("").replacingOccurrences(of: "title: Een artikel", with: "title: '\(title)'")
        let folder = try TemporaryFolder(files: ["site.yaml": site.bytes, "long.yaml": Array(text.utf8)])
        let measured = Bounded.measure { validator.validate(folder: folder.path) }
        #expect(measured.value.diagnostics == [])
        #expect(measured.value.publication?.articles.first?.title.utf8.count == title.utf8.count)
        measured.expectWithin(seconds: 30, megabytes: 400)
    }

    @Test func theSizeLimitIsConfigurable() throws {
        let article = Self.article("# " + String(repeating: "-", count: 3_000) + "\n")
        let folder = try TemporaryFolder(files: ["site.yaml": site.bytes, "a.yaml": Array(article.utf8)])
        var limits = validator.limits
        limits.maxFileBytes = 2_000
        let result = InputValidator(vocabulary: FixtureSupport.vocabulary, limits: limits).validate(folder: folder.path)
        #expect(messages(result) == ["file is 3.2 KiB, larger than the limit of 2000 bytes (--max-file-size)"])
        // Sizes that would print alike are given in bytes.
        limits.maxFileBytes = 3 * 1024
        let folderJustOver = try TemporaryFolder(files: ["site.yaml": site.bytes, "a.yaml": Array(article.utf8.prefix(3 * 1024 + 10))])
        let justOver = InputValidator(vocabulary: FixtureSupport.vocabulary, limits: limits).validate(folder: folderJustOver.path)
        #expect(messages(justOver) == ["file is 3082 bytes, larger than the limit of 3072 bytes (--max-file-size)"])
    }

    // MARK: - Encodings and line ends

    @Test(arguments: [
        ("overlong NUL", [0xC0, 0x80] as [UInt8], "invalid UTF-8: invalid length of a UTF-8 sequence"),
        ("UTF-16 surrogate in UTF-8", [0xED, 0xA0, 0x80], "invalid Unicode character U+D800"),
        ("above U+10FFFF", [0xF4, 0x90, 0x80, 0x80], "invalid Unicode character U+110000"),
        ("five-byte sequence", [0xF8, 0x88, 0x80, 0x80, 0x80], "invalid UTF-8: invalid leading UTF-8 octet 0xF8"),
        ("truncated sequence", [0xE2, 0x82], "invalid UTF-8: invalid trailing UTF-8 octet 0x20"),
        ("lone continuation byte", [0x80], "invalid UTF-8: invalid leading UTF-8 octet 0x80"),
        ("NUL byte", [0x00], "NUL byte is not allowed in YAML text"),
        ("escape character", [0x1B], "control character U+001B is not allowed in YAML text"),
        ("noncharacter U+FFFE", [0xEF, 0xBF, 0xBE], "control character U+FFFE is not allowed in YAML text"),
        ("noncharacter U+FFFF", [0xEF, 0xBF, 0xBF], "control character U+FFFF is not allowed in YAML text"),
    ])
    func invalidBytesAreLocatedErrors(_ what: String, _ bytes: [UInt8], _ expected: String) {
        let text = Array(Self.article().utf8)
        // The bad bytes in the middle of the title, line 1.
        let input = Array(text[0..<10]) + bytes + Array(text[10...])
        let measured = Bounded.measure { validate(input) }
        #expect(messages(measured.value) == [expected], "\(what)")
        #expect(errors(measured.value).first?.mark.line == 1, "\(what)")
        measured.expectWithin(seconds: 5, megabytes: 50)
    }

    /// Characters XML 1.0 cannot carry reach a text only through a double-quoted scalar's
    /// escapes (libyaml refuses them written as they are, above): the decoder looks for them there.
    @Test func escapesOfCharactersXMLCannotCarryAreErrors() {
        for escape in ["\\x01", "\\uFFFE", "\\uFFFF", "\\0", "\\e"] {
            let text = Self.article().replacingOccurrences(of: "title: Een artikel", with: "title: \"Een\(escape)artikel\"")
            let found = messages(validate(text))
            #expect(found.count == 1 && found.first?.hasPrefix("'title' contains the control character U+") == true, "\(escape): \(found)")
        }
        #expect(messages(validate(Self.article().replacingOccurrences(of: "title: Een artikel", with: "title: \"Een\\tartikel\""))).isEmpty)
    }

    @Test func aByteOrderMarkAndCRLFLineEndsAreRead() throws {
        let text = Self.article("keywords: [een, 2]\n").replacingOccurrences(of: "\n", with: "\r\n")
        let result = validate([0xEF, 0xBB, 0xBF] + Array(text.utf8))
        let diagnostic = try #require(result.diagnostics.first)
        // Line and column as an editor shows them: the BOM takes no column, CR LF is one line end.
        #expect(diagnostic.message == "'keywords[2]' expects text, got an integer (put it in quotes to make it text)")
        #expect("\(diagnostic.mark)" == "13:17")
        let rendered = DiagnosticRenderer { _ in [0xEF, 0xBB, 0xBF] + Array(text.utf8) }.text(result.diagnostics)
        #expect(!rendered.contains("\r"))
        #expect(rendered.contains(" 13 | keywords: [een, 2]\n"))
    }

    @Test func aByteOrderMarkAndCRLFInAValidArticleChangeNothing() {
        let plain = validate(Self.article())
        let marked = validate([0xEF, 0xBB, 0xBF] + Array(Self.article().replacingOccurrences(of: "\n", with: "\r\n").utf8))
        #expect(plain.diagnostics == [] && marked.diagnostics == [])
        #expect(plain.publication?.articles.first?.sections == marked.publication?.articles.first?.sections)
    }

    @Test func crOnlyLineEndsCountLines() {
        let result = validate(Self.article("keywords: [2]\n").replacingOccurrences(of: "\n", with: "\r"))
        #expect(result.diagnostics.map { "\($0.mark) \($0.message)" } == ["13:12 'keywords[1]' expects text, got an integer (put it in quotes to make it text)"])
    }

    @Test func tabsInsideValuesAreFineWhileTabIndentationGetsAHint() {
        #expect(validate(Self.article("category: \"a\\tb\"\nkeywords: [een,\tdrie]\n")).diagnostics == [])
        let result = validate(Self.article("image:\n\turl: x.png\n"))
        #expect(messages(result).first?.hasSuffix("(YAML does not allow a tab here; indent with spaces)") == true)
    }

    // MARK: - Ids and slugs

    /// Ids that could name a path outside Output/, or look like another id (written in single
    /// quotes in YAML, where a backslash is just a backslash).
    static let hostileIDs = [
        "..", "../etc", "a/b", "/etc/passwd", "a\\b", "..\\x", "%2e%2e", "%2F", "a%2fb", ".", ".hidden", "ket\u{0430}mine",
        "\u{FF4B}\u{FF45}\u{FF54}", "a..b", "a b", "-a", "a-", "a--b", "CON:", "a\u{200B}b", "e\u{301}", "",
    ]

    @Test(arguments: hostileIDs)
    func aHostileSlugIsRefused(_ id: String) {
        let result = validate(Self.article(slug: "'\(id)'"))
        let expected = id.isEmpty
            ? "'slug' must not be empty"
            : "'slug' '\(id)' is not a valid slug: use lowercase letters and digits, words joined by single hyphens"
        #expect(messages(result) == [expected])
        #expect(result.publication == nil)
    }

    @Test(arguments: hostileIDs.filter { !$0.isEmpty })
    func aHostileIDIsRefusedEverywhereAnIDIsDefinedOrUsed(_ id: String) {
        let quoted = "'\(id)'"
        let shown = id
        let cases: [(String, String)] = [
            (Self.article().replacingOccurrences(of: "id: c1", with: "id: \(quoted)"), "'id' '\(shown)' is not a valid id"),
            (Self.article().replacingOccurrences(of: "body: Tekst.", with: "body: Tekst.\n    id: \(quoted)"), "'id' '\(shown)' is not a valid id"),
            (Self.article().replacingOccurrences(of: "authors: [redactie]", with: "authors: [\(quoted)]"), "'authors[1]' '\(shown)' is not a valid slug"),
            (Self.article().replacingOccurrences(of: "by: jan-jansen", with: "by: \(quoted)"), "'reviewed.by' '\(shown)' is not a valid slug"),
            (Self.article().replacingOccurrences(of: "sources: [gedeeld2020]", with: "sources: [\(quoted)]"), "'sources[1]' '\(shown)' is not a valid id"),
            (Self.article("references:\n  - {id: \(quoted), type: book, title: T}\n"), "'id' '\(shown)' is not a valid id"),
        ]
        for (text, expected) in cases {
            let result = validate(text)
            #expect(messages(result).contains { $0.hasPrefix(expected) }, "\(expected) in \(messages(result))")
            #expect(result.publication == nil)
        }
    }

    @Test(arguments: ["a..b", "k\u{0435}tamine", "\u{FF4B}\u{FF45}\u{FF54}", "a\\b", "%2e%2e", "a b", "CON"])
    func aHostileFileNameIsNotASlug(_ name: String) throws {
        let folder = try TemporaryFolder(files: ["site.yaml": site.bytes])
        try folder.write("\(name).yaml", Array(Self.article().utf8))
        let result = validator.validate(folder: folder.path)
        #expect(messages(result) == ["the file name '\(name)' is not a valid slug (lowercase letters and digits, words joined by single hyphens); add 'slug:' or rename the file"])
    }

    // MARK: - URLs

    @Test(arguments: [
        "javascript:alert(1)", "JAVASCRIPT:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)", "java\\tscript:alert(1)",
        "\\u00A0javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:msgbox", "file:///etc/passwd",
        "//evil.example/x.png", "\\\\\\\\evil.example\\\\x.png", "https://", "http:evil.example", "ftp://evil.example/x.png",
        "https://evil.example/a b.png", "https://evil.example/\\u0085",
    ])
    func aHostileImageURLIsRefused(_ url: String) {
        let result = validate(Self.article("image:\n  url: \"\(url)\"\n  alt: Een afbeelding\n"))
        #expect(messages(result).count == 1, "\(url)")
        #expect(messages(result).first?.hasPrefix("'image.url' must be an http(s) URL or a path relative to the site URL, got '") == true, "\(url)")
    }

    @Test func relativeImageURLsStayInsideTheSite() throws {
        let result = validate(Self.article("image:\n  url: '../../../etc/passwd'\n  alt: Een afbeelding\n"))
        let publication = try #require(result.publication)
        #expect(publication.imageURL(of: publication.articles[0]) == "https://www.kliniek-basis.example/etc/passwd")
    }

    @Test(arguments: ["javascript:alert(1)", "data:,x", "//evil.example/", "https://evil.example/<script>"])
    func hostileURLsAreRefusedInEveryURLField(_ url: String) {
        let quoted = "\"\(url)\""
        let fields = [
            ("about:\n  - {type: Drug, name: x, sameAs: \(quoted)}\n", "'about[1].sameAs' expects an absolute http(s) URL"),
            ("references:\n  - {id: r1, type: book, title: T, URL: \(quoted)}\n", "'URL' expects an absolute http(s) URL"),
        ]
        for (extra, expected) in fields {
            #expect(messages(validate(Self.article(extra))).contains { $0.hasPrefix(expected) }, "\(expected): \(url)")
        }
        let hostileSite = String(decoding: site.bytes, as: UTF8.self).replacingOccurrences(of: "url: https://www.kliniek-basis.example/\nlanguage", with: "url: \(quoted)\nlanguage")
        let result = validator.validate(site: SourceFile(path: "Articles/site.yaml", text: hostileSite), articles: [])
        #expect(messages(result).contains { $0.hasPrefix("'url' expects an absolute http(s) URL") }, "site url \(url)")
    }

    // MARK: - Links and special files

    // site.yaml as a link out of the folder: RegressionTests.siteYAMLThatLinksOutOfTheInputFolderIsNotRead.

    @Test func anArticleThatLinksOutsideShowsNoExcerptOfItsTarget() throws {
        let outside = try TemporaryFolder(files: ["secret.yaml": Array("title: SECRET\n".utf8)])
        let folder = try TemporaryFolder(files: ["site.yaml": site.bytes])
        try folder.link("a.yaml", to: outside.path + "/secret.yaml")
        // A link to a link inside the folder that leads outside is refused the same way.
        try folder.link("b.yaml", to: folder.path + "/a.yaml")
        let result = validator.validate(folder: folder.path)
        #expect(Set(messages(result)).isSuperset(of: [
            "'a.yaml' is a symbolic link to a file outside the input folder; ldpub does not follow it",
            "'b.yaml' is a symbolic link to a file outside the input folder; ldpub does not follow it",
        ]))
        #expect(!DiagnosticRenderer { result.source(of: $0) }.text(result.diagnostics).contains("SECRET"))
    }

    @Test func linksToFoldersDevicesAndFIFOsAreNotRead() throws {
        let outside = try TemporaryFolder(files: ["x.yaml": Array(Self.article().utf8)])
        let folder = try TemporaryFolder(files: ["site.yaml": site.bytes])
        try folder.link("elsewhere", to: outside.path)
        try folder.link("zero.yaml", to: "/dev/zero")
        try folder.link("dangling.yaml", to: folder.path + "/nothing.yaml")
        #expect(mkfifo(folder.path + "/pipe.yaml", 0o644) == 0)
        // A FIFO would block a reader for ever: it must not be opened.
        let measured = Bounded.measure { validator.validate(folder: folder.path) }
        // The folder's article is not read; the link is an error, as its article would be missing.
        #expect(Set(messages(measured.value)) == [
            "'elsewhere' is a symbolic link to a folder of articles; ldpub does not follow links to folders, so they would not be built: move the folder into the input folder (or link each file)",
            "'zero.yaml' is a symbolic link to a file outside the input folder; ldpub does not follow it",
            "'dangling.yaml' is a symbolic link that does not lead to a regular file",
            "'pipe.yaml' is not a regular file",
        ])
        measured.expectWithin(seconds: 5, megabytes: 50)
    }

    // MARK: - Many files, no files

    @Test func tenThousandArticlesInOneFolder() throws {
        try validateManyArticles(10_000, seconds: 60)
    }

    /// 100,000 articles; set `LDPUB_SLOW_TESTS=1` to run it (over a minute in a debug build).
    @Test(.enabled(if: ProcessInfo.processInfo.environment["LDPUB_SLOW_TESTS"] == "1"))
    func aHundredThousandArticlesInOneFolder() throws {
        try validateManyArticles(100_000, seconds: 600)
    }

    private func validateManyArticles(_ count: Int, seconds: Double) throws {
        let folder = try TemporaryFolder(files: ["site.yaml": site.bytes])
        let template = Self.article()
        for index in 0..<count {
            try folder.write("a\(index).yaml", Array(template.replacingOccurrences(of: "id: c1", with: "id: c\(index)").utf8))
        }
        let measured = Bounded.measure { validator.validate(folder: folder.path) }
        #expect(measured.value.articleFileCount == count)
        #expect(measured.value.diagnostics == [])
        #expect(measured.value.publication?.articles.count == count)
        measured.expectWithin(seconds: seconds, megabytes: 100 + count / 100)
    }

    @Test func aSiteWithoutArticlesValidates() throws {
        let folder = try TemporaryFolder(files: ["site.yaml": site.bytes])
        let result = validator.validate(folder: folder.path)
        #expect(result.succeeded)
        #expect(result.publication?.articles.isEmpty == true)
        #expect(result.diagnostics.allSatisfy { $0.severity == .warning })
    }
}
