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
        guard let bytes = bytes(of: descriptor, size: Int(info.st_size)) else { return .failure(Failure(code: errno)) }
        return .success(bytes)
    }

    /// The first `size` bytes of the open file `descriptor` (the size `fstat` gave), read
    /// straight into the array's storage with no zero-filling first; fewer when the file shrank
    /// meanwhile, and no more when it grew; nil when reading fails (`errno` says why).
    static func bytes(of descriptor: Int32, size: Int) -> [UInt8]? {
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
            var filled = 0
            while filled < size {
                let count = read(descriptor, buffer.baseAddress! + filled, size - filled)
                if count < 0 && errno == EINTR { continue }
                failed = count < 0
                guard count > 0 else { break }
                filled += count
            }
            initialized = filled
        }
        return failed ? nil : bytes
    }

    /// `RLIMIT_NOFILE`, the open-files limit, as `getrlimit` and `setrlimit` take it here.
    public static var openFilesResource: Int32 {
        #if canImport(Glibc)
        Int32(RLIMIT_NOFILE.rawValue)
        #else
        RLIMIT_NOFILE
        #endif
    }

    /// Why a file could not be read: the system's words, and what to do when a limit of this
    /// process or of the system was reached (not a problem of the file).
    public struct Failure: Error, Sendable, Hashable {
        /// One phrase, without a final period.
        public let reason: String
        /// The `errno` it came from, when it came from one.
        public let code: Int32?

        init(reason: String) {
            self.reason = reason
            code = nil
        }

        /// Whether the file is not there (`ENOENT`).
        public var isNoSuchFile: Bool { code == ENOENT }

        private static let fileIsFine = "the file itself is fine"

        /// Whether a limit of this process or of the system was reached (`EMFILE`, `ENFILE`): the
        /// file itself is fine.
        public var isSystemLimit: Bool { code.map(Self.isSystemLimit) ?? false }

        /// Whether `errno` `code` says that a limit of this process (`EMFILE`) or of the system
        /// (`ENFILE`) on open files was reached: for any call that makes a descriptor, not only a read.
        public static func isSystemLimit(_ code: Int32) -> Bool { code == EMFILE || code == ENFILE }

        /// The failure that `errno` `code` means.
        public init(code: Int32) {
            self.code = code
            let text = String(cString: strerror(code))
            switch code {
            case EMFILE:
                var limit = rlimit()
                let shown = getrlimit(FileReading.openFilesResource, &limit) == 0 ? " of \(limit.rlim_cur)" : ""
                reason = text + " (the open-files limit\(shown) is too low for ldpub: raise it with `ulimit -n`; " + Self.fileIsFine + ")"
            case ENFILE:
                reason = text + " (the system's table of open files is full; " + Self.fileIsFine + ")"
            default:
                reason = text
            }
        }
    }
}
