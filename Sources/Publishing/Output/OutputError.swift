// ldpub — MIT licence.

/// Why the output could not be written. The previous output stays as it was.
public struct OutputError: Error, Sendable, Hashable, CustomStringConvertible {
    /// One line, lowercase, naming the path and the reason.
    public let message: String
    /// Another process holds the output folder's lock (a build writing to it): trying again
    /// later can succeed.
    public let isBusy: Bool

    /// Creates an error.
    public init(_ message: String, isBusy: Bool = false) {
        self.message = message
        self.isBusy = isBusy
    }

    public var description: String { message }
}
