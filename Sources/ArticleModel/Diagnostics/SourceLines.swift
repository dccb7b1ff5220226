// ldpub — MIT licence.

/// The lines of a file's bytes, found once, so that excerpts of many diagnostics in one file
/// cost time in proportion to the lines shown, not to the file.
///
/// Lines end at LF, CR or CR LF, as libyaml counts them; a leading byte-order mark is not part
/// of the first line.
///
/// Lines are found as far as they are asked for: diagnostics come in line order, so the
/// excerpts of a file cost a scan up to the last line shown.
final class SourceLines {
    private let bytes: [UInt8]
    /// The byte offset where each line found so far starts.
    private var starts: [Int] = []
    /// Where the scan for the next line break goes on.
    private var scanned: Int
    /// Whether every line has been found.
    private var finished = false

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        scanned = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        starts.append(scanned)
    }

    /// Finds lines until `count` are known or the bytes end.
    private func findLines(upTo count: Int) {
        bytes.withUnsafeBufferPointer { bytes in
            var index = scanned
            while starts.count < count && !finished {
                index = Self.nextLineBreak(in: bytes, from: index)
                guard index < bytes.count else {
                    finished = true
                    break
                }
                if bytes[index] == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
                index += 1
                starts.append(index)
            }
            scanned = index
        }
    }

    /// The offset of the first LF or CR at or after `start`, or the end. Eight bytes at a time:
    /// a word with no byte below 0x0E (most of a text) holds neither.
    private static func nextLineBreak(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while index + 8 <= bytes.count {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                // The high bit of each byte that is below 0x0E (the classic "has a byte less than n").
                if (word &- 0x0E0E_0E0E_0E0E_0E0E) & ~word & 0x8080_8080_8080_8080 != 0 { break }
                index += 8
            }
        }
        while index < bytes.count, bytes[index] != 0x0A, bytes[index] != 0x0D { index += 1 }
        return index
    }

    /// Line `number` (1-based) without its line break, or nil past the last line.
    func line(_ number: Int) -> String? {
        guard number >= 1 else { return nil }
        findLines(upTo: number + 1)
        guard number <= starts.count else { return nil }
        let start = starts[number - 1]
        var end = number < starts.count ? starts[number] : bytes.count
        while end > start, bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D { end -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}
