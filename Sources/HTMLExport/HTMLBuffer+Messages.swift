// ldpub — MIT licence.

import InterfaceText

extension HTMLBuffer {
    /// Appends the text of `key` in `catalog`, escaped (a site's texts are text, never markup).
    mutating func append(_ key: MessageKey, in catalog: MessageCatalog) {
        append(escaped: catalog[key])
    }

    /// Appends the text of `key` in `catalog`, escaped, with each `{placeholder}` written by
    /// `fill` (which gets the placeholder's name); placeholders `fill` does not know are left out.
    mutating func append(_ key: MessageKey, in catalog: MessageCatalog, fill: (Substring, inout HTMLBuffer) -> Void) {
        for segment in catalog.segments(of: key) {
            switch segment {
            case .text(let text): append(escaped: String(text))
            case .placeholder(let name): fill(name, &self)
            }
        }
    }

    /// Appends the text of `key` in `catalog`, escaped, with `{count}` (or `{number}`) as `number`.
    mutating func append(_ key: MessageKey, in catalog: MessageCatalog, number: Int) {
        append(key, in: catalog) { name, html in
            if name == "count" || name == "number" { html.append(number: number) }
        }
    }

    /// Appends `one` for a count of 1, else `other`, with `{count}` filled in: "1 claim", "2 claims".
    mutating func append(count: Int, one: MessageKey, other: MessageKey, in catalog: MessageCatalog) {
        append(count == 1 ? one : other, in: catalog, number: count)
    }
}
