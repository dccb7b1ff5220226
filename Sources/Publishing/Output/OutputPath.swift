// ldpub — MIT licence.

import ClaimGraphExport
import FeedExport
import HTMLExport

/// The files ldpub writes, by kind: the one vocabulary of output paths that the layout, the
/// staging, the output check and the build cache share (instead of file names in strings).
public struct OutputPath: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The files of one article's folder.
    public enum PageFile: Sendable, Hashable, CaseIterable {
        /// `index.jsonld`: the page's schema.org JSON-LD.
        case jsonLD
        /// `jsonld.html`: the same JSON-LD as a `<script>` element to paste into a page.
        case jsonLDScript
        /// `claims.dot`: the article's claims graph.
        case claimsDOT
        /// `claims.svg`: the graph drawn, when graphs are drawn.
        case claimsSVG
        /// `index.html`: the reader's page.
        case page

        /// The file's name in the article's folder.
        public var name: String {
            switch self {
            case .jsonLD: "index.jsonld"
            case .jsonLDScript: "jsonld.html"
            case .claimsDOT: SiteClaimGraph.relativePath
            case .claimsSVG: "claims.svg"
            case .page: SiteIndex.relativePath
            }
        }
    }

    /// The files at the top of the output folder.
    public enum SiteFile: Sendable, Hashable, CaseIterable {
        case rss, atom, jsonFeed, claimsDOT, claimsSVG, index, siteMap, robots

        /// The file's name at the top of the output folder.
        public var name: String {
            switch self {
            case .rss: RSSFeed.defaultFileName
            case .atom: AtomFeed.defaultFileName
            case .jsonFeed: JSONFeed.defaultFileName
            case .claimsDOT: SiteClaimGraph.relativePath
            case .claimsSVG: "claims.svg"
            case .index: SiteIndex.relativePath
            case .siteMap: SiteMap.fileName
            case .robots: SiteMap.robotsFileName
            }
        }
    }

    /// What a path is.
    public enum Kind: Sendable, Hashable {
        /// A file of the article whose slug is given.
        case page(slug: String, PageFile)
        /// A site-wide file.
        case site(SiteFile)
        /// A copy of a file of the input folder's `static/`.
        case staticCopy
    }

    /// The path below the output folder, `/`-separated.
    public let relative: String
    /// What the file is.
    public let kind: Kind

    /// The path of `file` in the folder of the article whose slug is `slug`.
    public static func page(_ slug: String, _ file: PageFile) -> OutputPath {
        OutputPath(relative: slug + "/" + file.name, kind: .page(slug: slug, file))
    }

    /// The path of a site-wide file.
    public static func site(_ file: SiteFile) -> OutputPath {
        OutputPath(relative: file.name, kind: .site(file))
    }

    /// The path of the copy of `static/<relative>`.
    public static func staticCopy(_ relative: String) -> OutputPath {
        OutputPath(relative: relative, kind: .staticCopy)
    }

    /// The generated file at `relative`, or nil when ldpub generates no file there (anything
    /// else in an output folder, such as a static copy or a user's own file).
    public init?(generated relative: String) {
        let parts = relative.split(separator: "/", omittingEmptySubsequences: false)
        switch parts.count {
        case 1:
            guard let file = SiteFile.allCases.first(where: { $0.name == parts[0] }) else { return nil }
            self = .site(file)
        case 2:
            guard OutputLayout.isSlug(parts[0]), let file = PageFile.allCases.first(where: { $0.name == parts[1] }) else { return nil }
            self = .page(String(parts[0]), file)
        default:
            return nil
        }
    }

    private init(relative: String, kind: Kind) {
        self.relative = relative
        self.kind = kind
    }

    /// The folder below the output folder ("" at the top) and the file's name.
    public var split: (folder: String, name: String) { OutputPaths.split(relative) }

    /// Whether the build checks this file against its standard before writing it: every page's
    /// JSON-LD (as the value the exporter made), the three feeds and the sitemap.
    public var isCheckedByBuild: Bool {
        switch kind {
        case .page(_, .jsonLD), .site(.rss), .site(.atom), .site(.jsonFeed), .site(.siteMap): true
        default: false
        }
    }

    public var description: String { relative }

    public static func < (lhs: OutputPath, rhs: OutputPath) -> Bool { lhs.relative < rhs.relative }
}
