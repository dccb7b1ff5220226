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

    /// The Unicode scalar at a character index (libyaml's `mark.index`), if there is one.
    static func character(atIndex characterIndex: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Character? {
        var remaining = characterIndex
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while index < bytes.count {
            if bytes[index] & 0xC0 != 0x80 {
                if remaining == 0 {
                    return bytes[index] < 0x80 ? Character(Unicode.Scalar(bytes[index])) : nil
                }
                remaining -= 1
            }
            index += 1
        }
        return nil
    }
}
