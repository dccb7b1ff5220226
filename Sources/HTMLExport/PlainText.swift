// ldpub — MIT licence.

/// Input text made safe to print on one line of a terminal or a Markdown table.
enum PlainText {
    /// `text` with line breaks and tabs as spaces and every other control character (such as
    /// the escape that starts a terminal sequence) as U+FFFD, so it can neither break the
    /// layout nor steer the terminal.
    static func singleLine(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n", "\r", "\t": result.append(" ")
            case _ where scalar.properties.generalCategory == .control: result.append("\u{FFFD}")
            default: result.append(scalar)
            }
        }
        return String(result)
    }

    /// `1 claim`, `2 claims`.
    static func count(_ value: Int, _ noun: String, plural: String? = nil) -> String {
        value == 1 ? "1 \(noun)" : "\(value) \(plural ?? noun + "s")"
    }
}
