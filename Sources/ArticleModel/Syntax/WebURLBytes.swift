// ldpub — MIT licence.

/// The checks of ``WebURL`` done on the bytes of ASCII text, as URLs nearly always are: each
/// character is then one byte, and the same rules give the same answers without walking
/// characters. Each check answers nil for text it leaves to the character-level check.
enum WebURLBytes: ASCIIByteClasses {
    /// ``WebURL/isAbsoluteHTTP(_:)`` for printable ASCII (`!` to `~`); nil for any other text.
    static func isAbsoluteHTTP(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard bytes.allSatisfy({ (0x21...0x7E).contains($0) }) else { return nil }
        let schemeLength: Int
        if hasPrefixIgnoringCase(bytes, "https://") {
            schemeLength = 8
        } else if hasPrefixIgnoringCase(bytes, "http://") {
            schemeLength = 7
        } else {
            return false
        }
        // What cannot stand in a URL: `"`, `<`, `>` and `\` (spaces and controls are not printable).
        guard !bytes.contains(where: isExcludedPrintable) else { return false }
        let rest = bytes[schemeLength...]
        let authority = rest[..<(rest.firstIndex { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") } ?? rest.endIndex)]
        let hostAndPort = authority[((authority.lastIndex(of: UInt8(ascii: "@")) ?? (authority.startIndex - 1)) + 1)...]
        if hostAndPort.first == UInt8(ascii: "[") {
            guard let close = hostAndPort.firstIndex(of: UInt8(ascii: "]")) else { return false }
            let host = hostAndPort[(hostAndPort.startIndex + 1)..<close]
            let afterHost = hostAndPort[(close + 1)...]
            guard afterHost.isEmpty || (afterHost.first == UInt8(ascii: ":") && afterHost.dropFirst().allSatisfy(isDigit)) else { return false }
            return !host.isEmpty && host.allSatisfy { isHexDigit($0) || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: ".") }
        }
        let colon = hostAndPort.firstIndex(of: UInt8(ascii: ":"))
        if let colon, !hostAndPort[(colon + 1)...].allSatisfy(isDigit) { return false }
        let host = hostAndPort[..<(colon ?? hostAndPort.endIndex)]
        return !host.isEmpty && host.first != UInt8(ascii: ".") && host.first != UInt8(ascii: "-")
            && host.allSatisfy { isLetter($0) || isDigit($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".") }
    }

    /// Whether ASCII text has only characters that can stand in a URL; nil for text with other bytes.
    static func hasOnlyURLCharacters(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        var printable = true
        for byte in bytes {
            if byte >= 0x80 { return nil }
            if byte <= 0x20 || byte == 0x7F || isExcludedPrintable(byte) { printable = false }
        }
        return printable
    }

    /// `"`, `<`, `>` and `\`.
    private static func isExcludedPrintable(_ byte: UInt8) -> Bool {
        byte == 0x22 || byte == 0x3C || byte == 0x3E || byte == 0x5C
    }
}
