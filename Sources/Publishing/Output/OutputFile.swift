// ldpub — MIT licence.

/// One file of a build: where it goes below the output folder, what it is, and its bytes.
public struct OutputFile: Sendable, Hashable {
    /// Where the file goes, and what it is.
    public let outputPath: OutputPath
    /// The content.
    public let bytes: [UInt8]

    /// The path below the output folder, `/`-separated: `feed.xml`, `<slug>/index.jsonld`.
    public var path: String { outputPath.relative }

    /// Creates a file.
    public init(_ path: OutputPath, bytes: [UInt8]) {
        outputPath = path
        self.bytes = bytes
    }

    /// Creates a text file (UTF-8).
    public init(_ path: OutputPath, text: String) {
        self.init(path, bytes: Array(text.utf8))
    }

    /// Creates a file at a relative path: a generated file's kind follows from its path, any
    /// other path is taken for a static copy.
    public init(path: String, bytes: [UInt8]) {
        self.init(OutputPath(generated: path) ?? .staticCopy(path), bytes: bytes)
    }

    /// Creates a text file (UTF-8) at a relative path, as ``init(path:bytes:)``.
    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }
}
