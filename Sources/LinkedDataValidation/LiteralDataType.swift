// ldpub — MIT licence.

/// The schema.org data types whose lexical forms the JSON-LD check knows; a literal fits a
/// property when it fits one of them (or when the range accepts any text).
enum LiteralDataType: Sendable {
    case boolean, integer, number, date, dateTime, time, duration, quantity

    /// The form checked for a data type name; `nil` for names with no lexical check
    /// (`URL`, which is checked on its own, and any other type).
    init?(name: String) {
        switch name {
        case "Boolean": self = .boolean
        case "Integer": self = .integer
        case "Number", "Float": self = .number
        case "Date": self = .date
        case "DateTime": self = .dateTime
        case "Time": self = .time
        case "Duration": self = .duration
        case "Quantity", "Distance", "Energy", "Mass": self = .quantity
        default: return nil
        }
    }
}
