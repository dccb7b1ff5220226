// ldpub — MIT licence.

/// A GitHub Actions workflow command that annotates a file: `::error file=…,line=…,col=…::message`.
///
/// Printed to standard output by a step of a workflow, it shows the message in the run's
/// summary and on the line of the pull request's diff. Messages are escaped as GitHub requires
/// (`%` as `%25`, carriage return as `%0D`, line feed as `%0A`), and property values also
/// `:` as `%3A` and `,` as `%2C`.
public struct GitHubAnnotation: Sendable, Hashable, CustomStringConvertible {
    /// The command, which sets how GitHub shows the annotation.
    public enum Level: String, Sendable, Hashable, CaseIterable {
        case error
        case warning
        case notice
    }

    public var level: Level
    /// The file, relative to the repository's root for the annotation to appear on its diff.
    public var file: String?
    /// 1-based.
    public var line: Int?
    /// 1-based.
    public var column: Int?
    public var endLine: Int?
    public var endColumn: Int?
    /// The message; it may span several lines.
    public var message: String

    /// Creates an annotation; omitted positions are left out of the command.
    public init(_ level: Level, file: String? = nil, line: Int? = nil, column: Int? = nil,
                endLine: Int? = nil, endColumn: Int? = nil, message: String) {
        self.level = level
        self.file = file
        self.line = line
        self.column = column
        self.endLine = endLine
        self.endColumn = endColumn
        self.message = message
    }

    /// The workflow command, one line without its line feed.
    public var description: String {
        let properties: [(String, String?)] = [
            ("file", file), ("line", line.map(String.init)), ("col", column.map(String.init)),
            ("endLine", endLine.map(String.init)), ("endColumn", endColumn.map(String.init)),
        ]
        let written = properties.compactMap { name, value in value.map { "\(name)=\(Self.escapeProperty($0))" } }
        let head = written.isEmpty ? "::\(level.rawValue)" : "::\(level.rawValue) \(written.joined(separator: ","))"
        return "\(head)::\(Self.escapeData(message))"
    }

    /// A message escaped for a workflow command: `%`, carriage return and line feed.
    public static func escapeData(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": escaped += "%25"
            case "\r": escaped += "%0D"
            case "\n": escaped += "%0A"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    /// A property value escaped for a workflow command: as a message, and `:` and `,` too.
    public static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingColonsAndCommas()
    }
}

private extension String {
    func replacingColonsAndCommas() -> String {
        var escaped = ""
        for scalar in unicodeScalars {
            switch scalar {
            case ":": escaped += "%3A"
            case ",": escaped += "%2C"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }
}
