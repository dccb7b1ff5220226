// ldpub — MIT licence.

import Foundation

/// How names and IRIs in a document map to schema.org terms under the schema.org context.
///
/// Keys, types and IRIs are nearly always ASCII, so the comparisons run on UTF-8 bytes. Where
/// bytes could decide differently from characters (a combining mark right after a namespace
/// or a colon, say), the answer comes from the character comparisons instead, so it is the
/// same either way.
enum SchemaOrgIRI {
    static let namespaces = ["https://schema.org/", "http://schema.org/", "https://www.schema.org/", "http://www.schema.org/", "schema:"]
    private static let namespaceBytes = namespaces.map { Array($0.utf8) }

    /// The schema.org local name a key, type or IRI denotes, or `nil` if it belongs to another
    /// vocabulary (an absolute or compact IRI outside schema.org).
    ///
    /// A plain name such as `author` is a schema.org term (the context's `@vocab`).
    static func localName(_ text: String) -> String? {
        switch withUTF8(of: text, read(_:)) {
        case .plainName: return text
        case .otherVocabulary: return nil
        case .schemaOrgIRI(let localName): return localName
        case .undecided:
            if let local = localNameByCharacters(text) { return local }
            return text.contains(":") ? nil : text
        }
    }

    /// The local name if `text` is written as a schema.org IRI (not as a plain name).
    static func localNameOfIRI(_ text: String) -> String? {
        switch withUTF8(of: text, read(_:)) {
        case .plainName, .otherVocabulary: return nil
        case .schemaOrgIRI(let localName): return localName
        case .undecided: return localNameByCharacters(text)
        }
    }

    /// What a key, type or IRI is, read from its bytes.
    private enum Reading {
        /// No schema.org namespace and no colon: a term of the context's `@vocab`.
        case plainName
        /// No schema.org namespace, but a colon: an IRI of another vocabulary.
        case otherVocabulary
        case schemaOrgIRI(localName: String)
        /// Non-ASCII bytes where only characters can tell.
        case undecided
    }

    private static func read(_ bytes: UnsafeBufferPointer<UInt8>) -> Reading {
        // Every namespace starts with "h" or "s"; most keys start with neither.
        let first = bytes.first ?? 0
        if first == UInt8(ascii: "h") || first == UInt8(ascii: "s") || first >= 0x80 {
            return readNamespace(bytes) ?? readColon(bytes)
        }
        return readColon(bytes)
    }

    /// A schema.org IRI, `undecided`, or `nil` for no schema.org namespace.
    private static func readNamespace(_ bytes: UnsafeBufferPointer<UInt8>) -> Reading? {
        for namespace in namespaceBytes {
            var position = 0
            while position < namespace.count, position < bytes.count, bytes[position] == namespace[position] {
                position += 1
            }
            if position < namespace.count {
                // An ASCII byte that differs from the namespace's is a different character.
                if position < bytes.count && bytes[position] >= 0x80 { return .undecided }
                continue
            }
            // The namespace ends on a character boundary unless a non-ASCII scalar follows.
            if position < bytes.count && bytes[position] >= 0x80 { return .undecided }
            return .schemaOrgIRI(localName: String(decoding: UnsafeBufferPointer(rebasing: bytes[position...]), as: UTF8.self))
        }
        return nil
    }

    /// A plain name or an IRI of another vocabulary, by whether there is a colon.
    private static func readColon(_ bytes: UnsafeBufferPointer<UInt8>) -> Reading {
        for position in bytes.indices {
            let byte = bytes[position]
            if byte >= 0x80 { return .undecided }
            if byte == UInt8(ascii: ":") {
                // A colon followed by a combining mark is part of another character.
                let next = position + 1
                return next == bytes.count || bytes[next] < 0x80 ? .otherVocabulary : .undecided
            }
        }
        return .plainName
    }

    /// The local name after a schema.org namespace, comparing characters as `hasPrefix` does.
    private static func localNameByCharacters(_ text: String) -> String? {
        for namespace in namespaces where text.hasPrefix(namespace) {
            return String(text.dropFirst(namespace.count))
        }
        return nil
    }

    private static func withUTF8<Result>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(text.utf8).withUnsafeBufferPointer(body)
    }
}
