// ldpub — MIT licence.

import YAMLNodes

/// Decodes one article file. Checks that need other files (ids resolving, slugs unique
/// across articles) are ``InputValidator``'s.
struct ArticleDecoder {
    let fields: FieldDecoder
    let vocabulary: TermVocabulary
    /// Warns about keys hidden in the text of a section's body.
    let keysInBodyText: KeysInBodyText
    /// Reads the files `bibliography:` names.
    let bibliography: BibliographyDecoder

    static let keys: KeySet = [
        "slug", "title", "description", "language", "published", "modified", "reviewed", "authors", "category",
        "keywords", "image", "audience", "specialty", "about", "sections", "references", "bibliography", "translationKey",
    ]
    private static let reviewKeys: KeySet = ["by", "date"]
    private static let imageKeys: KeySet = ["url", "alt"]
    private static let aboutKeys: KeySet = ["type", "name", "sameAs", "alternateName"]
    private static let sectionKeys: KeySet = ["heading", "id", "body", "claims"]
    private static let claimKeys: KeySet = ["id", "text", "sources"]
    private static let sourceKeys: KeySet = ["source", "locator", "relation"]

    /// - Parameters:
    ///   - root: the document's root node.
    ///   - file: the path as the user typed it.
    ///   - defaultSlug: the file name without its extension, used when `slug` is absent.
    func decode(_ root: Node, file: String, defaultSlug: String) -> Article? {
        guard let reader = MappingReader(root, context: "article", knownKeys: Self.keys, sink: fields.sink) else { return nil }
        let article = decodeFields(reader, root: root, file: file, defaultSlug: defaultSlug)
        reader.reportUnknownKeys()
        // Only for a file without errors: a claim with an error is a claim the author did write.
        if let article, !fields.sink.hasErrors, article.sections.allSatisfy(\.claims.isEmpty) {
            fields.sink.warning("article makes no claims: nothing in it is linked to evidence (give its sections 'claims' with 'sources')", at: article.span)
        }
        return article
    }

    private func decodeFields(_ reader: MappingReader, root: Node, file: String, defaultSlug: String) -> Article? {
        let slug = readSlug(reader, defaultSlug: defaultSlug)
        let title = fields.requiredText(reader, "title")
        let description = fields.requiredText(reader, "description")
        let language = reader.value("language").flatMap { fields.languageTag($0, field: "language") }
        let published = reader.required("published").flatMap { fields.timestamp($0, field: "published") }
        let modified = reader.value("modified").flatMap { fields.timestamp($0, field: "modified") }
        if let published, let modified, modified.isBefore(atWrittenPrecision: published), let node = reader.value("modified") {
            fields.sink.error("'modified' (\(modified)) is before 'published' (\(published))", at: node.span)
        }
        let review = reader.value("reviewed").flatMap { readReview($0) }
        if reader.value("reviewed") == nil {
            fields.sink.warning("article has no medical review ('reviewed'); every page is a medical page", at: root.span)
        }
        // The page says "medically reviewed" of a version the reviewer may not have seen.
        if let review, let modified, review.date.isBefore(atWrittenPrecision: modified), let node = reader.value("modified") {
            fields.sink.warning("article was modified (\(modified)) after its medical review (\(review.date)): "
                                + "when a reviewer has checked this version, set 'reviewed.date'", at: node.span)
        }
        let authors = reader.required("authors").flatMap {
            fields.list($0, field: "authors", of: "people ids", nonEmpty: true) { node, field in
                fields.reference(node, field: field, syntax: .slug, what: FieldDecoder.personID)
            }
        }
        let category = fields.optionalText(reader, "category")
        let keywords = reader.value("keywords").flatMap {
            fields.list($0, field: "keywords", of: "texts") { node, field in fields.text(node, field: field) }
        } ?? []
        let image = reader.value("image").flatMap { readImage($0) }
        let audience = reader.value("audience").flatMap { fields.choice($0, field: "audience", as: Audience.self) }
        let specialty = reader.value("specialty").flatMap { readSpecialty($0) }
        let about = reader.value("about").flatMap {
            fields.list($0, field: "about", of: "things") { node, field in readAboutEntity(node, field: field) }
        } ?? []
        let sections = reader.required("sections").flatMap { readSections($0) }
        let csl = CSLDecoder(fields: fields)
        let bibliographyItems = reader.value("bibliography").map { bibliography.items($0, namingFile: file) }
        if bibliographyItems?.everyFileRead == false, let sections {
            // A bibliography file that could not be read may have defined what the claims cite:
            // its error stands for them, not one "unknown source" per citation.
            fields.sink.incompleteIDs.formUnion(sections.lazy.flatMap(\.claims).flatMap(\.sources).map(\.reference.id))
        }
        let references = (reader.value("references").flatMap {
            fields.list($0, field: "references", of: "CSL items") { node, field in csl.item(node, field: field) }
        } ?? []) + (bibliographyItems?.items ?? [])
        let translationKey = fields.optionalText(reader, "translationKey")
        guard let slug, let title, let description, let published, let authors, let sections else { return nil }
        return Article(file: file, slug: slug, title: title, description: description, language: language,
                       published: published, modified: modified, review: review, authors: authors, category: category,
                       keywords: keywords, image: image, audience: audience, specialty: specialty, about: about,
                       sections: sections, references: references, translationKey: translationKey, span: root.span)
    }

    private func readSlug(_ reader: MappingReader, defaultSlug: String) -> String? {
        if let node = reader.value("slug") {
            return fields.identifier(node, field: "slug", syntax: .slug)
        }
        guard IdentifierSyntax.slug.matches(defaultSlug) else {
            fields.sink.error("the file name '\(defaultSlug)' is not a valid slug (\(IdentifierSyntax.slug.rule)); add 'slug:' or rename the file", at: reader.span)
            return nil
        }
        return defaultSlug
    }

    private func readReview(_ node: Node) -> Review? {
        guard let reader = MappingReader(node, context: "'reviewed'", knownKeys: Self.reviewKeys, sink: fields.sink) else { return nil }
        defer { reader.reportUnknownKeys() }
        let reviewer = reader.required("by").flatMap { fields.reference($0, field: "reviewed.by", syntax: .slug, what: FieldDecoder.personID) }
        let dateNode = reader.required("date")
        let date = dateNode.flatMap { fields.timestamp($0, field: "reviewed.date") }
        guard let reviewer, let date else { return nil }
        return Review(reviewer: reviewer, date: date, dateSpan: dateNode?.span)
    }

    private func readImage(_ node: Node) -> ImageReference? {
        guard let reader = MappingReader(node, context: "'image'", knownKeys: Self.imageKeys, sink: fields.sink) else { return nil }
        defer { reader.reportUnknownKeys() }
        let url = reader.required("url").flatMap { readImageURL($0) }
        let alt = fields.requiredText(reader, "alt", field: "image.alt")
        guard let url, let alt else { return nil }
        return ImageReference(url: url, alt: alt, urlSpan: reader.value("url")?.span)
    }

    private func readImageURL(_ node: Node) -> String? {
        guard let url = fields.text(node, field: "image.url") else { return nil }
        guard WebURL.isAbsoluteHTTP(url) || WebURL.isRelativeReference(url) else {
            fields.sink.error("'image.url' must be an http(s) URL or a path relative to the site URL, got '\(url)'", at: node.span)
            return nil
        }
        return url
    }

    private func readSpecialty(_ node: Node) -> String? {
        guard let name = fields.text(node, field: "specialty") else { return nil }
        guard vocabulary.medicalSpecialties.contains(name) else {
            fields.sink.error("'\(name)' is not a member of schema.org's MedicalSpecialty\(Suggestion.clause(for: name, in: vocabulary.medicalSpecialties))", at: node.span)
            return nil
        }
        return name
    }

    private func readAboutEntity(_ node: Node, field: String) -> AboutEntity? {
        guard let reader = MappingReader(node, context: "'\(field)'", knownKeys: Self.aboutKeys, sink: fields.sink) else { return nil }
        defer { reader.reportUnknownKeys() }
        let type = reader.required("type").flatMap { readSchemaType($0, field: "\(field).type") }
        let name = fields.requiredText(reader, "name", field: "\(field).name")
        let sameAs = reader.value("sameAs").flatMap {
            fields.oneOrMany($0, field: "\(field).sameAs", of: "URLs") { item, itemField in fields.absoluteURL(item, field: itemField) }
        } ?? []
        let alternateNames = reader.value("alternateName").flatMap {
            fields.oneOrMany($0, field: "\(field).alternateName", of: "texts") { item, itemField in fields.text(item, field: itemField) }
        } ?? []
        guard let type, let name else { return nil }
        return AboutEntity(type: type, name: name, sameAs: sameAs, alternateNames: alternateNames)
    }

    private func readSchemaType(_ node: Node, field: String) -> String? {
        guard let name = fields.text(node, field: field) else { return nil }
        if vocabulary.classesOutsideTypes.contains(name) {
            fields.sink.error("'\(name)' is a schema.org class but not a Thing; '\(field)' must be Thing or a subclass of it, such as Drug or MedicalCondition", at: node.span)
            return nil
        }
        guard vocabulary.types.contains(name) else {
            fields.sink.error("'\(name)' is not a schema.org type\(Suggestion.clause(for: name, in: vocabulary.types))", at: node.span)
            return nil
        }
        return name
    }

    // MARK: Sections and claims

    private func readSections(_ node: Node) -> [Section]? {
        var usedAnchors: [String: SourceSpan] = [:]
        var usedClaimIDs: [String: SourceSpan] = [:]
        return fields.list(node, field: "sections", of: "sections", nonEmpty: true) { item, field in
            readSection(item, field: field, usedAnchors: &usedAnchors, usedClaimIDs: &usedClaimIDs)
        }
    }

    private func readSection(_ node: Node, field: String, usedAnchors: inout [String: SourceSpan], usedClaimIDs: inout [String: SourceSpan]) -> Section? {
        guard let reader = MappingReader(node, context: "section", knownKeys: Self.sectionKeys, sink: fields.sink) else { return nil }
        defer { reader.reportUnknownKeys() }
        let heading = fields.requiredText(reader, "heading")
        let body = fields.requiredText(reader, "body", allowEmpty: true)
        if body != nil, let bodyNode = reader.value("body") {
            keysInBodyText.check(bodyNode, sectionIndent: reader.span.start.column - 1)
        }
        var anchor: String?
        if let idNode = reader.value("id") {
            anchor = fields.identifier(idNode, field: "id", syntax: .identifier)
            if let explicit = anchor, let first = usedAnchors[explicit] {
                fields.sink.error("section id '\(explicit)' is defined twice in this article", at: idNode.span,
                                  notes: [Diagnostic.Note("'\(explicit)' first defined here", at: first)])
            } else if let explicit = anchor {
                usedAnchors[explicit] = idNode.span
            }
        } else if let heading {
            // Like Pandoc: a repeated automatic id gets -1, -2, … appended.
            let base = HeadingSlug.make(heading)
            var candidate = base
            var counter = 0
            while usedAnchors[candidate] != nil {
                counter += 1
                candidate = "\(base)-\(counter)"
            }
            usedAnchors[candidate] = node.span
            anchor = candidate
        }
        let claims = reader.value("claims").flatMap {
            fields.list($0, field: "claims", of: "claims") { item, _ in readClaim(item, usedIDs: &usedClaimIDs) }
        } ?? []
        guard let heading, let body, let anchor else { return nil }
        return Section(heading: heading, anchor: anchor, body: body, claims: claims, span: node.span)
    }

    private func readClaim(_ node: Node, usedIDs: inout [String: SourceSpan]) -> Claim? {
        guard let reader = MappingReader(node, context: "claim", knownKeys: Self.claimKeys, sink: fields.sink) else { return nil }
        defer { reader.reportUnknownKeys() }
        let idNode = reader.required("id")
        let id = idNode.flatMap { fields.identifier($0, field: "id", syntax: .identifier) }
        if let id, let idNode {
            if let first = usedIDs[id] {
                fields.sink.error("claim id '\(id)' is defined twice in this article", at: idNode.span,
                                  notes: [Diagnostic.Note("'\(id)' first defined here", at: first)])
            } else {
                usedIDs[id] = idNode.span
            }
        }
        let text = fields.requiredText(reader, "text")
        let sources = reader.value("sources").flatMap {
            fields.list($0, field: "sources", of: "reference ids") { item, field in readSource(item, field: field) }
        } ?? []
        guard let id, let text else { return nil }
        return Claim(id: id, text: text, sources: sources, span: node.span)
    }

    private func readSource(_ node: Node, field: String) -> SourceCitation? {
        if node.scalar != nil {
            return fields.reference(node, field: field, syntax: .identifier).map { SourceCitation(reference: $0) }
        }
        guard let reader = MappingReader(node, context: "source", knownKeys: Self.sourceKeys, sink: fields.sink,
                                         expected: "a reference id or {source: id, locator: …, relation: …}")
        else { return nil }
        defer { reader.reportUnknownKeys() }
        let reference = reader.required("source").flatMap { fields.reference($0, field: "source", syntax: .identifier) }
        let locator = fields.optionalText(reader, "locator")
        let relation = reader.value("relation").flatMap { fields.choice($0, field: "relation", as: CitationRelation.self) }
        guard let reference else { return nil }
        return SourceCitation(reference: reference, locator: locator, relation: relation ?? .supports)
    }
}
