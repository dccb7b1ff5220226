// ldpub — MIT licence.

import ArticleModel

/// How each kind of node, edge and cluster looks; the legend draws its entries with the same
/// attributes, so it always matches the graph.
///
/// Nothing relies on colour alone: a claim without a supporting source says why ("no source
/// cited", "only disputed or mentioned"), an uncited source says so and is dashed, a disputing edge also ends in a bar (`tee`), a
/// mentioning edge is dotted.
enum ClaimGraphStyle {
    /// Fonts for every label; SVG viewers pick the first they have. Graphviz lays labels out with
    /// its built-in Helvetica/Arial metrics (see `GraphvizRenderer.withBuiltInTextMetrics()`), so
    /// every font named before `sans-serif` has those metrics: Liberation Sans and Arimo are
    /// Arial's metric-compatible twins on Linux. Other fonts may run a little wider or narrower.
    static let fontName = "Helvetica,Arial,Liberation Sans,Arimo,sans-serif"

    /// Graph-wide attributes: UTF-8, laid out left to right (article → claims → sources).
    static let graph = DOTAttributeList([
        DOTAttribute("charset", "UTF-8"),
        DOTAttribute("rankdir", "LR"),
        DOTAttribute("fontname", fontName),
        DOTAttribute("fontsize", "12"),
        DOTAttribute("nodesep", "0.25"),
        DOTAttribute("ranksep", "0.6"),
    ])
    /// Defaults of every node: the look of a supported claim, the most common node, which so
    /// needs no attributes of its own (the other kinds name what differs).
    static let nodeDefaults = DOTAttributeList([
        DOTAttribute("fontname", fontName),
        DOTAttribute("fontsize", "11"),
        DOTAttribute("margin", "0.12,0.06"),
        DOTAttribute("shape", "box"),
        DOTAttribute("style", "rounded,filled"),
        DOTAttribute("fillcolor", "white"),
    ])
    /// Defaults of every edge.
    static let edgeDefaults = DOTAttributeList([
        DOTAttribute("fontname", fontName),
        DOTAttribute("fontsize", "10"),
    ])

    /// The article: a filled, bold box (square corners).
    static let article = DOTAttributeList([
        DOTAttribute("style", "filled,bold"),
        DOTAttribute("fillcolor", "#dbe8f6"),
        DOTAttribute("color", "#1f4e79"),
    ])
    /// A claim with a supporting source: a rounded white box, as every node is by default.
    static let supportedClaim = DOTAttributeList([])
    /// A claim without a supporting source: a rounded white box, red and bold.
    static let unsupportedClaim = DOTAttributeList([
        DOTAttribute("style", "rounded,filled,bold"),
        DOTAttribute("color", "red"),
        DOTAttribute("fontcolor", "red"),
    ])
    /// A source that a claim cites: a note.
    static let citedSource = DOTAttributeList([
        DOTAttribute("shape", "note"),
        DOTAttribute("style", "filled"),
        DOTAttribute("fillcolor", "#fffbe6"),
    ])
    /// A reference that no claim cites: a note, grey and dashed (not filled: the default fill
    /// colour does not show).
    static let uncitedSource = DOTAttributeList([
        DOTAttribute("shape", "note"),
        DOTAttribute("style", "dashed"),
        DOTAttribute("color", "grey50"),
        DOTAttribute("fontcolor", "grey40"),
    ])
    /// A section of the article: a light box around its claims, labelled top left.
    static let section = DOTAttributeList([
        DOTAttribute("style", "rounded,filled"),
        DOTAttribute("fillcolor", "#f4f4f4"),
        DOTAttribute("color", "grey70"),
        DOTAttribute("labeljust", "l"),
        DOTAttribute("fontsize", "11"),
    ])
    /// The legend's box, labelled `label`.
    static func legend(label: String) -> DOTAttributeList {
        DOTAttributeList([
            DOTAttribute("label", label),
            DOTAttribute("style", "dashed"),
            DOTAttribute("color", "grey60"),
            DOTAttribute("labeljust", "l"),
            DOTAttribute("fontsize", "11"),
        ])
    }
    /// The subgraph that puts the sources in one rank.
    static let sourceRank = DOTAttributeList([DOTAttribute("rank", "same")])
    /// An article-to-claim edge, labelled `label` ("makes").
    static func makes(label: String) -> DOTAttributeList {
        DOTAttributeList([
            DOTAttribute("label", label),
            DOTAttribute("color", "grey45"),
            DOTAttribute("fontcolor", "grey35"),
        ])
    }

    /// A claim-to-source edge: solid and black for supports (Graphviz's defaults, so nothing is
    /// written), red with a bar for disputes, dotted for mentions.
    static func citation(_ relation: CitationRelation) -> DOTAttributeList {
        switch relation {
        case .supports: supportingCitation
        case .disputes: disputingCitation
        case .mentions: mentioningCitation
        }
    }

    private static let supportingCitation = DOTAttributeList([])
    private static let disputingCitation = DOTAttributeList([
        DOTAttribute("color", "red"), DOTAttribute("fontcolor", "red"), DOTAttribute("arrowhead", "tee"),
    ])
    private static let mentioningCitation = DOTAttributeList([DOTAttribute("style", "dotted")])
    /// An edge drawn only to place nodes.
    static let invisible = DOTAttributeList([DOTAttribute("style", "invis")])
}
