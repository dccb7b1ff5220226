// ldpub — MIT licence.

/// Why the output could not be written. The previous output stays as it was.
public struct OutputError: Error, Sendable, Hashable, CustomStringConvertible {
    /// One line, lowercase, naming the path and the reason.
    public let message: String

    /// Creates an error.
    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
