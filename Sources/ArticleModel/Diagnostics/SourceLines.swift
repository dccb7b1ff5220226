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
        var index = scanned
        while starts.count < count && !finished {
            while index < bytes.count, bytes[index] != 0x0A, bytes[index] != 0x0D { index += 1 }
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
