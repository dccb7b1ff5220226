// ldpub — MIT licence.

import ArticleModel
import MarkdownRendering
import Mustache
import YAMLNodes

/// The Mustache templates the pages are rendered with: ldpub's own (``BuiltInTemplates``), each
/// replaced by a site's `templates/<name>.mustache` of the same name.
///
/// `article` renders each article's page, `index` the readers' index; every other template is a
/// partial either may include (`{{> partials/claim}}`). The context of each page is documented
/// in Docs/Templates.md and listed in ``TemplateContext``. Made once per build and shared by every
/// page; parsing and checking happen here, so a page never meets a broken template.
public struct PageTemplates: Sendable {
    /// The folder of an input folder that holds the site's templates.
    public static let folderName = "templates"

    /// One template file of a site.
    public struct File: Sendable, Hashable {
        /// The template's name: its path below `templates/` without `.mustache` (`partials/claim`).
        public let name: String
        /// The file's path as diagnostics name it.
        public let path: String
        /// The template.
        public let text: String

        /// Creates a template file.
        public init(name: String, path: String, text: String) {
            self.name = name
            self.path = path
            self.text = text
        }
    }

    private let library: MustacheLibrary
    /// The names of the site's own templates, sorted.
    public let siteTemplateNames: [String]
    /// The pages (`article`, `index`) whose template and partials are all ldpub's own.
    private let builtInPages: Set<String>

    /// ldpub's own templates alone.
    public static let builtIn: PageTemplates = {
        switch PageTemplates.make(siteFiles: []) {
        case .success(let templates): return templates
        case .failure(let problems): fatalError("the built-in templates are broken: \(problems.diagnostics.map(\.message))")
        }
    }()

    private init(library: MustacheLibrary, siteTemplateNames: [String]) {
        self.library = library
        self.siteTemplateNames = siteTemplateNames
        let replaced = Set(siteTemplateNames)
        builtInPages = Set(["article", "index"].filter { Self.builtInTemplatesUsed(by: $0).isDisjoint(with: replaced) })
    }

    /// Whether the page `name` (`article` or `index`) is rendered by ldpub's own templates
    /// alone, so that ``BuiltInLayout`` may write it: the site replaces neither the page's
    /// template nor a partial it includes.
    func rendersAsBuiltIn(_ name: String) -> Bool { builtInPages.contains(name) }

    /// The built-in template `page` and every partial it includes, directly or not.
    static func builtInTemplatesUsed(by page: String) -> Set<String> {
        var used: Set<String> = [page]
        var pending = [page]
        while let name = pending.popLast() {
            for tag in TemplateTags(BuiltInTemplates.all[name] ?? "").tags {
                guard case .partial = tag.kind, !used.contains(tag.name) else { continue }
                used.insert(tag.name)
                pending.append(tag.name)
            }
        }
        return used
    }

    /// The built-in templates with `siteFiles` in place of those of the same name, or the
    /// errors that stop them from being used, each located in its file.
    ///
    /// Errors: a syntax error (at the tag, or where an unclosed section opens); a partial no
    /// template is named after; in `article` and `index` and the partials they include, a name
    /// the page's context does not have (with a suggestion).
    public static func make(siteFiles: [File]) -> Result<PageTemplates, Problems> {
        ByteEscapedHTML.register()
        var texts: [String: (text: String, path: String?)] = BuiltInTemplates.all.mapValues { ($0, nil) }
        for file in siteFiles { texts[file.name] = (file.text, file.path) }
        var problems: [Diagnostic] = []
        var library = MustacheLibrary()
        var tags: [String: TemplateTags] = [:]
        for (name, source) in texts.sorted(by: { $0.key < $1.key }) {
            let path = source.path ?? "(built-in template '\(name)')"
            let scanned = TemplateTags(source.text)
            tags[name] = scanned
            if let mistake = scanned.structureError {
                problems.append(.error(mistake.message, at: SourceSpan(file: path, at: mistake.mark)))
                continue
            }
            do {
                library.register(try MustacheTemplate(string: ByteEscapedHTML.pragma + source.text), named: name)
            } catch let error as MustacheTemplate.ParserError {
                // The pragma is a line of its own before the file's first.
                let mark = Mark(line: error.context.lineNumber - 1, column: error.context.columnNumber)
                problems.append(.error(Self.message(for: error.error), at: SourceSpan(file: path, at: mark)))
            } catch {
                problems.append(.error("invalid template: \(error)", at: SourceSpan(file: path, at: Mark(line: 1, column: 1))))
            }
        }
        if problems.isEmpty {
            var check = NameCheck(tags: tags, paths: texts.mapValues(\.path))
            for name in texts.keys.sorted() { check.checkPartials(of: name) }
            for page in ["article", "index"] { check.checkNames(of: page) }
            problems = check.problems
        }
        guard problems.isEmpty else { return .failure(Problems(diagnostics: problems)) }
        return .success(PageTemplates(library: library, siteTemplateNames: siteFiles.map(\.name).sorted()))
    }

    /// Why templates cannot be used.
    public struct Problems: Error, Sendable {
        /// The errors, each in its template file.
        public let diagnostics: [Diagnostic]
    }

    /// The full paths of the context's names that ldpub's own template `page` (`article` or
    /// `index`) and the partials it includes look up: every documented name, as a test shows.
    static func namesUsedByBuiltIn(page: String) -> Set<String> {
        let tags = BuiltInTemplates.all.mapValues { TemplateTags($0) }
        var check = NameCheck(tags: tags, paths: tags.mapValues { _ -> String? in nil })
        check.checkNames(of: page)
        return check.used
    }

    /// The page rendered by the template `name` with `context`.
    func render(_ context: Any, template name: String) -> String {
        library.render(context, withTemplate: name) ?? ""
    }

    /// Words for swift-mustache's parser errors.
    private static func message(for error: Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "invalid template: \(error)" }
        switch error {
        case .sectionCloseNameIncorrect: return "a section is closed with another name than it was opened with"
        case .unfinishedName: return "a tag is not closed with '}}', or its name has a character a name cannot have"
        case .expectedSectionEnd: return "a section is never closed"
        case .invalidSetDelimiter: return "invalid delimiter change (write it as '{{=<% %>=}}')"
        case .transformAppliedToInheritanceSection: return "a transform cannot be applied to an inherited section"
        case .illegalTokenInsideInheritSection: return "only blocks ('{{$name}}') may be inside a parent ('{{<name}}')"
        case .textInsideInheritSection: return "only blocks ('{{$name}}') may be inside a parent ('{{<name}}'), not text"
        case .invalidConfigVariableSyntax: return "invalid pragma (write it as '{{% CONTENT_TYPE: HTML}}')"
        case .unrecognisedConfigVariable: return "unknown pragma (the one there is: 'CONTENT_TYPE')"
        }
    }
}

/// How every template escapes `{{name}}`: byte by byte, with ``HTMLEscaping``, as the rest of
/// ldpub's output is escaped. swift-mustache's own HTML escaping compares whole characters
/// (grapheme clusters), so a `<` after U+0600 or a `"` before a combining mark is one character
/// that is neither, and would be written raw: markup, or the end of an attribute value, taken
/// from an article's text.
private struct ByteEscapedHTML: MustacheContentType {
    func escapeText(_ text: String) -> String { HTMLEscaping.escape(text) }

    /// Put before each template's text: a standalone pragma line, which renders nothing.
    static let pragma = "{{% CONTENT_TYPE: LDPUB_HTML}}\n"

    /// Registers the content type with swift-mustache (once; later calls do nothing).
    static func register() { _ = registered }

    private static let registered: Void = MustacheContentTypes.register(ByteEscapedHTML(), named: "LDPUB_HTML")
}
