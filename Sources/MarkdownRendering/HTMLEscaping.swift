// ldpub — MIT licence.

/// Escaping plain text for HTML: the one place where text becomes HTML character data.
///
/// The result is safe both between tags and inside a double- or single-quoted attribute value.
public enum HTMLEscaping {
    /// Escapes `&`, `<`, `>`, `"` and `'` as `&amp;`, `&lt;`, `&gt;`, `&quot;` and `&#39;`.
    ///
    /// Every other character, including non-ASCII text, newlines and tabs, is kept as it is.
    /// - Parameter text: Plain text.
    /// - Returns: HTML text that displays as `text`.
    public static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: needsEscaping) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        appendEscaped(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }
}
