// ldpub — MIT licence.

import Foundation

/// Reading a whole file, with the system's reason when it cannot be read.
public enum FileReading {
    /// The bytes of the regular file at `path`, or why it cannot be read.
    public static func contents(of path: String) -> Result<[UInt8], Failure> {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return .failure(Failure(code: errno)) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failure(Failure(code: errno)) }
        guard info.st_mode & S_IFMT == S_IFREG else { return .failure(Failure(reason: "not a regular file")) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(info.st_size))
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else { return .failure(Failure(code: errno)) }
            guard count > 0 else { return .success(bytes) }
            bytes += chunk[..<count]
        }
    }

    /// Why a file could not be read: the system's words, and what to do when a limit of this
    /// process or of the system was reached (not a problem of the file).
    public struct Failure: Error, Sendable, Hashable {
        /// One phrase, without a final period.
        public let reason: String

        init(reason: String) { self.reason = reason }

        private static let fileIsFine = "the file itself is fine"

        /// The reason for a file that is not there.
        public static var noSuchFile: String { Failure(code: ENOENT).reason }

        /// Whether a diagnostic's message says a limit of the process or system was reached while
        /// reading (a failure of this machine, not of the input).
        public static func isSystemLimit(_ message: String) -> Bool {
            message.hasSuffix(fileIsFine + ")")
        }

        /// The failure that `errno` `code` means.
        public init(code: Int32) {
            let text = String(cString: strerror(code))
            switch code {
            case EMFILE:
                var limit = rlimit()
                #if canImport(Glibc)
                let resource = Int32(RLIMIT_NOFILE.rawValue)
                #else
                let resource = RLIMIT_NOFILE
                #endif
                let shown = getrlimit(resource, &limit) == 0 ? " of \(limit.rlim_cur)" : ""
                reason = text + " (the open-files limit\(shown) is too low for ldpub: raise it with `ulimit -n`; " + Self.fileIsFine + ")"
            case ENFILE:
                reason = text + " (the system's table of open files is full; " + Self.fileIsFine + ")"
            default:
                reason = text
            }
        }
    }
}
