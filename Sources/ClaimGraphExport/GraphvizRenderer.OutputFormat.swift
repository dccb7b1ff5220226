// ldpub — MIT licence.

extension GraphvizRenderer {
    /// The formats ldpub asks `dot` for (`-Tsvg`, `-Tpng`, `-Tpdf`).
    public enum OutputFormat: String, Sendable, Hashable, CaseIterable {
        case svg, png, pdf
    }
}
