// ldpub — MIT licence.

/// Byte classes of ASCII, for checks that work on UTF-8 bytes: a type that conforms gets them as
/// its own static functions.
package protocol ASCIIByteClasses {}

extension ASCIIByteClasses {
    /// `A`–`Z` or `a`–`z`.
    package static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }

    /// `0`–`9`.
    package static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }

    /// `0`–`9`, `a`–`f`, `A`–`F`.
    package static func isHexDigit(_ byte: UInt8) -> Bool {
        isDigit(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(byte)
    }

    /// Whether `bytes` start with `prefix` (written in lowercase), letters compared without case.
    package static func hasPrefixIgnoringCase(_ bytes: UnsafeBufferPointer<UInt8>, _ prefix: StaticString) -> Bool {
        prefix.withUTF8Buffer { prefix in
            bytes.count >= prefix.count && prefix.indices.allSatisfy { index in
                let byte = bytes[index]
                return (isLetter(byte) ? byte | 0x20 : byte) == prefix[index]
            }
        }
    }
}
