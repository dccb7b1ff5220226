// ldpub — MIT licence.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Answers requests from the output folder: `/` and `/slug/` serve `index.html`, every file with
/// its content type, and nothing outside the folder.
///
/// The request path is refused (403) when it has a `..` or `.` segment, before or after
/// percent-decoding, an encoded `/` or `\` (`%2f`, `%5c`), a backslash or a NUL; hidden names
/// (`.ldpub-owner`, `.git`) are not found (404); and a path that resolves (through symbolic links)
/// outside the output folder is refused (403).
public struct ServedFolder: Sendable {
    /// The output folder.
    public let root: String

    public init(root: String) {
        self.root = root
    }

    /// The content types by file ending; others are `application/octet-stream`.
    public static let contentTypes: [String: String] = [
        "html": "text/html; charset=utf-8", "htm": "text/html; charset=utf-8",
        "xml": "application/xml; charset=utf-8", "json": "application/json",
        "jsonld": "application/ld+json", "svg": "image/svg+xml", "css": "text/css; charset=utf-8",
        "js": "text/javascript; charset=utf-8", "mjs": "text/javascript; charset=utf-8",
        "jpg": "image/jpeg", "jpeg": "image/jpeg", "png": "image/png", "webp": "image/webp", "gif": "image/gif",
        "avif": "image/avif", "ico": "image/x-icon", "txt": "text/plain; charset=utf-8", "dot": "text/vnd.graphviz; charset=utf-8",
        "pdf": "application/pdf", "woff2": "font/woff2", "woff": "font/woff",
    ]

    /// The feeds ldpub writes, by their paths at the top of the output folder.
    public static let feedTypes: [String: String] = [
        "feed.xml": "application/rss+xml; charset=utf-8", "atom.xml": "application/atom+xml; charset=utf-8",
        "feed.json": "application/feed+json",
    ]

    /// The content type of the file at `relative` (a path below the output folder).
    public static func contentType(of relative: String) -> String {
        if let feed = feedTypes[relative] { return feed }
        guard let dot = relative.lastIndex(of: "."), !relative[dot...].contains("/") else { return "application/octet-stream" }
        return contentTypes[relative[relative.index(after: dot)...].lowercased()] ?? "application/octet-stream"
    }

    /// What a request path leads to.
    public enum Lookup: Equatable, Sendable {
        /// A file: its path on disk, its path below the output folder, its content type.
        case file(path: String, relative: String, contentType: String)
        /// A folder asked for without its final `/`: redirect there.
        case redirect(String)
        case forbidden
        case notFound
    }

    /// Where the request target `target` leads (query and fragment ignored).
    public func lookup(_ target: String) -> Lookup {
        var path = Substring(target)
        if let end = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = path[..<end] }
        guard path.hasPrefix("/") else { return .forbidden }
        let lowered = path.lowercased()
        if lowered.contains("%2f") || lowered.contains("%5c") || lowered.contains("%00") || path.contains("\\") { return .forbidden }
        guard let decoded = String(path).removingPercentEncoding, !decoded.contains("\0"), !decoded.contains("\\") else { return .forbidden }
        let segments = decoded.split(separator: "/", omittingEmptySubsequences: true)
        for segment in segments {
            if segment == ".." || segment == "." { return .forbidden }
            if segment.hasPrefix(".") { return .notFound }
        }
        var relative = segments.joined(separator: "/")
        let realRoot = URL(fileURLWithPath: root).resolvingSymlinksInPath().path
        func inside(_ candidate: String) -> String? {
            let real = URL(fileURLWithPath: candidate).resolvingSymlinksInPath().path
            return real == realRoot || real.hasPrefix(realRoot.hasSuffix("/") ? realRoot : realRoot + "/") ? real : nil
        }
        var full = relative.isEmpty ? root : root + "/" + relative
        var info = stat()
        guard stat(full, &info) == 0 else { return .notFound }
        guard let real = inside(full) else { return .forbidden }
        if info.st_mode & S_IFMT == S_IFDIR {
            guard decoded.hasSuffix("/") else { return .redirect(String(path) + "/") }
            relative = relative.isEmpty ? "index.html" : relative + "/index.html"
            full = real + "/index.html"
            guard stat(full, &info) == 0 else { return .notFound }
            guard inside(full) != nil else { return .forbidden }
        }
        guard info.st_mode & S_IFMT == S_IFREG else { return .notFound }
        return .file(path: full, relative: relative, contentType: Self.contentType(of: relative))
    }
}
