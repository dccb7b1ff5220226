// ldpub — MIT licence.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whole writes and reads on an open file, retried where a signal cut them short: the one loop
/// the output folder's writers, the site graph's patch and the fragment spill share.
enum FileDescriptorIO {
    /// Writes all of `bytes` at the file's position, or at `offset`; 0, or the errno that stopped it.
    static func writeAll(_ bytes: [UInt8], to descriptor: Int32, at offset: Int? = nil) -> Int32 {
        var done = 0
        while done < bytes.count {
            let count = bytes.withUnsafeBytes { buffer in
                let start = buffer.baseAddress! + done
                return offset.map { pwrite(descriptor, start, buffer.count - done, off_t($0 + done)) }
                    ?? write(descriptor, start, buffer.count - done)
            }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return count == 0 ? EIO : errno }
            done += count
        }
        return 0
    }

    /// Exactly `count` bytes read at `offset`; nil when the file has fewer there or cannot be read.
    static func read(_ count: Int, from descriptor: Int32, at offset: Int) -> [UInt8]? {
        var bytes = [UInt8](repeating: 0, count: count)
        var done = 0
        while done < count {
            let read = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress! + done, count - done, off_t(offset + done)) }
            if read < 0 && errno == EINTR { continue }
            guard read > 0 else { return nil }
            done += read
        }
        return bytes
    }
}
