// ldpub — MIT licence.

extension String {
    /// The text without leading and trailing whitespace (spaces, tabs, line breaks).
    var trimmingSpaces: String {
        // Text that starts and ends with a visible ASCII character has nothing to trim.
        if let first = utf8.first, let last = utf8.last, Self.isVisibleASCII(first), Self.isVisibleASCII(last) {
            return self
        }
        guard let first = firstIndex(where: { !$0.isWhitespace }),
              let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }

    private static func isVisibleASCII(_ byte: UInt8) -> Bool {
        byte > 0x20 && byte < 0x7F
    }
}
