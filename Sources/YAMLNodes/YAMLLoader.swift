// ldpub — MIT licence.

internal import CYAML

/// Loads YAML bytes into ``Node`` trees with libyaml's event parser (`yaml_parser_parse`).
///
/// Scalars resolve as the YAML 1.2 core schema does. Aliases become the nodes they stand for,
/// under ``LoadLimits/maxAliasExpansion``. Beyond libyaml's own checks the loader rejects
/// duplicate keys, nesting deeper than ``LoadLimits/maxDepth``, files larger than
/// ``LoadLimits/maxFileBytes``, UTF-16 files, tags it does not understand (unless
/// ``TagPolicy/ignore``) and, by default, more than one document per file.
public struct YAMLLoader: Sendable {
    /// What to do with a tag outside the core schema (`!foo`, `!!binary`, …).
    public enum TagPolicy: Sendable, Hashable {
        /// Report it as an error.
        case reject
        /// Load the value as if it had no tag.
        case ignore
    }

    /// The limits applied to every file.
    public var limits: LoadLimits
    /// How tags outside the core schema are treated.
    public var tagPolicy: TagPolicy

    /// Creates a loader.
    public init(limits: LoadLimits = .default, tagPolicy: TagPolicy = .reject) {
        self.limits = limits
        self.tagPolicy = tagPolicy
    }

    /// Loads a file that must hold at most one document.
    ///
    /// - Parameters:
    ///   - bytes: The file's bytes, UTF-8 (a byte-order mark and CRLF line ends are fine).
    ///   - file: The path to name in nodes and errors, as the user typed it.
    /// - Returns: The document; its `root` is nil when the file has none.
    /// - Throws: ``YAMLError`` for the first problem that stops loading.
    public func load(_ bytes: [UInt8], file: String) throws(YAMLError) -> YAMLDocument {
        let documents = try loadDocuments(bytes, file: file, allowingSeveral: false)
        return documents.first ?? YAMLDocument(root: nil, problems: [])
    }

    /// Loads a file that may hold several documents (`---` separated), in order.
    public func loadAll(_ bytes: [UInt8], file: String) throws(YAMLError) -> [YAMLDocument] {
        try loadDocuments(bytes, file: file, allowingSeveral: true)
    }

    /// Loads text; see ``load(_:file:)-([UInt8],_)``.
    public func load(_ text: String, file: String) throws(YAMLError) -> YAMLDocument {
        try load(Array(text.utf8), file: file)
    }

    private func loadDocuments(_ bytes: [UInt8], file: String, allowingSeveral: Bool) throws(YAMLError) -> [YAMLDocument] {
        let startSpan = SourceSpan(file: file, at: .start)
        if bytes.count > limits.maxFileBytes {
            let (size, limit) = ByteCount.sizeAndLimit(bytes.count, limits.maxFileBytes)
            throw YAMLError(.size, "file is \(size), larger than the limit of \(limit)", at: startSpan)
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw YAMLError(.encoding, "file is encoded as UTF-16; save it as UTF-8", at: startSpan)
        }
        let result: Result<[YAMLDocument], YAMLError> = bytes.withUnsafeBufferPointer { buffer in
            var composer = NodeComposer(file: file, bytes: buffer, limits: limits, tagPolicy: tagPolicy, allowsSeveralDocuments: allowingSeveral)
            return Result { () throws(YAMLError) -> [YAMLDocument] in try composer.run() }
        }
        return try result.get()
    }
}

/// A size in bytes, printed for people: "200 MiB", "1.5 MiB", "16 KiB", "4.9 KiB", "300 bytes".
public struct ByteCount: CustomStringConvertible, Sendable {
    /// The size.
    public let bytes: Int
    /// Creates a size.
    public init(_ bytes: Int) { self.bytes = bytes }
    public var description: String {
        func scaled(_ unit: Int, _ name: String) -> String {
            let tenths = (Double(bytes) / Double(unit) * 10).rounded()
            return tenths.truncatingRemainder(dividingBy: 10) == 0 ? "\(Int(tenths / 10)) \(name)" : "\(tenths / 10) \(name)"
        }
        if bytes >= 1024 * 1024 { return scaled(1024 * 1024, "MiB") }
        if bytes >= 1024 { return scaled(1024, "KiB") }
        return "\(bytes) bytes"
    }

    /// A size and the limit it exceeds, for a message. The limit is exact: in KiB or MiB only
    /// when it is a whole number of them (`--max-file-size 2000` stays "2000 bytes"); both are
    /// in bytes when they would print alike (4,100 bytes and 4,096 bytes are both "4 KiB").
    public static func sizeAndLimit(_ size: Int, _ limit: Int) -> (size: String, limit: String) {
        let exactLimit = limit % 1024 == 0 && (limit < 1024 * 1024 || limit % (1024 * 1024) == 0) ? ByteCount(limit).description : "\(limit) bytes"
        let rounded = ByteCount(size).description
        return rounded == exactLimit ? ("\(size) bytes", "\(limit) bytes") : (rounded, exactLimit)
    }
}
