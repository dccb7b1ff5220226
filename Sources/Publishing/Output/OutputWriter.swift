// ldpub — MIT licence.

/// Writes a whole set of files into the output folder in one ``OutputTransaction``.
///
/// For callers that have every file in memory (tests, small sites); a build streams its files
/// into a transaction instead.
public struct OutputWriter: Sendable {
    /// The output folder as the user typed it.
    public let outputPath: String
    /// For tests: a write to a path for which this returns true fails as if the disk were full.
    public var injectedWriteFailure: (@Sendable (String) -> Bool)?

    /// What a write did.
    public typealias Summary = OutputTransaction.Summary

    /// Creates a writer for the output folder at `outputPath`.
    public init(outputPath: String) {
        self.outputPath = outputPath
    }

    /// Writes `files`, replacing the output folder's ldpub files with them.
    public func write(_ files: [OutputFile]) throws(OutputError) -> Summary {
        try Self.checkPaths(files)
        let transaction = try OutputTransaction.begin(outputPath: outputPath, injectedWriteFailure: injectedWriteFailure)
        for file in files { transaction.stage(file) }
        let summary = try transaction.commit(keeping: Set(files.map(\.path)))
        transaction.finishRemovals()
        return summary
    }

    /// Every path is relative, at most two levels deep, with no empty, `.`/`..` or hidden
    /// component, and no two files share a path.
    static func checkPaths(_ files: [OutputFile]) throws(OutputError) {
        var seen = Set<String>()
        for file in files {
            try OutputPaths.check(file.path)
            guard seen.insert(file.path).inserted else { throw OutputError("two outputs share the path '\(file.path)'") }
        }
    }
}
