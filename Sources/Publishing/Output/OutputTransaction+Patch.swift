// ldpub — MIT licence.

import BuildCache

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension OutputTransaction {
    /// New bytes for a range of a file in the output folder.
    public struct Replacement: Sendable, Hashable {
        public let range: Range<Int>
        public let bytes: [UInt8]

        /// `bytes` in the place of `range`.
        public init(range: Range<Int>, bytes: [UInt8]) {
            self.range = range
            self.bytes = bytes
        }
    }

    /// Stages a new version of the top-level file at `path`: the file the output folder holds now
    /// with `replacements` (sorted, not overlapping) made, its other bytes copied in the kernel
    /// where it can (Linux's `sendfile`). For a large site file of which a build changed small
    /// parts. A replacement with the bytes already there is no change; with none left, the file
    /// counts as unchanged and nothing is staged. Returns false, staging nothing, when the file in
    /// the output folder is not a regular file of `expectedSize` bytes. Thread-safe; a failure to
    /// write is remembered as in ``stage(_:)``.
    public func stagePatch(of path: OutputPath, expectedSize: Int, replacements: [Replacement]) -> Bool {
        guard path.split.folder.isEmpty, state.withLock({ $0.failure == nil }) else { return false }
        let source = openat(root.descriptor, path.relative, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard source >= 0 else { return false }
        defer { close(source) }
        var info = stat()
        guard fstat(source, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) == expectedSize,
              zip(replacements, replacements.dropFirst()).allSatisfy({ $0.range.upperBound <= $1.range.lowerBound }),
              replacements.allSatisfy({ $0.range.upperBound <= expectedSize }) else { return false }
        let changes = replacements.filter { !Self.holds($0.bytes, at: $0.range, in: source) }
        guard !changes.isEmpty else {
            addUnchanged(path: path.relative, stamp: FileStamp.of(descriptor: source))
            return true
        }
        var segments: [PatchSegment] = []
        var copied = 0
        for change in changes {
            if copied < change.range.lowerBound { segments.append(.unchanged(copied..<change.range.lowerBound)) }
            segments.append(.new(change.bytes))
            copied = change.range.upperBound
        }
        if copied < expectedSize { segments.append(.unchanged(copied..<expectedSize)) }
        let temporary = nextTemporaryName()
        let target = openat(staging.descriptor, temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard target >= 0 else {
            remember(OutputError("cannot write in '\(staging.displayPath)': \(SystemError.text(errno))"))
            return true
        }
        var failure: Int32 = 0
        for segment in segments where failure == 0 {
            switch segment {
            case .unchanged(let range): failure = Self.copy(range, from: source, to: target)
            case .new(let bytes): failure = FileDescriptorIO.writeAll(bytes, to: target)
            }
        }
        let stamp = FileStamp.of(descriptor: target)
        if close(target) != 0 && failure == 0 { failure = errno }
        if failure != 0 {
            unlinkat(staging.descriptor, temporary, 0)
            remember(OutputError("cannot write '\(outputPath)/\(path.relative)': \(SystemError.text(failure))"))
            return true
        }
        addStaged(temporary: temporary, path: path.relative, stamp: stamp)
        return true
    }

    private enum PatchSegment {
        case unchanged(Range<Int>)
        case new([UInt8])
    }

    /// Whether the bytes `range` of `file` are `bytes`.
    private static func holds(_ bytes: [UInt8], at range: Range<Int>, in file: Int32) -> Bool {
        bytes.count == range.count && FileDescriptorIO.read(range.count, from: file, at: range.lowerBound) == bytes
    }

    /// Copies `range` of `source` to the end of `target`; 0 or an errno.
    private static func copy(_ range: Range<Int>, from source: Int32, to target: Int32) -> Int32 {
        var offset = range.lowerBound
        while offset < range.upperBound {
            #if os(Linux)
            var from = off_t(offset)
            let count = sendfile(target, source, &from, range.upperBound - offset)
            if count > 0 {
                offset += count
                continue
            }
            if count < 0 && errno == EINTR { continue }
            if count == 0 { return EIO }
            guard errno == ENOSYS || errno == EINVAL else { return errno }
            #endif
            // No kernel copy here: read and write.
            var buffer = [UInt8](repeating: 0, count: min(1 << 20, range.upperBound - offset))
            let read = buffer.withUnsafeMutableBytes { pread(source, $0.baseAddress!, $0.count, off_t(offset)) }
            if read < 0 && errno == EINTR { continue }
            guard read > 0 else { return read == 0 ? EIO : errno }
            let failure = FileDescriptorIO.writeAll(Array(buffer[..<read]), to: target)
            if failure != 0 { return failure }
            offset += read
        }
        return 0
    }

}
