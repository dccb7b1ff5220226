// ldpub — MIT licence.

internal import CCMark
#if canImport(Glibc)
internal import Glibc
#elseif canImport(Musl)
internal import Musl
#elseif canImport(Darwin)
internal import Darwin
#endif

/// Renders CommonMark to HTML with cmark, the CommonMark reference implementation.
///
/// Rendering uses cmark's defaults, which are safe: raw HTML (blocks and inline tags) is
/// replaced by `<!-- raw HTML omitted -->`, and links and images whose URL uses the
/// `javascript:`, `vbscript:`, `file:` or (except for PNG, GIF, JPEG and WebP images) `data:`
/// scheme get an empty URL, as Hugo does by default. Invalid UTF-8 is replaced by U+FFFD
/// (`CMARK_OPT_VALIDATE_UTF8`). Every link and image URL can be rewritten before rendering,
/// for example to make relative URLs absolute, since feed readers and mail services ignore
/// `xml:base`. A renderer holds no state, so one value can be shared between tasks.
public struct CommonMarkRenderer: Sendable {
    /// Creates a renderer with cmark's safe defaults.
    public init() {}

    /// Renders a CommonMark document to an HTML fragment.
    ///
    /// Wraps `cmark_parse_document` and `cmark_render_html`; URLs are rewritten on the parsed
    /// tree (`cmark_node_set_url`), so the rewritten URL is percent-encoded and escaped by cmark
    /// like any other, and the safe-mode check sees the final URL.
    /// - Parameters:
    ///   - markdown: CommonMark text.
    ///   - resolveURL: Called once for every link and image destination, as written after
    ///     cmark has decoded entities and backslash escapes (possibly empty); returns the URL to
    ///     use instead. By default URLs are kept as written.
    /// - Returns: The HTML; each block ends with a newline, an empty document gives `""`.
    public func html(from markdown: String, resolvingURLsWith resolveURL: (String) -> String = { $0 }) -> String {
        let options = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8
        let parsed = markdown.withCString { cmark_parse_document($0, markdown.utf8.count, options) }
        guard let document = parsed else { return "" }
        defer { cmark_node_free(document) }
        rewriteURLs(in: document, resolveURL)
        guard let rendered = cmark_render_html(document, options) else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }

    /// Replaces the URL of every link and image node under `root`, walking it with `cmark_iter`.
    private func rewriteURLs(in root: OpaquePointer, _ resolveURL: (String) -> String) {
        guard let iterator = cmark_iter_new(root) else { return }
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            guard type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE else { continue }
            let written = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
            let resolved = resolveURL(written)
            if resolved != written { _ = cmark_node_set_url(node, resolved) }
        }
    }
}
