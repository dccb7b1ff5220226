// ldpub — MIT licence.

import ArticleModel

extension SiteMap {
    /// A page's entry before and after a change of its last modification alone (the same slug,
    /// language and translation key).
    public struct Change: Sendable {
        public let before: Page
        public let after: Page

        /// The change from `before` to `after`; nil when more than the last modification changed.
        public init?(before: Page, after: Page) {
            guard before.slug == after.slug, before.language == after.language, before.translationKey == after.translationKey else { return nil }
            self.before = before
            self.after = after
        }
    }

    /// The sitemap that ``render(_:)`` wrote as `bytes`, with each changed page's last
    /// modification replaced, and the home page's (the newest of all) moved on when a changed
    /// page is newer; the same bytes that rendering every page again gives. Nil when that cannot
    /// be told from the file and the changes alone: a page's date moved back (the newest might
    /// have been it), or ties the newest with another way of writing the same instant (the
    /// first page in slug order would tell), or an entry is not where it should be.
    public func patched(_ bytes: [UInt8], changes: [Change]) -> [UInt8]? {
        guard let home = bytes.firstRange(of: Array(entryStart(location: site.url).utf8)),
              let homeEnd = bytes[home.upperBound...].firstRange(of: Array("</lastmod>\n".utf8))?.lowerBound,
              let oldNewest = Timestamp(written: String(decoding: bytes[home.upperBound..<homeEnd], as: UTF8.self)) else { return nil }
        var newest = oldNewest
        var replacements: [(range: Range<Int>, bytes: [UInt8])] = []
        for change in changes where change.before.lastModified != change.after.lastModified {
            let (before, after) = (change.before.lastModified, change.after.lastModified)
            guard !(after < before) else { return nil }
            if newest < after {
                newest = after
            } else if !(after < newest) && after.description != newest.description {
                return nil
            }
            let location = url(of: change.before)
            guard let entry = bytes.firstRange(of: Array(entryHead(location: location, lastModified: before).utf8)) else { return nil }
            replacements.append((entry, Array(entryHead(location: location, lastModified: after).utf8)))
        }
        if newest.description != oldNewest.description {
            replacements.append((home.upperBound..<homeEnd, Array(newest.description.utf8)))
        }
        var patched: [UInt8] = []
        patched.reserveCapacity(bytes.count + 64 * replacements.count)
        var copied = 0
        for replacement in replacements.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
            guard replacement.range.lowerBound >= copied else { return nil }
            patched += bytes[copied..<replacement.range.lowerBound]
            patched += replacement.bytes
            copied = replacement.range.upperBound
        }
        patched += bytes[copied...]
        return patched
    }
}
