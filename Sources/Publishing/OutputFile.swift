// ldpub — MIT licence.

/// One file of a build: where it goes below the output folder, and its bytes.
public struct OutputFile: Sendable, Hashable {
    /// The path below the output folder, `/`-separated: `feed.xml`, `<slug>/index.jsonld`.
    public let path: String
    /// The content.
    public let bytes: [UInt8]

    /// Creates a file.
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    /// Creates a text file (UTF-8).
    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }
}
