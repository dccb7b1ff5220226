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
        if path.utf8.allSatisfy({ $0 < 0x80 }) { return Self.asciiBaseName(path) }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: ".") else { return name }
        return String(name[..<dot])
    }

    /// ``baseName`` of an ASCII path, found on its bytes (each character is one byte).
    static func asciiBaseName(_ path: String) -> String {
        let bytes = Array(path.utf8)
        var end = bytes.count
        while end > 0 && bytes[end - 1] == UInt8(ascii: "/") { end -= 1 }
        guard end > 0 else { return path }
        let start = (bytes[..<end].lastIndex(of: UInt8(ascii: "/")) ?? -1) + 1
        let name = bytes[start..<end]
        let stem = name.lastIndex(of: UInt8(ascii: ".")).map { name[..<$0] } ?? name
        return String(decoding: stem, as: UTF8.self)
    }
}
