// ldpub — MIT licence.

/// One file of a generated corpus.
public struct GeneratedFile: Sendable, Hashable {
    /// The path inside the corpus folder, such as `site.yaml` or `hoe-werkt-ketamine-het-effect-op-12.yaml`.
    public let relativePath: String
    /// The file's YAML text.
    public let text: String

    /// Creates a file.
    public init(relativePath: String, text: String) {
        self.relativePath = relativePath
        self.text = text
    }
}
