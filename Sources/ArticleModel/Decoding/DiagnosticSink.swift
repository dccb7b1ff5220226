// ldpub — MIT licence.

import YAMLNodes

/// Collects the diagnostics of one decoding pass (one file), in the order found.
///
/// A file reports at most ``maxDiagnostics``; one more error then says the rest were left out.
/// Messages are built only when they are kept, so a hostile file with hundreds of thousands
/// of mistakes cannot make the tool spend its time on messages and "did you mean" searches.
final class DiagnosticSink {
    /// The most diagnostics one file reports.
    static let maxDiagnostics = 200

    private(set) var diagnostics: [Diagnostic] = []
    /// Ids of people and references whose entries had errors: references to them are not
    /// reported again as undefined (one mistake, one message).
    var incompleteIDs: Set<String> = []
    private var isFull = false

    func error(_ message: @autoclosure () -> String, at span: SourceSpan, notes: @autoclosure () -> [Diagnostic.Note] = []) {
        guard hasRoom(at: span) else { return }
        diagnostics.append(.error(message(), at: span, notes: notes()))
    }

    func warning(_ message: @autoclosure () -> String, at span: SourceSpan, notes: @autoclosure () -> [Diagnostic.Note] = []) {
        guard hasRoom(at: span) else { return }
        diagnostics.append(.warning(message(), at: span, notes: notes()))
    }

    func append(_ diagnostic: Diagnostic) {
        guard hasRoom(at: diagnostic.span) else { return }
        diagnostics.append(diagnostic)
    }

    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// True while the file may report more; the first time it may not, records why.
    private func hasRoom(at span: SourceSpan) -> Bool {
        if diagnostics.count < Self.maxDiagnostics { return true }
        if !isFull {
            isFull = true
            diagnostics.append(.error("too many problems in this file; showing the first \(Self.maxDiagnostics) (fix them and validate again)", at: span))
        }
        return false
    }
}
