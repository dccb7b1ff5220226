// ldpub — MIT licence.

import BinaryRecords
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file of the ``CacheFolder`` in chunks, so a large cache file is never held in
/// memory whole: appended to in place (bytes already there never change), or written under a
/// temporary name and renamed over the old file by ``finish()``. Best effort, as befits a
/// cache: ``finish()`` says whether every byte was written.
package final class CacheFileWriter {
    /// Where the caller puts bytes; flushed to the file by ``flushIfFull()`` and ``finish()``.
    var buffer = BinaryWriter(capacity: 1 << 20)
    private let descriptor: Int32
    private let place: (Bool) -> Bool
    private var flushed: Int
    private var failed = false

    /// A writer to `descriptor`, which holds `size` bytes already; `place` is called with whether
    /// the writing succeeded, and says whether the file is in place.
    package init(descriptor: Int32, size: Int, place: @escaping (Bool) -> Bool) {
        self.descriptor = descriptor
        flushed = size
        self.place = place
    }

    /// The offset in the file of the next byte put in ``buffer``.
    package var offset: Int { flushed + buffer.bytes.count }

    /// Appends `bytes` as they are.
    package func append(raw bytes: [UInt8]) {
        buffer.append(unframed: bytes[...])
    }

    /// Appends an article's pieces; returns where they are in the file.
    package func append(_ pieces: ArticlePieces) -> Range<Int> {
        let begin = offset
        pieces.write(to: &buffer)
        return begin..<offset
    }

    /// Writes out the buffer once it holds a megabyte or more.
    package func flushIfFull() {
        if buffer.bytes.count >= 1 << 20 { flush() }
    }

    /// Writes out the rest, closes the file and puts it in place; true when it all succeeded.
    package func finish() -> Bool {
        flush()
        let closed = close(descriptor) == 0
        return place(closed && !failed)
    }

    private func flush() {
        let bytes = buffer.bytes
        flushed += bytes.count
        buffer.removeAll()
        guard !failed else { return }
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress! + written, $0.count - written) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else {
                failed = true
                return
            }
            written += count
        }
    }
}
