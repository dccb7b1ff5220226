// ldpub — MIT licence.

import ClaimGraphExport
import Foundation
import Testing
import TestScratch

@Suite struct GraphvizRendererTests {
    /// A fresh folder holding the given executable shell scripts.
    func folder(withScripts scripts: [String: String]) throws -> URL {
        let folder = try TestScratch.newFolder("ldpub-graphviz-test")
        for (name, body) in scripts {
            let path = folder.appendingPathComponent(name).path
            try Data(("#!/bin/sh\n" + body + "\n").utf8).write(to: URL(fileURLWithPath: path))
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        }
        return folder
    }

    @Test func saysClearlyWhenDotIsNotInstalled() {
        #expect(throws: GraphvizRenderer.RenderingError.dotNotFound) {
            try GraphvizRenderer(searchPath: "/nonexistent/bin::/also/missing")
        }
        #expect(throws: GraphvizRenderer.RenderingError.dotNotFound) { try GraphvizRenderer(searchPath: "") }
        #expect(GraphvizRenderer.RenderingError.dotNotFound.description
                == "Graphviz 'dot' was not found on PATH; install graphviz to render SVG")
    }

    @Test func findsTheFirstExecutableDotOnTheSearchPath() throws {
        let first = try folder(withScripts: [:])
        let second = try folder(withScripts: ["dot": "exit 0"])
        defer {
            try? FileManager.default.removeItem(at: first)
            try? FileManager.default.removeItem(at: second)
        }
        // A folder called `dot` and a file that is not executable are skipped.
        try FileManager.default.createDirectory(at: first.appendingPathComponent("dot/"), withIntermediateDirectories: true)
        let renderer = try GraphvizRenderer(searchPath: first.path + ":" + second.path + "/")
        #expect(renderer.executablePath == second.appendingPathComponent("dot").path)
    }

    /// The error of rendering `dot` with a `dot` that is the shell script `script`.
    func renderingError(withDotScript script: String, rendering dot: String = "digraph {}",
                        sourceLocation: SourceLocation = #_sourceLocation) throws -> GraphvizRenderer.RenderingError? {
        let scripts = try folder(withScripts: ["dot": script])
        defer { try? FileManager.default.removeItem(at: scripts) }
        let renderer = try GraphvizRenderer(searchPath: scripts.path)
        return #expect(throws: GraphvizRenderer.RenderingError.self, sourceLocation: sourceLocation) { try renderer.renderSVG(dot) }
    }

    @Test func reportsAFailureWithWhatDotPrinted() throws {
        let error = try renderingError(withDotScript: "echo 'Error: <stdin>: syntax error in line 1' >&2\nexit 3", rendering: "digraph {")
        #expect(error == .failed(exitStatus: 3, standardError: "Error: <stdin>: syntax error in line 1\n"))
        #expect(error?.description == "Graphviz 'dot' failed with exit status 3: Error: <stdin>: syntax error in line 1")
    }

    @Test func reportsADotKilledByASignalWithTheSignalsNumber() throws {
        let error = try renderingError(withDotScript: "echo 'dying' >&2\nkill -9 $$")
        #expect(error == .failed(exitStatus: 9, standardError: "dying\n"))
    }

    /// `dot` gets standard input and output on /dev/null and none of this process's other
    /// descriptors (here one opened without close-on-exec, as C libraries and older code do).
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/proc/self/fd"), "needs Linux's /proc"))
    func dotInheritsNoDescriptorButTheStandardThree() throws {
        // A free descriptor number of 500 or more (F_DUPFD takes none that is in use, as dup2
        // would: other tests run meanwhile), without close-on-exec.
        let opened = open("/dev/null", O_RDONLY)
        #expect(opened >= 0)
        let inheritable = fcntl(opened, F_DUPFD, 500)
        close(opened)
        defer { close(inheritable) }
        #expect(inheritable >= 500)

        let error = try renderingError(withDotScript: """
            for descriptor in /proc/$$/fd/*; do echo "${descriptor##*/} $(readlink "$descriptor")" >&2; done
            exit 1
            """)
        guard case .failed(1, let listing)? = error else {
            Issue.record("expected the script's exit status 1, got \(String(describing: error))")
            return
        }
        let descriptors = Dictionary(listing.split(separator: "\n").map { line in
            (String(line.prefix { $0 != " " }), String(line.drop { $0 != " " }.dropFirst()))
        }) { first, _ in first }
        #expect(descriptors["0"] == "/dev/null", "\(listing)")
        #expect(descriptors["1"] == "/dev/null", "\(listing)")
        #expect(descriptors["2"]?.hasSuffix("stderr.txt") == true, "\(listing)")
        #expect(descriptors[String(inheritable)] == nil, "\(listing)")
        // Besides the three, only what the shell opened itself: its script and a command
        // substitution's pipe.
        for (descriptor, target) in descriptors where !["0", "1", "2"].contains(descriptor) {
            #expect(target.hasSuffix("/dot") || target.hasPrefix("pipe:"), "\(listing)")
        }
    }

    @Test func reportsADotThatCannotBeStarted() throws {
        let renderer = GraphvizRenderer(executablePath: "/nonexistent/dot")
        let error = #expect(throws: GraphvizRenderer.RenderingError.self) { try renderer.renderSVG("digraph {}") }
        guard case .couldNotRun(let reason)? = error else {
            Issue.record("expected couldNotRun, got \(String(describing: error))")
            return
        }
        #expect(reason.contains("/nonexistent/dot"))
    }

    @Test func builtInTextMetricsNeedTheFolderThatDotNames() throws {
        let scripts = try folder(withScripts: ["dot": "echo 'dot - graphviz version 0.1' >&2\nexit 0"])
        defer { try? FileManager.default.removeItem(at: scripts) }
        let error = #expect(throws: GraphvizRenderer.RenderingError.self) { try GraphvizRenderer(searchPath: scripts.path).withBuiltInTextMetrics() }
        #expect(error == .couldNotRun("could not find its plugin folder in what 'dot -v' printed"))
    }

    @Test(.enabled(if: GraphvizInstallation.isInstalled, GraphvizInstallation.missingReason))
    func builtInTextMetricsMeasureTextWithoutFonts() throws {
        let renderer = try #require(GraphvizInstallation.renderer).withBuiltInTextMetrics()
        #expect(renderer.identity.hasSuffix(" built-in metrics"))
        #expect(renderer.identity.contains("graphviz version"))
        // Graphviz's Helvetica table: a 14-point "WWWW" is 4 × 0.944 em wide, plus the node's margins.
        let svg = try renderer.renderSVG("digraph g { node [shape=box, fontname=Helvetica, fontsize=14, margin=0]; a [label=\"WWWW\"]; }\n")
        #expect(svg.contains("<text text-anchor=\"middle\""))
        #expect(svg.contains("font-family=\"Helvetica,sans-Serif\""))
        let other = try renderer.renderSVG("digraph g { node [shape=box, fontname=Helvetica, fontsize=14, margin=0]; a [label=\"iiii\"]; }\n")
        #expect(svg != other)
    }

    @Test(.enabled(if: GraphvizInstallation.isInstalled, GraphvizInstallation.missingReason))
    func rendersSVGWithGraphviz() throws {
        let renderer = try #require(GraphvizInstallation.renderer)
        let svg = try renderer.renderSVG("digraph g { \"a\" -> \"b\"; }\n")
        #expect(svg.contains("<svg"))
        #expect(svg.contains("</svg>"))
        let png = try renderer.render("digraph g { \"a\" -> \"b\"; }\n", format: .png)
        #expect(png.data.starts(with: [0x89, 0x50, 0x4E, 0x47]))
    }

    @Test(.enabled(if: GraphvizInstallation.isInstalled, GraphvizInstallation.missingReason))
    func reportsGraphvizSyntaxErrors() throws {
        let renderer = try #require(GraphvizInstallation.renderer)
        let error = #expect(throws: GraphvizRenderer.RenderingError.self) { try renderer.renderSVG("digraph {") }
        guard case .failed(let status, let standardError)? = error else {
            Issue.record("expected failed, got \(String(describing: error))")
            return
        }
        #expect(status != 0)
        #expect(standardError.contains("syntax error"))
    }

    @Test(.enabled(if: GraphvizInstallation.isInstalled, GraphvizInstallation.missingReason))
    func rendersABigGraphWithoutBlocking() throws {
        let renderer = try #require(GraphvizInstallation.renderer)
        let edges = (0..<400).map { "  \"n\($0)\" -> \"n\($0 + 1)\" [label=\"\(String(repeating: "x", count: 40))\"];" }
        let svg = try renderer.renderSVG("digraph g {\n" + edges.joined(separator: "\n") + "\n}\n")
        #expect(svg.utf8.count > 65_536)
    }
}
