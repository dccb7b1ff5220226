// ldpub — MIT licence.

import Foundation
import LinkedDataJSON
import SchemaOrgVocabulary

/// Checks schema.org JSON-LD documents against the schema.org vocabulary, offline.
///
/// The document must use the schema.org context (`"@context": "https://schema.org"`, the
/// `http` and trailing-slash forms, or an object with a schema.org `@vocab`); other contexts
/// are an error, since they cannot be fetched offline. Top-level objects and arrays, `@graph`,
/// nested nodes, `{"@id": …}` references, `@type` as a string or an array, and `@value`,
/// `@list` and `@set` objects are understood. Keys and types written as schema.org IRIs
/// (`https://schema.org/name`, `schema:name`) count as the plain names; keys of other
/// vocabularies are not judged.
///
/// Errors: an unknown type; an unknown property; a property not allowed on any of the node's
/// types or their superclasses (`domainIncludes`); a value outside the property's
/// `rangeIncludes`: a literal that fits none of its data types (an absolute URL for `URL`,
/// `YYYY-MM-DD` for `Date`, ISO 8601 for `DateTime`, …), a node or resolved `@id` reference whose
/// type (or a superclass) is not in the range, an enumeration value that is not a member of the
/// range's enumerations (given as `Psychiatric` or `https://schema.org/Psychiatric`).
/// Warnings (as schema.org tolerates, and as the conformance kit reports): text where only
/// classes are expected; an enumeration member written as plain text rather than its IRI;
/// superseded types and properties; a reduced-precision date; a date-time without an offset; a
/// relative URL; an `@id` referenced but never described; a node without a type; and Google's
/// Article rich-result rules (`headline`, `image`, `datePublished`, an `author` with `name` and
/// `url`) on the main Article (documents without an Article, such as a Product page, are not judged by them).
///
/// Messages start with the node: its `@id`, shortened to the fragment (`#webpage`) when it
/// shares the document's base; otherwise the full `@id`; for a blank node, its type and place,
/// `ImageObject at @graph[1].image`.
///
/// Problems of a document given as bytes (``validate(data:base:)``) carry the line and column
/// of what they are about: a problem of a type (unknown, superseded, not a class) points at that
/// type's string in `@type`; of a property (unknown, not allowed on the node's types,
/// superseded, not a property) at the property's key; of a value (outside the range, not a
/// member of the enumeration, a malformed or reduced-precision date, a relative URL, a
/// reference to an `@id` described nowhere) at the value, the `{` of a node object or reference
/// included; a node without `@type`, and Google's rules (a missing `headline`, an author
/// without `url`), at the `{` of the node object concerned; a structural problem at the value
/// it is about (the `@context`, a non-string `@id`), or the top-level value. Problems are found
/// without positions, and a document that has any is read again, with a map of where its values
/// are, to locate them, so documents without problems cost no more. A parsed ``JSONValue``
/// (``validate(_:base:)``) has no bytes: its problems carry no position.
public struct JSONLDValidator: Sendable {
    /// The vocabulary the documents are checked against.
    public let vocabulary: SchemaOrgVocabulary
    /// The vocabulary's facts in the form the checks of every node and value use.
    private let index: VocabularyIndex

    /// Creates a validator.
    ///
    /// - Parameter vocabulary: The schema.org release to check against; the bundled one by default.
    public init(vocabulary: SchemaOrgVocabulary = .current) {
        self.vocabulary = vocabulary
        index = VocabularyIndex(vocabulary: vocabulary)
    }

    /// Validates the bytes of a JSON-LD document.
    ///
    /// - Parameters:
    ///   - data: The document, as read from a file.
    ///   - base: The address of the page the document describes, used to shorten node names
    ///     in messages; by default the `@base` of the context, else the `@id` (without its
    ///     fragment) of the main page node, else of the main Article, else of the first node.
    /// - Returns: The problems found, in document order, each with its line and column; empty
    ///   for a valid document.
    public func validate(data: Data, base: String? = nil) -> [ValidationProblem] {
        switch JSONText.parse(data) {
        case .failure(let failure):
            return [failure.problem]
        case .success(let document):
            return validate(document, data: data, base: base)
        }
    }

    /// Validates a document already parsed from `data` (by ``JSONText/parse(_:)``), locating
    /// its problems in `data` when there are any.
    func validate(_ document: JSONValue, data: Data, base: String? = nil) -> [ValidationProblem] {
        let found = check(document, base: base)
        return found.problems.isEmpty ? [] : locate(found, in: data)
    }

    /// Locates the problems `found` in `data`, the document they were found in: parses it again
    /// with a source map, and reads it again into a graph that knows where its parts are. The
    /// graph is the same as the first time, node for node and value for value, so the anchors
    /// of the problems (graph indices) point into it; the builder's own problems come first,
    /// and it finds them again, this time with their places.
    private func locate(_ found: ProblemCollector, in data: Data) -> [ValidationProblem] {
        guard case .success(let located) = StrictJSONParser.parseLocated(data) else { return found.problems }
        var builder = JSONLDGraphBuilder(sourceMap: located.map)
        builder.readDocument(located.value)
        let locations = builder.graph.locations ?? JSONLDLocations()
        let builderAnchors = builder.problems.anchors
        return data.withUnsafeBytes { raw in
            found.located(in: raw.bindMemory(to: UInt8.self)) { index, anchor in
                guard let anchor = anchor ?? (index < builderAnchors.count ? builderAnchors[index] : nil) else { return nil }
                return locations.offset(of: anchor)
            }
        }
    }

    /// Validates a parsed JSON-LD document.
    ///
    /// - Parameters:
    ///   - document: The document's top-level value.
    ///   - base: The address of the page the document describes; see ``validate(data:base:)``.
    /// - Returns: The problems found, in document order; empty for a valid document.
    public func validate(_ document: JSONValue, base: String? = nil) -> [ValidationProblem] {
        check(document, base: base).problems
    }

    /// The problems of a document, each with what it is about (to be located by ``locate(_:in:)``).
    private func check(_ document: JSONValue, base: String?) -> ProblemCollector {
        var builder = JSONLDGraphBuilder()
        builder.readDocument(document)
        guard !builder.problems.problems.contains(where: { $0.severity == .error }) || !builder.graph.nodes.isEmpty else {
            return builder.problems
        }
        var check = JSONLDDocumentCheck(vocabularyIndex: index, graph: builder.graph, base: base, problems: builder.problems)
        check.run()
        return check.problems
    }
}
