// ldpub — MIT licence.

/// The checks across files and the counts of a site in which some articles changed, updated from
/// the last build's results by checking the changed articles alone, when that gives what checking
/// every article would (nil otherwise: check them all).
///
/// It does when the last results had no error (then no slug, reference id or person is defined
/// twice) and each changed article keeps its file, its slug and the ids of its own references
/// (all defined in its own file, none from a bibliography file), cites only the site's
/// references and its own, and cites the same site references as before.
/// Then what the checks find in the other articles, and the warnings about site references no
/// claim cites, stand; the changed articles' findings (unsupported claims, uncited references,
/// a missing review, people who are not defined) depend on the site and the article alone.
/// The tests compare every update with the checks of the whole site.
package enum CrossFileUpdate {
    /// One changed article: its summary as the last build checked it, and as it is now.
    package struct Change: Sendable {
        package let before: ArticleSummary
        package let after: ArticleSummary

        package init(before: ArticleSummary, after: ArticleSummary) {
            self.before = before
            self.after = after
        }
    }

    /// The diagnostics and the statistics of the site after `changes`, from `last`'s: the
    /// diagnostics of the checks across files (the last build's without the changed articles',
    /// then theirs: in an order of their own, as a report sorts them, ``Swift/Array/sortedForDisplay()``);
    /// nil when the changed articles must be checked with the others. `incompleteIDs`: ids whose
    /// definitions had errors, as for ``InputValidator/crossFileDiagnostics(site:summaries:incompleteIDs:)``.
    package static func updated(_ last: (diagnostics: [Diagnostic], statistics: BuildStatistics), site: Site, changes: [Change],
                                incompleteIDs: Set<String>) -> (diagnostics: [Diagnostic], statistics: BuildStatistics)? {
        let changedFiles = Set(changes.map(\.after.file))
        let siteIDs = Set(site.references.map(\.id))
        guard last.diagnostics.errorCount == 0, changedFiles.count == changes.count, changes.allSatisfy({ isLocal($0, siteIDs: siteIDs) }) else { return nil }
        let fresh = CrossFileChecks(site: site, articles: changes.map(\.after), incompleteIDs: incompleteIDs).run()
        guard fresh.errorCount == 0 else { return nil }
        // The changed articles' findings replace their old ones; the site's uncited references,
        // counted here among the changed articles only, are not theirs.
        let diagnostics = last.diagnostics.filter { !changedFiles.contains($0.file) } + fresh.filter { changedFiles.contains($0.file) }
        return (diagnostics, updatedStatistics(last.statistics, changes: changes))
    }

    /// Whether a change leaves every other article's findings as they were.
    private static func isLocal(_ change: Change, siteIDs: Set<String>) -> Bool {
        let (before, after) = (change.before, change.after)
        // Findings are told apart by their file: an item from a `bibliography:` file has its
        // span there, and its warning would be taken for another file's.
        guard before.file == after.file, before.slug == after.slug,
              before.references.map(\.id) == after.references.map(\.id),
              (before.references + after.references).allSatisfy({ $0.span.file == after.file }) else { return false }
        let ownIDs = Set(after.references.map(\.id))
        let cited = Set(after.claims.lazy.flatMap(\.sources).map(\.id))
        guard cited.isSubset(of: siteIDs.union(ownIDs)) else { return false }
        let citedBefore = Set(before.claims.lazy.flatMap(\.sources).map(\.id))
        return cited.intersection(siteIDs) == citedBefore.intersection(siteIDs)
    }

    /// `statistics` with each changed article's claims, unsupported claims and uncited references
    /// counted anew (the articles and the references are the same; a site reference's citations are).
    private static func updatedStatistics(_ statistics: BuildStatistics, changes: [Change]) -> BuildStatistics {
        var claims = statistics.claims, unsupported = statistics.unsupportedClaims, uncited = statistics.uncitedSources
        for change in changes {
            claims += change.after.claims.count - change.before.claims.count
            unsupported += change.after.unsupportedClaimCount - change.before.unsupportedClaimCount
            uncited += change.after.uncitedOwnReferenceCount - change.before.uncitedOwnReferenceCount
        }
        return BuildStatistics(articles: statistics.articles, claims: claims, unsupportedClaims: unsupported,
                               sources: statistics.sources, uncitedSources: uncited)
    }
}

extension ArticleSummary {
    /// Claims no source supports.
    fileprivate var unsupportedClaimCount: Int { claims.count { !$0.isSupported } }

    /// The article's own references that none of its claims cites (no other article may cite them).
    fileprivate var uncitedOwnReferenceCount: Int {
        let cited = Set(claims.lazy.flatMap(\.sources).map(\.id))
        return Set(references.map(\.id)).count { !cited.contains($0) }
    }
}
