// ldpub — MIT licence.

import YAMLNodes

/// A problem found in the input, located like a compiler locates it.
public struct Diagnostic: Error, Sendable, Hashable {
    /// How serious a diagnostic is.
    public enum Severity: String, Sendable, Hashable, Comparable, CaseIterable {
        case error
        case warning
        case note

        private var rank: Int {
            switch self {
            case .error: return 0
            case .warning: return 1
            case .note: return 2
            }
        }

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    /// A secondary location that explains the diagnostic ("first defined here").
    public struct Note: Sendable, Hashable {
        /// The note's message.
        public let message: String
        /// Where it points.
        public let span: SourceSpan

        /// Creates a note.
        public init(_ message: String, at span: SourceSpan) {
            self.message = message
            self.span = span
        }
    }

    /// Error, warning or note.
    public let severity: Severity
    /// The message: lowercase, no final period, identifiers in single quotes.
    public let message: String
    /// Where the problem is; for a problem with a whole file, its first position.
    public let span: SourceSpan
    /// Related locations, printed as `note:` lines after the diagnostic.
    public let notes: [Note]
    /// When the diagnostic is about a file that could not be read: why, with the system's error
    /// number, so that callers tell a missing file or a full descriptor table from the words.
    public let readFailure: FileReading.Failure?

    /// Creates a diagnostic.
    public init(_ severity: Severity, _ message: String, at span: SourceSpan, notes: [Note] = [],
                readFailure: FileReading.Failure? = nil) {
        self.severity = severity
        self.message = message
        self.span = span
        self.notes = notes
        self.readFailure = readFailure
    }

    /// An error.
    public static func error(_ message: String, at span: SourceSpan, notes: [Note] = []) -> Diagnostic {
        Diagnostic(.error, message, at: span, notes: notes)
    }

    /// The error for a file that could not be read: "cannot read 'name': reason", keeping `failure`.
    public static func unreadable(_ shownName: String, _ failure: FileReading.Failure, at span: SourceSpan) -> Diagnostic {
        Diagnostic(.error, "cannot read '\(shownName)': \(failure.reason)", at: span, readFailure: failure)
    }

    /// Whether this error says a limit of this process or of the system was reached while reading
    /// a file: a failure of the machine, not of the input.
    public var isSystemLimit: Bool { readFailure?.isSystemLimit == true }

    /// A warning.
    public static func warning(_ message: String, at span: SourceSpan, notes: [Note] = []) -> Diagnostic {
        Diagnostic(.warning, message, at: span, notes: notes)
    }

    /// The file the diagnostic is about, as the user typed its path.
    public var file: String { span.file }
    /// Where it starts: 1-based line and column (Unicode scalars).
    public var mark: Mark { span.start }
}

extension Diagnostic {
    /// Converts a YAML loading problem.
    init(_ error: YAMLError) {
        self.init(.error, error.message, at: error.span, notes: error.notes.map { Note($0.message, at: $0.span) })
    }
}

extension Diagnostic {
    /// Whether `lhs` is shown before `rhs`: by file, position, then severity and message.
    static func displaysBefore(_ lhs: Diagnostic, _ rhs: Diagnostic) -> Bool {
        if lhs.span.file != rhs.span.file { return lhs.span.file < rhs.span.file }
        if lhs.span.start != rhs.span.start { return lhs.span.start < rhs.span.start }
        if lhs.severity != rhs.severity { return lhs.severity < rhs.severity }
        return lhs.message < rhs.message
    }
}

extension Array where Element == Diagnostic {
    /// Sorted by file, position, then severity and message, so output never depends on timing.
    public func sortedForDisplay() -> [Diagnostic] {
        sorted(by: Diagnostic.displaysBefore)
    }

    /// This array and `others`, each sorted for display (``sortedForDisplay()``), merged into one sorted for display (in
    /// one pass: a few diagnostics added to many need no sort of them all).
    public func mergedForDisplay(with others: [Diagnostic]) -> [Diagnostic] {
        var merged: [Diagnostic] = []
        merged.reserveCapacity(count + others.count)
        var mine = startIndex
        var theirs = others.startIndex
        while mine < endIndex && theirs < others.endIndex {
            if Diagnostic.displaysBefore(others[theirs], self[mine]) {
                merged.append(others[theirs])
                theirs += 1
            } else {
                merged.append(self[mine])
                mine += 1
            }
        }
        merged += self[mine...]
        merged += others[theirs...]
        return merged
    }

    /// The number of errors.
    public var errorCount: Int { count { $0.severity == .error } }
    /// The number of warnings.
    public var warningCount: Int { count { $0.severity == .warning } }
}
