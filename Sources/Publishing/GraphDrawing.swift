// ldpub — MIT licence.

import ClaimGraphExport

/// Draws claims graphs as SVG with Graphviz's `dot`, for `graphs: {svg: true}` or `--svg`.
public struct GraphDrawing: Sendable {
    /// Why a graph could not be drawn: `dot` missing or failing.
    public typealias Failure = GraphvizRenderer.RenderingError

    private let renderer: GraphvizRenderer

    /// Finds `dot` on `searchPath` (a PATH-style list of folders).
    public init(searchPath: String) throws(Failure) {
        renderer = try GraphvizRenderer(searchPath: searchPath)
    }

    /// The SVG of a DOT graph.
    public func svg(_ dot: String) throws(Failure) -> String {
        try renderer.renderSVG(dot)
    }
}
