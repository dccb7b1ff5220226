// ldpub — MIT licence.

/// One problem a validator found in a document.
///
/// A problem renders like a compiler diagnostic, `path:line:column: error: message` (`path: error:
/// message` when the problem has no position), or without the path when the document was
/// validated in memory. Messages start in lowercase, have no final
/// period, quote names in single quotes and name the node or element they are about, for
/// example `#webpage: property 'reviewedBy' expects Organization or Person, got Text`.
public struct ValidationProblem: Sendable, Hashable, CustomStringConvertible {
    /// The file the problem is in, as the user gave it; `nil` for a document validated in memory.
    public var path: String?
    /// Where in the file the problem is, when it is known: the place a JSON or XML document
    /// stops parsing, or what a JSON-LD problem is about (a type, a property's key, a value, a
    /// node object; see ``JSONLDValidator``), in an HTML page counted from the start of its
    /// script. `nil` for a feed's other problems, and for JSON-LD validated as a parsed value.
    public var position: TextPosition?
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
    ///   - position: Where in the file the problem is, if known.
    public init(path: String? = nil, severity: Severity, message: String, position: TextPosition? = nil) {
        self.path = path
        self.position = position
        self.severity = severity
        self.message = message
    }

    /// The problem as one line: `path:line:column: error: message`, without the parts that are
    /// not known (`path: error: message`, `line:column: error: message`, `error: message`).
    public var description: String {
        let place = [path, position?.description].compactMap { $0 }.joined(separator: ":")
        let head = "\(severity.rawValue): \(message)"
        return place.isEmpty ? head : "\(place): \(head)"
    }
}
