// ldpub — MIT licence.

import ClaimGraphExport

/// Draws claims graphs as SVG with Graphviz's `dot`, for `graphs: {svg: true}` or `--svg`.
///
/// Text is measured with Graphviz's built-in font metrics, not with the fonts installed, so the
/// SVG is the same on every machine with the same Graphviz version.
public struct GraphDrawing: Sendable {
    /// Why a graph could not be drawn: `dot` missing or failing.
    public typealias Failure = GraphvizRenderer.RenderingError

    private let renderer: GraphvizRenderer

    /// Finds `dot` on `searchPath` (a PATH-style list of folders).
    public init(searchPath: String) throws(Failure) {
        renderer = try GraphvizRenderer(searchPath: searchPath).withBuiltInTextMetrics()
    }

    /// The `dot` program, its version and the text metrics: what the drawings depend on.
    public var identity: String { renderer.identity }

    /// The SVG of a DOT graph.
    public func svg(_ dot: String) throws(Failure) -> String {
        try renderer.renderSVG(dot)
    }
}
