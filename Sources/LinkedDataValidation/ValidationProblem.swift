// ldpub — MIT licence.

/// One problem a validator found in a document.
///
/// A problem renders like a compiler diagnostic, `path: error: message`, or without the path
/// when the document was validated in memory. Messages start in lowercase, have no final
/// period, quote names in single quotes and name the node or element they are about, for
/// example `#webpage: property 'reviewedBy' expects Organization or Person, got Text`.
public struct ValidationProblem: Sendable, Hashable, CustomStringConvertible {
    /// The file the problem is in, as the user gave it; `nil` for a document validated in memory.
    public var path: String?
    /// Whether the problem makes the document invalid.
    public var severity: Severity
    /// What is wrong, naming the node, element or field and the reason.
    public var message: String

    /// Creates a problem.
    ///
    /// - Parameters:
    ///   - path: The file, or `nil` for a document validated in memory.
    ///   - severity: Error or warning.
    ///   - message: The message, without the path or severity.
    public init(path: String? = nil, severity: Severity, message: String) {
        self.path = path
        self.severity = severity
        self.message = message
    }

    /// The problem as one line: `path: error: message` (or `error: message` without a path).
    public var description: String {
        let head = "\(severity.rawValue): \(message)"
        guard let path else { return head }
        return "\(path): \(head)"
    }
}
