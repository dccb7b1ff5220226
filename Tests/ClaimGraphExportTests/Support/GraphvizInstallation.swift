// ldpub — MIT licence.

import ClaimGraphExport
import Foundation
import Testing

/// Graphviz on this machine, for the tests that run `dot`.
enum GraphvizInstallation {
    /// A renderer for the `dot` on PATH, or nil when Graphviz is not installed.
    static let renderer: GraphvizRenderer? = try? GraphvizRenderer(searchPath: ProcessInfo.processInfo.environment["PATH"] ?? "")

    /// True when `dot` is on PATH.
    static var isInstalled: Bool { renderer != nil }

    /// The reason recorded for the tests skipped without it.
    static let missingReason: Comment = "Graphviz 'dot' is not on PATH, so the DOT is not parsed or rendered; install graphviz to run this test"
}
