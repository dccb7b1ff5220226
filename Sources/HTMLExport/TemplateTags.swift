// ldpub — MIT licence.

import YAMLNodes

/// The tags of a Mustache template with where each is, for the checks swift-mustache does not
/// make: which partials a template names, which names it looks up, and where an unclosed
/// section opens.
///
/// Reads the template as swift-mustache does (`{{` and `}}`, changed by `{{=<% %>=}}`); text
/// outside tags is skipped.
struct TemplateTags {
    /// What a tag does.
    enum Kind: Equatable {
        /// `{{name}}`, `{{{name}}}`, `{{&name}}`.
        case variable
        /// `{{#name}}` or `{{^name}}`.
        case section
        /// `{{/name}}`.
        case close
        /// `{{> name}}`, or `{{< name}}` (a parent, which is closed like a section).
        case partial(opensSection: Bool)
        /// `{{$name}}`: a block of template inheritance, closed like a section.
        case block
        /// `{{>*name}}`: a partial named by a value, which cannot be checked.
        case dynamicPartial
        /// Comments, delimiter changes and pragmas.
        case other
    }

    /// One tag.
    struct Tag {
        let kind: Kind
        /// The name as written, without spaces around it.
        let name: String
        /// Where the tag's opening delimiter is (1-based; columns in Unicode scalars).
        let mark: Mark
        /// `{{{name}}}` or `{{&name}}`: the value is written without escaping.
        var unescaped = false
    }

    /// The tags in order.
    let tags: [Tag]

    /// Reads the tags of `text`; a tag that is not closed ends the list.
    init(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        var tags: [Tag] = []
        var open = Array("{{".unicodeScalars), close = Array("}}".unicodeScalars)
        var index = 0, line = 1, lineStart = 0
        func matches(_ delimiter: [Unicode.Scalar], at position: Int) -> Bool {
            position + delimiter.count <= scalars.count && scalars[position..<position + delimiter.count].elementsEqual(delimiter)
        }
        while index < scalars.count {
            if scalars[index] == "\n" {
                line += 1
                lineStart = index + 1
                index += 1
                continue
            }
            guard matches(open, at: index) else {
                index += 1
                continue
            }
            let mark = Mark(line: line, column: index - lineStart + 1)
            var cursor = index + open.count
            let sigil: Unicode.Scalar? = cursor < scalars.count ? scalars[cursor] : nil
            var end = close
            if let sigil, "#^/><$&!=%{".unicodeScalars.contains(sigil) { cursor += 1 }
            if sigil == "{" { end = ["}"] + close }
            if sigil == "=" { end = ["="] + close }
            var closing = cursor
            while closing < scalars.count && !matches(end, at: closing) { closing += 1 }
            guard closing < scalars.count else { break }
            let inside = String(String.UnicodeScalarView(scalars[cursor..<closing])).trimmingSpaces
            for scalar in scalars[index..<closing] where scalar == "\n" {
                line += 1
            }
            if let lastNewline = scalars[index..<closing].lastIndex(of: "\n") { lineStart = lastNewline + 1 }
            let kind: Kind
            switch sigil {
            case "#", "^": kind = .section
            case "/": kind = .close
            case ">": kind = inside.hasPrefix("*") ? .dynamicPartial : .partial(opensSection: false)
            case "<": kind = .partial(opensSection: true)
            case "$": kind = .block
            case "!", "%": kind = .other
            case "=":
                kind = .other
                let parts = inside.split(whereSeparator: { $0 == " " || $0 == "\t" })
                if parts.count == 2 {
                    open = Array(parts[0].unicodeScalars)
                    close = Array(parts[1].unicodeScalars)
                }
            default: kind = .variable
            }
            tags.append(Tag(kind: kind, name: inside, mark: mark, unescaped: sigil == "{" || sigil == "&"))
            index = closing + end.count
        }
        self.tags = tags
    }

    /// The first structural mistake: a section closed with another name than it was opened
    /// with, a close without an open, or a section never closed; nil when sections nest.
    var structureError: (message: String, mark: Mark)? {
        var stack: [Tag] = []
        for tag in tags {
            switch tag.kind {
            case .section, .block, .partial(opensSection: true):
                stack.append(tag)
            case .close:
                guard let top = stack.popLast() else {
                    return ("'{{/\(tag.name)}}' closes no open section", tag.mark)
                }
                if top.name != tag.name {
                    return ("'{{/\(tag.name)}}' does not close the section '\(top.name)' opened at \(top.mark)", tag.mark)
                }
            default:
                break
            }
        }
        return stack.last.map { ("section '\($0.name)' is never closed (add '{{/\($0.name)}}')", $0.mark) }
    }
}

extension String {
    /// Without spaces, tabs and line breaks at either end.
    fileprivate var trimmingSpaces: String {
        var slice = Substring(self)
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return String(slice)
    }
}
