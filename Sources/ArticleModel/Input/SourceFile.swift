// ldpub — MIT licence.

/// The bytes of one input file and the path to name in diagnostics.
public struct SourceFile: Sendable, Hashable {
    /// The path as the user typed it (input folder joined with the file's relative path).
    public let path: String
    /// The file's content.
    public let bytes: [UInt8]

    /// Creates a source file.
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    /// Creates a source file from text.
    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// The file name without folder and extension: the default slug of an article.
    public var baseName: String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: ".") else { return name }
        return String(name[..<dot])
    }
}
