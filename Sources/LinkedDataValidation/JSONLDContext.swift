// ldpub — MIT licence.

import LinkedDataJSON

/// Accepts the `@context` values that mean "schema.org", the only context available offline.
enum JSONLDContext {
    static let supported = "only the schema.org context ('https://schema.org') is supported offline"

    private static let schemaOrgContexts: Set<String> = {
        var urls: Set<String> = []
        for host in ["https://schema.org", "http://schema.org", "https://www.schema.org", "http://www.schema.org"] {
            for path in ["", "/", "/docs/jsonldcontext.jsonld", "/docs/jsonldcontext.json"] {
                urls.insert(host + path)
            }
        }
        return urls
    }()

    private static let vocabularies: Set<String> = ["https://schema.org/", "http://schema.org/", "https://www.schema.org/", "http://www.schema.org/"]

    /// The outcome of reading a context.
    enum Outcome {
        /// A schema.org context; `base` is its `@base`, if it declares one.
        case schemaOrg(base: String?)
        /// Not a context this validator can apply; the message says why.
        case unsupported(String)
    }

    static func read(_ value: JSONValue) -> Outcome {
        read(value, standalone: true)
    }

    /// - Parameter standalone: Whether the value is the whole context (an object then needs a
    ///   schema.org `@vocab`) rather than one entry of a context array.
    private static func read(_ value: JSONValue, standalone: Bool) -> Outcome {
        switch value {
        case .string(let url):
            return schemaOrgContexts.contains(url) ? .schemaOrg(base: nil)
                : .unsupported("@context '\(url.shortened(to: 100))' is not available offline; \(supported)")
        case .array(let entries):
            var base: String?
            var sawSchemaOrg = false
            for entry in entries {
                switch read(entry, standalone: false) {
                case .unsupported(let message):
                    return .unsupported(message)
                case .schemaOrg(let entryBase):
                    base = entryBase ?? base
                    if entry.string != nil || entry["@vocab"] != nil { sawSchemaOrg = true }
                }
            }
            return sawSchemaOrg ? .schemaOrg(base: base) : .unsupported("@context does not name schema.org; \(supported)")
        case .object(let object):
            var base: String?
            for member in object {
                switch member.key {
                case "@vocab":
                    guard let vocabulary = member.value.string, vocabularies.contains(vocabulary) else {
                        return .unsupported("@context sets @vocab to \(describe(member.value)); \(supported)")
                    }
                case "@base":
                    base = member.value.string
                case "@language", "@version", "@direction":
                    break
                default:
                    return .unsupported("@context defines term '\(member.key)'; \(supported)")
                }
            }
            if standalone && object["@vocab"] == nil {
                return .unsupported("@context has no @vocab; \(supported)")
            }
            return .schemaOrg(base: base)
        case .null:
            return .unsupported("@context is null; \(supported)")
        default:
            return .unsupported("@context is \(JSONText.kind(of: value)); \(supported)")
        }
    }

    private static func describe(_ value: JSONValue) -> String {
        value.string.map { "'\($0.shortened(to: 100))'" } ?? JSONText.kind(of: value)
    }
}
