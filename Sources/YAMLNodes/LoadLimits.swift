// ldpub — MIT licence.

/// Bounds that keep a hostile YAML file from using unbounded time or memory.
public struct LoadLimits: Sendable, Hashable {
    /// The largest file accepted, in bytes.
    public var maxFileBytes: Int
    /// The deepest nesting of sequences and mappings accepted (the root collection is depth 1).
    public var maxDepth: Int
    /// How many nodes aliases may add to a document in all, counting each alias as the size
    /// of the subtree it stands for. This is what stops a "billion laughs" document.
    ///
    /// The text that aliases add is bounded too: the file's size plus the scalar text repeated
    /// by its aliases may not exceed ``maxFileBytes``, so a long scalar aliased many times stops
    /// at the alias that crosses the bound.
    public var maxAliasExpansion: Int

    /// Creates limits.
    public init(maxFileBytes: Int = 16 * 1024 * 1024, maxDepth: Int = 64, maxAliasExpansion: Int = 100_000) {
        self.maxFileBytes = maxFileBytes
        self.maxDepth = maxDepth
        self.maxAliasExpansion = maxAliasExpansion
    }

    /// The defaults: 16 MiB per file, 64 levels, 100,000 nodes through aliases.
    public static let `default` = LoadLimits()
}
