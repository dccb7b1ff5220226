// ldpub — MIT licence.

import ArticleModel
import YAMLNodes

extension PageTemplates {
    /// The checks swift-mustache leaves out, since it renders a missing partial or name as
    /// nothing: every partial a site's template names exists, and every name the pages' templates
    /// (and the partials they include) look up is in the page's context (``TemplateContext``),
    /// looked up as Mustache does, from the innermost section outwards.
    struct NameCheck {
        /// Every template's tags, by name.
        let tags: [String: TemplateTags]
        /// Every template's file, by name; nil for a built-in one.
        let paths: [String: String?]
        /// The errors found, each once.
        private(set) var problems: [Diagnostic] = []
        /// The full paths of the names looked up (`sections.claims.text`).
        private(set) var used = Set<String>()
        private var reported = Set<String>()

        init(tags: [String: TemplateTags], paths: [String: String?]) {
            self.tags = tags
            self.paths = paths
        }

        /// Reports each partial that the site's template `name` includes and no template is named after.
        mutating func checkPartials(of name: String) {
            guard let path = paths[name] ?? nil, let scanned = tags[name] else { return }
            for tag in scanned.tags {
                guard case .partial = tag.kind, tags[tag.name] == nil else { continue }
                let suggestion = Suggestion.nearest(to: tag.name, in: tags.keys.sorted()).map { " (did you mean '\($0)'?)" } ?? ""
                report("unknown partial '\(tag.name)'\(suggestion); a partial is a template named by its path below 'templates/' without '.mustache'",
                       at: SourceSpan(file: path, at: tag.mark))
            }
        }

        /// Reports every name that the page template `page`, and the partials it includes, look
        /// up and its context does not have.
        mutating func checkNames(of page: String) {
            guard let names = TemplateContext.names(forPage: page) else { return }
            walk(page, names: names, scopes: [], depth: 0, includedAt: nil)
        }

        /// Checks the names of the template `name` inside the sections `scopes` (full paths, outermost first).
        ///
        /// - Parameter includedAt: where a site's template includes the built-in one being walked,
        ///   so that a problem in it is reported where the site's template uses it.
        private mutating func walk(_ name: String, names: Set<String>, scopes outer: [String], depth: Int,
                                   includedAt: (path: String, mark: Mark, partial: String)?) {
            guard depth < 16, let scanned = tags[name] else { return }
            let path = paths[name] ?? nil
            var scopes = outer
            var opened: [Bool] = []
            for tag in scanned.tags {
                func problem(_ message: String) {
                    if let path {
                        // A site's partial: the mistake may be where it is included (outside its section).
                        let notes = includedAt.map { [Diagnostic.Note("'\(name)' is included here", at: SourceSpan(file: $0.path, at: $0.mark))] } ?? []
                        report(message, at: SourceSpan(file: path, at: tag.mark), notes: notes)
                    } else if let includedAt {
                        report(message + " (in the built-in partial '\(includedAt.partial)', which is included here)",
                               at: SourceSpan(file: includedAt.path, at: includedAt.mark))
                    } else {
                        report(message, at: SourceSpan(file: "(built-in template '\(name)')", at: tag.mark))
                    }
                }
                switch tag.kind {
                case .variable:
                    switch Self.resolve(tag.name, names: names, scopes: scopes) {
                    case .success(let full):
                        used.insert(full)
                        if tag.unescaped && !TemplateContext.html.contains(full) {
                            // An editor's text written as HTML: a title with `<script>` would run.
                            problem("'\(tag.name)' is text, not HTML, and would be written without escaping: write {{\(tag.name)}}; "
                                    + "triple braces (and {{&…}}) are only for the names marked HTML in Docs/Templates.md")
                        }
                    case .failure(let failure): problem(failure.message)
                    }
                case .section:
                    switch Self.resolve(tag.name, names: names, scopes: scopes) {
                    case .success(let full):
                        used.insert(full)
                        scopes.append(full)
                        opened.append(true)
                    case .failure(let failure):
                        problem(failure.message)
                        opened.append(false)
                    }
                case .block:
                    opened.append(false)
                case .partial(let opensSection):
                    let here = path.map { (path: $0, mark: tag.mark, partial: tag.name) } ?? includedAt
                    walk(tag.name, names: names, scopes: scopes, depth: depth + 1, includedAt: here)
                    if opensSection { opened.append(false) }
                case .close:
                    if opened.popLast() == true { scopes.removeLast() }
                case .dynamicPartial, .other:
                    break
                }
            }
        }

        /// The full path `name` stands for inside `scopes`, or why it stands for nothing.
        static func resolve(_ written: String, names: Set<String>, scopes: [String]) -> Result<String, Failure> {
            var name = Substring(written)
            // A transform, `uppercased(title)`, looks up what is inside its brackets.
            if let open = name.lastIndex(of: "(") {
                name = name[name.index(after: open)...]
                name = name.prefix { $0 != ")" }
                // `{{#first()}}`: the position in the list being rendered.
                if name.isEmpty { return .success(scopes.last ?? "") }
            }
            if name == "." { return .success(scopes.last ?? "") }
            let relativeOnly = name.hasPrefix(".")
            let components = name.split(separator: ".").map(String.init)
            guard let first = components.first else { return .failure(Failure("empty name")) }
            let candidates: [String] = relativeOnly ? [scopes.last ?? ""] : scopes.reversed() + [""]
            for scope in candidates where names.contains(join(scope, first)) {
                let full = join(scope, components.joined(separator: "."))
                if names.contains(full) { return .success(full) }
                let known = names.filter { $0.hasPrefix(join(scope, first) + ".") }.map { String($0.dropFirst(scope.isEmpty ? 0 : scope.count + 1)) }
                return .failure(Failure("unknown name '\(written)'" + clause(String(name), known)))
            }
            var visible: [String] = []
            for scope in candidates {
                visible += names.filter { scope.isEmpty || $0.hasPrefix(scope + ".") }.map { String($0.dropFirst(scope.isEmpty ? 0 : scope.count + 1)) }
            }
            let suggestion = clause(String(name), visible)
            return .failure(Failure("unknown name '\(written)'"
                + (suggestion.isEmpty ? "; the names a page's template can use are listed in Docs/Templates.md" : suggestion)))
        }

        /// A reason, as an error.
        struct Failure: Error {
            let message: String
            init(_ message: String) { self.message = message }
        }

        private static func join(_ scope: String, _ name: String) -> String {
            scope.isEmpty ? name : scope + "." + name
        }

        private static func clause(_ name: String, _ candidates: [String]) -> String {
            Suggestion.nearest(to: name, in: candidates.sorted()).map { " (did you mean '\($0)'?)" } ?? ""
        }

        private mutating func report(_ message: String, at span: SourceSpan, notes: [Diagnostic.Note] = []) {
            let key = "\(span.file):\(span.start):\(message)"
            guard reported.insert(key).inserted else { return }
            problems.append(.error(message, at: span, notes: notes))
        }
    }
}
