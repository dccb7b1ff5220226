// ldpub — MIT licence.

/// Which files in an output folder belong to ldpub, so a build removes only its own stale files.
///
/// ldpub owns the site-wide files at the top (``OutputPath/SiteFile``: `feed.xml`, `atom.xml`,
/// `feed.json`, `sitemap.xml`, `robots.txt`, `claims.dot`, `claims.svg`, `index.html`) and, in
/// every folder whose name is a valid slug, the page files (``OutputPath/PageFile``:
/// `index.jsonld`, `jsonld.html`, `claims.dot`, `claims.svg`, `index.html`). Anything else a user
/// keeps in the output folder (images, CNAME, .git) is never touched.
public enum OutputLayout {
    /// The site-wide files ldpub may write at the top of the output folder.
    public static let siteFiles = Set(OutputPath.SiteFile.allCases.map(\.name))

    /// Whether ldpub would write a file at this path below the output folder.
    public static func isOwned(_ path: String) -> Bool {
        OutputPath(generated: path) != nil
    }

    /// Whether `name` is a slug: lowercase ASCII letters and digits in words joined by single hyphens.
    static func isSlug(_ name: Substring) -> Bool {
        var previousWasHyphen = true
        for byte in name.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): previousWasHyphen = false
            case UInt8(ascii: "-") where !previousWasHyphen: previousWasHyphen = true
            default: return false
            }
        }
        return !name.isEmpty && !previousWasHyphen
    }

    /// The prefix of temporary files; a later build removes any left by a killed one.
    public static let temporaryPrefix = ".ldpub-tmp-"
}
