// ldpub — MIT licence.

/// A folder or file of the corpus could not be written.
public struct CorpusWriteError: Error, Sendable, CustomStringConvertible {
    /// The path that failed.
    public let path: String
    /// Why, as the system said it.
    public let reason: String

    /// Creates an error.
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "cannot write '\(path)': \(reason)" }
}
