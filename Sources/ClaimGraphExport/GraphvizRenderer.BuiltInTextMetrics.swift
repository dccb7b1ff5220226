// ldpub — MIT licence.

import Foundation

extension GraphvizRenderer {
    /// A private Graphviz plugin folder that holds only the core renderers (SVG among them) and
    /// the dot layout, and no text-layout plugin (pango).
    ///
    /// Without a text-layout plugin Graphviz measures text with the font metrics built into it
    /// (tables for Times, Helvetica/Arial and Courier) instead of asking fontconfig, so a drawing
    /// is the same on every machine with the same Graphviz version, whatever fonts it has. The
    /// folder is made with `mkdtemp` (mode 0700), filled with links to the installed plugin
    /// libraries and a configuration written by `dot -c`, and removed when the last renderer
    /// that uses it is gone.
    final class CorePluginFolder: Sendable {
        /// The folder, for `GVBINDIR`.
        let path: String
        /// `dot -V`'s words, such as "dot - graphviz version 2.43.0 (0)".
        let version: String

        init(dotPath: String) throws(RenderingError) {
            let probe = try Self.run(dotPath, ["-v", "-Tdot"], input: "digraph{}", environment: [:])
            guard let libraryFolder = Self.libraryFolder(in: probe) else {
                throw .couldNotRun("could not find its plugin folder in what 'dot -v' printed")
            }
            version = probe.split(separator: "\n").first.map(String.init) ?? ""
            path = try GraphvizRenderer.makeTemporaryFolder("ldpub-graphviz-plugins")
            let plugins = ((try? FileManager.default.contentsOfDirectory(atPath: libraryFolder)) ?? []).filter {
                $0.hasPrefix("libgvplugin_core") || $0.hasPrefix("libgvplugin_dot_layout")
            }
            guard plugins.contains(where: { $0.hasPrefix("libgvplugin_core") }), plugins.contains(where: { $0.hasPrefix("libgvplugin_dot_layout") }) else {
                throw .couldNotRun("no core or dot-layout plugin in '\(libraryFolder)'")
            }
            for plugin in plugins {
                try? FileManager.default.createSymbolicLink(atPath: path + "/" + plugin, withDestinationPath: libraryFolder + "/" + plugin)
            }
            _ = try Self.run(dotPath, ["-c"], input: "", environment: ["GVBINDIR": path])
        }

        deinit { try? FileManager.default.removeItem(atPath: path) }

        /// `libdir = "/usr/lib/x86_64-linux-gnu/graphviz"` in `dot -v`'s output.
        static func libraryFolder(in text: String) -> String? {
            for line in text.split(separator: "\n") where line.hasPrefix("libdir = \"") {
                let value = line.dropFirst("libdir = \"".count)
                guard let end = value.lastIndex(of: "\"") else { return nil }
                return String(value[..<end])
            }
            return nil
        }

        /// Runs `dot` with small arguments and input; returns what it printed on stderr.
        private static func run(_ dotPath: String, _ arguments: [String], input: String, environment: [String: String]) throws(RenderingError) -> String {
            let renderer = GraphvizRenderer(executablePath: dotPath)
            return try renderer.run(arguments: arguments, input: input, extraEnvironment: environment).standardError
        }
    }
}
