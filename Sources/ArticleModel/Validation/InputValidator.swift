// ldpub — MIT licence.

import InterfaceText
import YAMLNodes

/// Validates an input folder, or files in memory: YAML, then each file's model, then the
/// checks across files. Collects every problem instead of stopping at the first.
public struct InputValidator: Sendable {
    /// The schema.org terms `about` and `specialty` may use.
    public let vocabulary: TermVocabulary
    /// Limits on every YAML file.
    public let limits: LoadLimits
    /// Where the files that `bibliography:` keys name are read; nil for files in memory.
    public private(set) var bibliographyFiles: BibliographyFiles?

    /// Creates a validator.
    public init(vocabulary: TermVocabulary, limits: LoadLimits = .default) {
        self.vocabulary = vocabulary
        self.limits = limits
    }

    /// This validator, reading the bibliography files of `folder` (``BibliographyFiles``).
    public func readingBibliographies(in folder: InputFolder) -> InputValidator {
        var validator = self
        validator.bibliographyFiles = BibliographyFiles(of: folder)
        return validator
    }

    private func bibliographyDecoder(_ fields: FieldDecoder) -> BibliographyDecoder {
        BibliographyDecoder(fields: fields, files: bibliographyFiles, limits: limits)
    }

    /// Validates the folder at `path` (as the user typed it), keeping every article for the
    /// result's ``ValidationResult/publication``.
    ///
    /// Articles are read and decoded on all cores, one file at a time, so the bytes of a file are
    /// released once it is decoded.
    public func validate(folder path: String) -> ValidationResult {
        validate(folder: path, keepingArticles: true)
    }

    /// Validates the folder at `path` (as the user typed it), with the same diagnostics as
    /// ``validate(folder:)``.
    ///
    /// With `keepingArticles` false, only an ``ArticleSummary`` of each article is kept for the
    /// checks across files, so memory does not grow with the articles' text: the result then has
    /// no publication, and ``ValidationResult/succeeded`` alone says whether there were errors.
    public func validate(folder path: String, keepingArticles: Bool) -> ValidationResult {
        let folder = InputFolder(path: path, maxFileBytes: limits.maxFileBytes)
        let validator = readingBibliographies(in: folder)
        return validator.validateWithBibliographies(folder, keepingArticles: keepingArticles)
    }

    private func validateWithBibliographies(_ folder: InputFolder, keepingArticles: Bool) -> ValidationResult {
        // The article files are listed on another thread while site.yaml is decoded.
        let listing = BackgroundWork { folder.articleEntries() }
        let site = decodeSite(in: folder).site
        let staticFiles = StaticFiles(of: folder)
        let siteWithStatic = DecodedFile(value: site.value, diagnostics: site.diagnostics + staticFiles.problems, incompleteIDs: site.incompleteIDs)
        let siteURL = site.value?.url
        if keepingArticles {
            let articles = decodeArticles(listing.value, of: folder, staticFiles: staticFiles, siteURL: siteURL) { $0 }
            return finish(site: siteWithStatic, articles: articles.map { $0.mapValue(ArticleSummary.init) },
                          publishing: articles.compactMap(\.value), inputPath: folder.path, sources: .folder(folder))
        }
        let summaries = decodeArticles(listing.value, of: folder, staticFiles: staticFiles, siteURL: siteURL, keeping: ArticleSummary.init)
        return finish(site: siteWithStatic, articles: summaries, publishing: nil, inputPath: folder.path, sources: .folder(folder))
    }

    /// Reads and decodes the articles `entries` of `folder` lists on all cores, keeping `keeping` of each.
    private func decodeArticles<Kept: Sendable>(_ entries: [InputFolder.Entry], of folder: InputFolder, staticFiles: StaticFiles,
                                                siteURL: String?, keeping: @escaping @Sendable (Article) -> Kept) -> [DecodedFile<Kept>] {
        entries.concurrentMap { entry -> DecodedFile<Kept> in
            switch entry {
            case .problem(let diagnostic):
                return DecodedFile(value: nil, diagnostics: [diagnostic], incompleteIDs: [])
            case .file(let filePath, _):
                switch folder.read(filePath) {
                case .success(let file): return decodeArticle(file).checkingImage(against: staticFiles, siteURL: siteURL).mapValue(keeping)
                case .failure(let problem): return DecodedFile(value: nil, diagnostics: [problem], incompleteIDs: [])
                }
            }
        }
    }

    /// The diagnostic for a site.yaml that could not be read: "missing" when it is not there.
    public static func missingSite(_ problem: Diagnostic) -> Diagnostic {
        isMissing(problem)
            ? .error("missing '\(InputFolder.siteFileName)': an input folder needs its site configuration", at: problem.span)
            : problem
    }

    /// Whether a read failure says the file is not there (not that it could not be opened).
    private static func isMissing(_ problem: Diagnostic) -> Bool {
        problem.readFailure?.isNoSuchFile == true
    }

    /// The diagnostic for a site.yaml of `folder` that could not be read: one that says to rename
    /// a misnamed site file (`site.yml`) when there is one, else as ``missingSite(_:)``.
    public static func missingSite(_ problem: Diagnostic, in folder: InputFolder) -> Diagnostic {
        guard isMissing(problem), let misnamed = folder.misnamedSiteFile else { return missingSite(problem) }
        return .error("site settings must be in '\(InputFolder.siteFileName)' (found '\(misnamed.name)'); rename it",
                      at: SourceSpan(file: misnamed.path, at: .start))
    }

    /// Validates files already in memory: for tests, fuzzing and editors.
    public func validate(site siteFile: SourceFile, articles articleFiles: [SourceFile]) -> ValidationResult {
        var files = [siteFile.path: siteFile.bytes]
        for file in articleFiles { files[file.path] = file.bytes }
        let articles = articleFiles.map(decodeArticle)
        return finish(site: decodeSite(siteFile), articles: articles.map { $0.mapValue(ArticleSummary.init) },
                      publishing: articles.compactMap(\.value), inputPath: nil, sources: .memory(files))
    }

    // MARK: - One file

    /// What decoding one file gave: the value, or nil after errors.
    public struct DecodedFile<Value: Sendable>: Sendable {
        /// The decoded value; nil when the file had errors that left it incomplete.
        public let value: Value?
        /// The file's own diagnostics (the checks across files come later).
        public let diagnostics: [Diagnostic]
        /// Ids of entries (people, references) that had errors, so that uses of them are not
        /// reported a second time as undefined.
        public let incompleteIDs: Set<String>

        /// Creates a result.
        public init(value: Value?, diagnostics: [Diagnostic], incompleteIDs: Set<String>) {
            self.value = value
            self.diagnostics = diagnostics
            self.incompleteIDs = incompleteIDs
        }

        /// The same file with `transform` applied to its value.
        public func mapValue<Other: Sendable>(_ transform: (Value) throws -> Other) rethrows -> DecodedFile<Other> {
            DecodedFile<Other>(value: try value.map(transform), diagnostics: diagnostics, incompleteIDs: incompleteIDs)
        }
    }

    /// Decodes site.yaml.
    public func decodeSite(_ file: SourceFile) -> DecodedFile<Site> {
        let sink = DiagnosticSink()
        let site = loadRoot(file, sink: sink, what: "the site configuration").flatMap {
            let fields = FieldDecoder(sink: sink)
            return SiteDecoder(fields: fields, bibliography: bibliographyDecoder(fields)).decode($0)
        }
        return DecodedFile(value: site, diagnostics: sink.diagnostics, incompleteIDs: sink.incompleteIDs)
    }

    /// Decodes site.yaml and the message catalogues of `folder` (``decodeMessages(_:)``),
    /// giving the site its interface texts; with every file read, for a build cache to hash.
    public func decodeSite(in folder: InputFolder) -> (site: DecodedFile<Site>, files: [SourceFile]) {
        guard bibliographyFiles != nil else { return readingBibliographies(in: folder).decodeSite(in: folder) }
        let siteFile: SourceFile
        switch folder.read(folder.sitePath) {
        case .success(let file):
            siteFile = file
        case .failure(let problem):
            return (DecodedFile(value: nil, diagnostics: [Self.missingSite(problem, in: folder)], incompleteIDs: []), [])
        }
        var site = decodeSite(siteFile)
        var messageFiles: [SourceFile] = []
        var problems: [Diagnostic] = []
        for path in folder.messageFilePaths() {
            switch folder.read(path) {
            case .success(let file): messageFiles.append(file)
            case .failure(let problem): problems.append(problem)
            }
        }
        guard !messageFiles.isEmpty || !problems.isEmpty else {
            if let value = site.value {
                site = DecodedFile(value: value, diagnostics: site.diagnostics + Self.untranslated(value, files: []), incompleteIDs: site.incompleteIDs)
            }
            return (site, [siteFile])
        }
        let messages = decodeMessages(messageFiles)
        var diagnostics = site.diagnostics + problems + messages.diagnostics
        let failed = !problems.isEmpty || messages.value == nil
        let value = failed ? nil : site.value.map { $0.withMessages(messages.value ?? [:]) }
        if let value { diagnostics += Self.untranslated(value, files: messageFiles) }
        return (DecodedFile(value: value, diagnostics: diagnostics, incompleteIDs: site.incompleteIDs), [siteFile] + messageFiles)
    }

    /// Warnings for pages that would get ldpub's English labels under another `lang`: the
    /// site's language when neither ldpub nor the site has texts for it, and a catalogue
    /// (`files`) of a language ldpub has no texts for that gives only some of them.
    static func untranslated(_ site: Site, files: [SourceFile]) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        if MessageCatalog.keysInEnglish(for: site.language, overrides: site.messages).count == MessageKey.allCases.count {
            warnings.append(.warning("ldpub has no interface texts for '\(site.language)': the pages show its English labels under "
                                     + "lang=\"\(site.language)\"; give them in 'i18n/\(MessageCatalog.primaryLanguage(of: site.language)).yaml'",
                                     at: site.span))
        }
        for file in files {
            let missing = MessageCatalog.keysInEnglish(for: file.baseName, overrides: site.messages)
            guard let first = missing.first, missing.count < MessageKey.allCases.count else { continue }
            warnings.append(.warning("'\(file.baseName)' gives \(MessageKey.allCases.count - missing.count) of the \(MessageKey.allCases.count) "
                                     + "interface texts: pages in '\(file.baseName)' show the other \(missing.count) in English (the first: '\(first.rawValue)')",
                                     at: SourceSpan(file: file.path, at: .start)))
        }
        return warnings
    }

    /// Decodes message catalogues, `i18n/<lang>.yaml`: each a flat mapping of message keys
    /// (``MessageKey``) to texts, named after its language. An unknown key, a value that is not
    /// text, a file name that is not a language tag, or two files of one language is an error.
    public func decodeMessages(_ files: [SourceFile]) -> DecodedFile<MessageOverrides> {
        let sink = DiagnosticSink()
        var overrides: MessageOverrides = [:]
        var seen: [String: String] = [:]
        for file in files {
            let language = file.baseName
            let start = SourceSpan(file: file.path, at: .start)
            guard LanguageTag.isWellFormed(language) else {
                sink.error("'\(language)' is not a BCP 47 language tag: name a message catalogue after its language, "
                           + "such as 'i18n/nl.yaml' or 'i18n/en-GB.yaml'", at: start)
                continue
            }
            let tag = language.lowercased()
            if let first = seen[tag] {
                sink.error("a second message catalogue for '\(language)': '\(first)' has its texts already", at: start)
                continue
            }
            seen[tag] = file.path
            guard let root = loadRoot(file, sink: sink, what: "a message catalogue") else { continue }
            if let texts = MessageFileDecoder(fields: FieldDecoder(sink: sink)).decode(root) { overrides[tag] = texts }
        }
        let failed = sink.diagnostics.contains { $0.severity == .error }
        return DecodedFile(value: failed ? nil : overrides, diagnostics: sink.diagnostics, incompleteIDs: [])
    }

    /// Decodes one article file, without the checks that need other files.
    public func decodeArticle(_ file: SourceFile) -> DecodedFile<Article> {
        let sink = DiagnosticSink()
        let article = loadRoot(file, sink: sink, what: "an article").flatMap {
            let fields = FieldDecoder(sink: sink)
            return ArticleDecoder(fields: fields, vocabulary: vocabulary, keysInBodyText: KeysInBodyText(source: file.bytes, sink: sink),
                                  bibliography: bibliographyDecoder(fields))
                .decode($0, file: file.path, defaultSlug: file.baseName)
        }
        return DecodedFile(value: article, diagnostics: sink.diagnostics, incompleteIDs: sink.incompleteIDs)
    }

    private func loadRoot(_ file: SourceFile, sink: DiagnosticSink, what: String) -> Node? {
        let document: YAMLDocument
        do {
            document = try YAMLLoader(limits: limits).load(file.bytes, file: file.path)
        } catch {
            sink.append(Diagnostic(error))
            return nil
        }
        for problem in document.problems { sink.append(Diagnostic(problem)) }
        guard let root = document.root else {
            sink.error("the file is empty; it should hold \(what)", at: SourceSpan(file: file.path, at: .start))
            return nil
        }
        return root
    }

    // MARK: - Across files

    /// The checks that need every file: unique slugs and ids, references that resolve, and the
    /// warnings about evidence and review. Articles may be stripped of their bodies.
    public static func crossFileDiagnostics(site: Site, articles: [Article], incompleteIDs: Set<String>) -> [Diagnostic] {
        crossFileDiagnostics(site: site, summaries: articles.map(ArticleSummary.init), incompleteIDs: incompleteIDs)
    }

    /// The checks across files of ``crossFileDiagnostics(site:articles:incompleteIDs:)``, on the
    /// summaries of the articles (in the same order, the same diagnostics).
    /// `everyArticleRead` false: some article file could not be read (what it cites is not known).
    public static func crossFileDiagnostics(site: Site, summaries: [ArticleSummary], incompleteIDs: Set<String>,
                                            everyArticleRead: Bool = true) -> [Diagnostic] {
        CrossFileChecks(site: site, articles: summaries, incompleteIDs: incompleteIDs, everyArticleRead: everyArticleRead).run()
    }

    /// Adds the checks across files to the files' own diagnostics; `publishing`, the decoded
    /// articles, makes the publication of a result without errors (nil keeps none).
    private func finish(site: DecodedFile<Site>, articles: [DecodedFile<ArticleSummary>], publishing: [Article]?, inputPath: String?,
                        sources: ValidationResult.Sources) -> ValidationResult {
        var all = site.diagnostics + articles.flatMap(\.diagnostics)
        let summaries = articles.compactMap(\.value)
        if let value = site.value {
            let incomplete = articles.reduce(site.incompleteIDs) { $0.union($1.incompleteIDs) }
            all += CrossFileChecks(site: value, articles: summaries, incompleteIDs: incomplete, everyArticleRead: summaries.count == articles.count).run()
            if articles.isEmpty, let inputPath {
                all.append(.warning("no articles found in '\(inputPath)' (article files end in .yaml or .yml)", at: value.span))
            }
        }
        let sorted = all.sortedForDisplay()
        guard let value = site.value, sorted.errorCount == 0 else {
            return ValidationResult(diagnostics: sorted, publication: nil, articleFileCount: articles.count, sources: sources)
        }
        guard let publishing else {
            return ValidationResult(diagnostics: sorted, summaries: summaries, articleFileCount: articles.count, sources: sources)
        }
        return ValidationResult(diagnostics: sorted, publication: Publication(site: value, articles: publishing), articleFileCount: articles.count, sources: sources)
    }
}

extension InputValidator.DecodedFile where Value == Article {
    /// The file with an error added when its relative `image.url` names no file of `static/`
    /// (no check without the site's URL, which an invalid site.yaml leaves unknown).
    public func checkingImage(against staticFiles: StaticFiles, siteURL: String?) -> Self {
        guard let value, let siteURL else { return self }
        let problems = staticFiles.imageDiagnostics(of: value, siteURL: siteURL)
        guard !problems.isEmpty else { return self }
        return Self(value: value, diagnostics: diagnostics + problems, incompleteIDs: incompleteIDs)
    }
}
