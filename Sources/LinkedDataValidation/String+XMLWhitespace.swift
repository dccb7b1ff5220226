// ldpub — MIT licence.

extension String {
    /// The string without leading and trailing XML white space (space, tab, CR, LF).
    func trimmingXMLWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }

    /// The string shortened to `limit` characters with "..." and its white space runs collapsed,
    /// for quoting values in messages.
    func shortened(to limit: Int = 60) -> String {
        // Visible ASCII has no white space to collapse and one character per byte.
        if utf8.count <= limit && isVisibleASCII { return self }
        let collapsed = split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        guard collapsed.count > limit else { return collapsed }
        return String(collapsed.prefix(limit - 3)) + "..."
    }

    /// Whether every character is a visible ASCII character (not even a space).
    private var isVisibleASCII: Bool {
        utf8.allSatisfy { $0 > 0x20 && $0 < 0x7F }
    }
}
