// ldpub — MIT licence.

import Foundation

/// Where the tests make their temporary files and folders: one folder per test process in the
/// system's temporary folder, removed when the process exits, so that `swift test` leaves
/// nothing behind (it used to leave about a thousand folders in /tmp per run).
public enum TestScratch {
    /// This process's folder, made on first use.
    public static let folder: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ldpub-tests-\(getpid())", isDirectory: true)
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        atexit { removeFolder() }
        return url
    }()

    /// A new, empty folder in ``folder``, named `prefix-<UUID>` (tests run in parallel).
    public static func newFolder(_ prefix: String) throws -> URL {
        let url = folder.appendingPathComponent("\(prefix)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Removes the folder, making writable again any folder a test made read-only.
    private static func removeFolder() {
        let fileManager = FileManager.default
        if let paths = fileManager.enumerator(atPath: folder.path) {
            for case let path as String in paths {
                let url = folder.appendingPathComponent(path)
                var isFolder: ObjCBool = false
                if fileManager.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue {
                    chmod(url.path, 0o755)
                }
            }
        }
        try? fileManager.removeItem(at: folder)
    }
}
