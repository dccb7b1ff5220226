// ldpub — MIT licence.

import ArticleModel
import BinaryRecords
import YAMLNodes

/// Writes and reads the model values the build cache keeps: articles without their bodies
/// (see ``ArticleModel/Article/forSiteFiles()``) and diagnostics.
///
/// Spans name their file only when it differs from the previous span's, so an article's
/// hundreds of spans share one path string when read back.
package struct DigestWriter {
    package var writer: BinaryWriter
    private var lastFile: String?

    /// A writer whose buffer first has room for `capacity` bytes.
    package init(capacity: Int = 1 << 20) {
        writer = BinaryWriter(capacity: capacity)
    }

    package mutating func span(_ span: SourceSpan) {
        if span.file == lastFile {
            writer.write(false)
        } else {
            writer.write(true)
            writer.write(span.file)
            lastFile = span.file
        }
        writer.write(span.start.line)
        writer.write(span.start.column)
        writer.write(span.end.line)
        writer.write(span.end.column)
    }

    package mutating func optionalSpan(_ value: SourceSpan?) {
        writer.write(value != nil)
        if let value { span(value) }
    }

    package mutating func reference(_ value: IDReference) {
        writer.write(value.id)
        span(value.span)
    }

    package mutating func cslDate(_ value: CSLDate?) {
        writer.write(value != nil)
        guard let value else { return }
        writer.write(value.year)
        writer.write(value.month ?? 0)
        writer.write(value.day ?? 0)
    }

    package mutating func strings(_ values: [String]) {
        writer.write(values.count)
        for value in values { writer.write(value) }
    }

    package mutating func item(_ item: CSLItem) {
        writer.write(item.id)
        writer.write(item.type)
        writer.write(item.title)
        writer.write(item.authorListIsIncomplete)
        writer.write(item.authors.count)
        for name in item.authors {
            writer.write(name.family)
            writer.write(name.given)
            writer.write(name.literal)
        }
        cslDate(item.issued)
        for field in [item.containerTitle, item.volume, item.issue, item.page, item.doi, item.pmid, item.url, item.publisher] {
            writer.write(field)
        }
        cslDate(item.accessed)
        span(item.span)
    }

    package mutating func article(_ article: Article) {
        writer.write(article.file)
        writer.write(article.slug)
        writer.write(article.title)
        writer.write(article.description)
        writer.write(article.language)
        writer.write(article.published)
        writer.write(article.modified)
        writer.write(article.review != nil)
        if let review = article.review {
            reference(review.reviewer)
            writer.write(review.date)
            optionalSpan(review.dateSpan)
        }
        writer.write(article.authors.count)
        for author in article.authors { reference(author) }
        writer.write(article.category)
        writer.write(article.translationKey)
        strings(article.keywords)
        writer.write(article.image != nil)
        if let image = article.image {
            writer.write(image.url)
            writer.write(image.alt)
        }
        writer.write(article.audience?.rawValue)
        writer.write(article.specialty)
        writer.write(article.about.count)
        for entity in article.about {
            writer.write(entity.type)
            writer.write(entity.name)
            strings(entity.sameAs)
            strings(entity.alternateNames)
        }
        writer.write(article.sections.count)
        for section in article.sections {
            writer.write(section.heading)
            writer.write(section.anchor)
            writer.write(section.claims.count)
            for claim in section.claims {
                writer.write(claim.id)
                writer.write(claim.text)
                writer.write(claim.sources.count)
                for source in claim.sources {
                    reference(source.reference)
                    writer.write(source.locator)
                    writer.write(source.relation.rawValue)
                }
                span(claim.span)
            }
            span(section.span)
        }
        writer.write(article.references.count)
        for reference in article.references { item(reference) }
        span(article.span)
    }

    package mutating func diagnostic(_ diagnostic: Diagnostic) {
        writer.write(diagnostic.severity.rawValue)
        writer.write(diagnostic.message)
        span(diagnostic.span)
        writer.write(diagnostic.notes.count)
        for note in diagnostic.notes {
            writer.write(note.message)
            span(note.span)
        }
    }
}

/// Reads what ``DigestWriter`` wrote.
package struct DigestReader {
    package var reader: BinaryReader
    private var lastFile = ""

    package init(_ bytes: [UInt8]) {
        reader = BinaryReader(bytes)
    }

    package init(_ bytes: ArraySlice<UInt8>) {
        reader = BinaryReader(bytes)
    }

    package typealias Malformed = BinaryReader.Malformed

    package mutating func span() throws(Malformed) -> SourceSpan {
        if try reader.readBool() { lastFile = try reader.readString() }
        let start = Mark(line: try reader.readInt(), column: try reader.readInt())
        let end = Mark(line: try reader.readInt(), column: try reader.readInt())
        return SourceSpan(file: lastFile, start: start, end: end)
    }

    package mutating func optionalSpan() throws(Malformed) -> SourceSpan? {
        try reader.readBool() ? try span() : nil
    }

    package mutating func reference() throws(Malformed) -> IDReference {
        let id = try reader.readString()
        return IDReference(id, span: try span())
    }

    package mutating func cslDate() throws(Malformed) -> CSLDate? {
        guard try reader.readBool() else { return nil }
        let year = try reader.readInt(), month = try reader.readInt(), day = try reader.readInt()
        return CSLDate(year: year, month: month == 0 ? nil : month, day: day == 0 ? nil : day)
    }

    package mutating func item() throws(Malformed) -> CSLItem {
        let id = try reader.readString(), type = try reader.readString(), title = try reader.readString()
        let authorListIsIncomplete = try reader.readBool()
        let count = try reader.readCount()
        var authors: [CSLName] = []
        for _ in 0..<count {
            authors.append(CSLName(family: try reader.readOptionalString(), given: try reader.readOptionalString(),
                                   literal: try reader.readOptionalString()))
        }
        let issued = try cslDate()
        var fields: [String?] = []
        for _ in 0..<8 { fields.append(try reader.readOptionalString()) }
        let accessed = try cslDate()
        return CSLItem(id: id, type: type, title: title, authors: authors, issued: issued, containerTitle: fields[0],
                       volume: fields[1], issue: fields[2], page: fields[3], doi: fields[4], pmid: fields[5], url: fields[6],
                       publisher: fields[7], accessed: accessed, authorListIsIncomplete: authorListIsIncomplete, span: try span())
    }

    package mutating func article() throws(Malformed) -> Article {
        let file = try reader.readString(), slug = try reader.readString()
        let title = try reader.readString(), description = try reader.readString()
        let language = try reader.readOptionalString()
        let published = try reader.readTimestamp()
        let modified = try reader.readOptionalTimestamp()
        var review: Review?
        if try reader.readBool() {
            review = Review(reviewer: try reference(), date: try reader.readTimestamp(), dateSpan: try optionalSpan())
        }
        var authors: [IDReference] = []
        for _ in 0..<(try reader.readCount()) { authors.append(try reference()) }
        let category = try reader.readOptionalString()
        let translationKey = try reader.readOptionalString()
        let keywords = try reader.readStrings()
        var image: ImageReference?
        if try reader.readBool() { image = ImageReference(url: try reader.readString(), alt: try reader.readString()) }
        let audience = try reader.readOptionalString().map { (raw: String) throws(Malformed) -> Audience in
            guard let value = Audience(rawValue: raw) else { throw Malformed() }
            return value
        }
        let specialty = try reader.readOptionalString()
        var about: [AboutEntity] = []
        for _ in 0..<(try reader.readCount()) {
            about.append(AboutEntity(type: try reader.readString(), name: try reader.readString(), sameAs: try reader.readStrings(),
                                     alternateNames: try reader.readStrings()))
        }
        var sections: [Section] = []
        for _ in 0..<(try reader.readCount()) {
            let heading = try reader.readString(), anchor = try reader.readString()
            var claims: [Claim] = []
            for _ in 0..<(try reader.readCount()) {
                let id = try reader.readString(), text = try reader.readString()
                var sources: [SourceCitation] = []
                for _ in 0..<(try reader.readCount()) {
                    let reference = try reference()
                    let locator = try reader.readOptionalString()
                    guard let relation = CitationRelation(rawValue: try reader.readString()) else { throw Malformed() }
                    sources.append(SourceCitation(reference: reference, locator: locator, relation: relation))
                }
                claims.append(Claim(id: id, text: text, sources: sources, span: try span()))
            }
            sections.append(Section(heading: heading, anchor: anchor, body: "", claims: claims, span: try span()))
        }
        var references: [CSLItem] = []
        for _ in 0..<(try reader.readCount()) { references.append(try item()) }
        return Article(file: file, slug: slug, title: title, description: description, language: language, published: published,
                       modified: modified, review: review, authors: authors, category: category, keywords: keywords, image: image,
                       audience: audience, specialty: specialty, about: about, sections: sections, references: references,
                       translationKey: translationKey, span: try span())
    }

    package mutating func diagnostic() throws(Malformed) -> Diagnostic {
        guard let severity = Diagnostic.Severity(rawValue: try reader.readString()) else { throw Malformed() }
        let message = try reader.readString()
        let location = try span()
        var notes: [Diagnostic.Note] = []
        for _ in 0..<(try reader.readCount()) {
            let noteMessage = try reader.readString()
            notes.append(Diagnostic.Note(noteMessage, at: try span()))
        }
        return Diagnostic(severity, message, at: location, notes: notes)
    }
}
