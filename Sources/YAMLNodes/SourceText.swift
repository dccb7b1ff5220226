// ldpub — MIT licence.

/// Helpers that find positions in raw UTF-8 bytes the way libyaml counts them.
enum SourceText {
    /// The mark of a byte offset: lines broken by LF, CR or CRLF, columns counted in Unicode
    /// scalars. A leading byte-order mark is not counted, as libyaml skips it.
    static func mark(atByteOffset offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Mark {
        var line = 1
        var column = 1
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let end = min(offset, bytes.count)
        while index < end {
            let byte = bytes[index]
            if byte == 0x0A || (byte == 0x0D && (index + 1 >= bytes.count || bytes[index + 1] != 0x0A)) {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 && byte != 0x0D {
                column += 1
            }
            index += 1
        }
        return Mark(line: line, column: column)
    }
}

extension SourceText {
    /// Line `number` (1-based) as text, without its line break, or nil past the last line.
    /// Lines break at LF, CR or CRLF, as ``mark(atByteOffset:in:)`` counts them.
    static func line(_ number: Int, in bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var line = 1
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var start = index
        while index < bytes.count {
            let byte = bytes[index]
            guard byte == 0x0A || byte == 0x0D else {
                index += 1
                continue
            }
            if line == number { break }
            if byte == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
            index += 1
            line += 1
            start = index
        }
        guard line == number else { return nil }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
    }
}
