// ldpub — MIT licence.

extension FolderBuild {
    /// Where a build with `cacheRoot` as ``Options/cacheRoot`` keeps the cache of the output
    /// folder `outputPath` (an existing folder): a subfolder named after its real path.
    public static func cacheFolder(root: String, outputPath: String) -> String {
        CacheFolder.path(root: root, outputPath: outputPath)
    }
}
