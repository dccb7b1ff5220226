// ldpub — MIT licence.

import YAMLNodes

/// Collects the diagnostics of one decoding pass (one file), in the order found.
final class DiagnosticSink {
    private(set) var diagnostics: [Diagnostic] = []
    /// Ids of people and references whose entries had errors: references to them are not
    /// reported again as undefined (one mistake, one message).
    var incompleteIDs: Set<String> = []

    func error(_ message: String, at span: SourceSpan, notes: [Diagnostic.Note] = []) {
        diagnostics.append(.error(message, at: span, notes: notes))
    }

    func warning(_ message: String, at span: SourceSpan, notes: [Diagnostic.Note] = []) {
        diagnostics.append(.warning(message, at: span, notes: notes))
    }

    func append(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
