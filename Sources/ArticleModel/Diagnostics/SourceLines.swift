// ldpub — MIT licence.

/// The lines of a file's bytes, found once, so that excerpts of many diagnostics in one file
/// cost time in proportion to the lines shown, not to the file.
///
/// Lines end at LF, CR or CR LF, as libyaml counts them; a leading byte-order mark is not part
/// of the first line.
struct SourceLines {
    private let bytes: [UInt8]
    /// The byte offset where each line starts, then the end of the bytes.
    private var starts: [Int] = []

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        starts.append(index)
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A || byte == 0x0D {
                if byte == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
                starts.append(index + 1)
            }
            index += 1
        }
    }

    /// Line `number` (1-based) without its line break, or nil past the last line.
    func line(_ number: Int) -> String? {
        guard number >= 1, number <= starts.count else { return nil }
        let start = starts[number - 1]
        var end = number < starts.count ? starts[number] : bytes.count
        while end > start, bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D { end -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}
