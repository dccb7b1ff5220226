// ldpub — MIT licence.

import BuildCache
import ClaimGraphExport

/// How step 6 makes the site graph (`claims.dot`): assembled from every article's fragment, or,
/// when only some articles changed and none of them changed its sources, the graph the last
/// build wrote with the changed articles' parts replaced (copied in the kernel, not rewritten).
enum SiteGraphPlan: Sendable {
    /// Assemble the graph from these fragments, one per article.
    case assemble(SiteClaimGraph.Fragments)
    /// Replace parts of the last build's graph.
    case patch(Patch)

    /// The last build's graph and what replaces parts of it.
    struct Patch: Sendable {
        /// The size of `claims.dot` as the last build wrote it (and as it still is).
        let size: Int
        /// Where every article's part is in it.
        let layout: SiteClaimGraph.Layout
        /// The new fragments of the changed articles.
        let changed: [SiteClaimGraph.Fragment]

        /// The changed parts' new bytes in the places of the old, in order; and the new graph's layout.
        func replacements() -> (replacements: [OutputTransaction.Replacement], layout: SiteClaimGraph.Layout) {
            let (replacements, layout) = layout.replacing(changed)
            return (replacements.map { OutputTransaction.Replacement(range: $0.range, bytes: $0.bytes) }, layout)
        }
    }

    /// The patch for this build, when the last build's graph can be patched: no drawing, the
    /// same articles, every changed article's sources as they were, and `claims.dot` as the last
    /// build left it.
    static func patch(for articles: ProcessedArticles, site: LoadedSite, output: OpenedOutput) -> Patch? {
        guard site.drawing == nil, articles.sameArticlesAsLastBuild, let last = output.cache?.last, last.siteGraphIsPatchable,
              let transaction = output.transaction,
              let graph = last.siteOutputs.first(where: { $0.path == OutputPath.site(.claimsDOT).relative }) else { return nil }
        let items = articles.items
        var parts: [String: SiteClaimGraph.Layout.Part] = [:]
        parts.reserveCapacity(items.count)
        var changed: [SiteClaimGraph.Fragment] = []
        for item in items {
            // A reused article is valid (a build with errors saves no cache), its digest maybe not read.
            guard item.reused || item.decoded.value != nil, let before = item.entry(in: last), let part = before.graphPart else { return nil }
            if !item.reused {
                guard let fragment = item.made?.fragment(output.cache?.spill), fragment.slug == before.slug,
                      item.entry?.sourcesSignature == before.sourcesSignature else { return nil }
                changed.append(fragment)
            }
            guard parts.updateValue(part, forKey: before.slug) == nil else { return nil }
        }
        guard OutputStamps.isIntact([graph], in: transaction).intact else { return nil }
        return Patch(size: graph.stamp.size, layout: SiteClaimGraph.Layout(parts: parts, keepsEveryEdge: true), changed: changed)
    }
}
