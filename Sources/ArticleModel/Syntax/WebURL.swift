// ldpub — MIT licence.

/// Checks on the URLs of the input.
public enum WebURL {
    /// Whether `text` is an absolute `http` or `https` URL with a host, and nothing that
    /// cannot stand in a URL (white space, control characters, `<`, `>`, `"`, `\`).
    public static func isAbsoluteHTTP(_ text: String) -> Bool {
        let answer: Bool?? = text.utf8.withContiguousStorageIfAvailable(WebURLBytes.isAbsoluteHTTP)
        return (answer ?? nil) ?? isAbsoluteHTTPByCharacters(text)
    }

    /// ``isAbsoluteHTTP(_:)`` character by character: for any text (the byte path answers for printable ASCII).
    static func isAbsoluteHTTPByCharacters(_ text: String) -> Bool {
        let lowered = text.lowercased()
        let rest: Substring
        if lowered.hasPrefix("https://") {
            rest = text.dropFirst(8)
        } else if lowered.hasPrefix("http://") {
            rest = text.dropFirst(7)
        } else {
            return false
        }
        guard hasOnlyURLCharacters(text) else { return false }
        let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let hostAndPort = authority.split(separator: "@", omittingEmptySubsequences: false).last ?? ""
        let host: Substring
        if hostAndPort.hasPrefix("[") {
            guard let close = hostAndPort.firstIndex(of: "]") else { return false }
            host = hostAndPort[hostAndPort.index(after: hostAndPort.startIndex)..<close]
            let afterHost = hostAndPort[hostAndPort.index(after: close)...]
            guard afterHost.isEmpty || (afterHost.hasPrefix(":") && afterHost.dropFirst().allSatisfy(\.isNumber)) else { return false }
            return !host.isEmpty && host.allSatisfy { $0.isHexDigit || $0 == ":" || $0 == "." }
        }
        let parts = hostAndPort.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        host = parts[0]
        if parts.count == 2, !(parts[1].allSatisfy { $0.isASCII && $0.isNumber }) { return false }
        return !host.isEmpty && !host.hasPrefix(".") && !host.hasPrefix("-")
            && host.allSatisfy { !$0.isASCII || $0.isLetter || $0.isNumber || $0 == "-" || $0 == "." }
    }

    /// The path of an absolute URL: `/kennis/` of `https://www.example.org/kennis/`, or nil when
    /// it has no scheme or no path.
    public static func path(of url: String) -> String? {
        guard let scheme = url.range(of: "://"), let slash = url[scheme.upperBound...].firstIndex(of: "/") else { return nil }
        return String(url[slash...])
    }

    /// Whether `text` is a reference relative to the site URL: no scheme (so no `javascript:`
    /// or `data:`), not protocol-relative (`//host`), not empty, and only URL characters.
    public static func isRelativeReference(_ text: String) -> Bool {
        !text.isEmpty && !text.hasPrefix("//") && !URLResolution.hasScheme(text) && hasOnlyURLCharacters(text)
    }

    private static func hasOnlyURLCharacters(_ text: String) -> Bool {
        let answer: Bool?? = text.utf8.withContiguousStorageIfAvailable(WebURLBytes.hasOnlyURLCharacters)
        return (answer ?? nil) ?? hasOnlyURLCharactersByScalars(text)
    }

    /// ``hasOnlyURLCharacters(_:)`` scalar by scalar, for any text.
    static func hasOnlyURLCharactersByScalars(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { scalar in
            switch scalar.value {
            case 0...0x20, 0x7F...0x9F: return false
            case 0x22, 0x3C, 0x3E, 0x5C: return false  // " < > \
            default: return !scalar.properties.isWhitespace
            }
        }
    }
}
