// ldpub — MIT licence.

import ArticleModel
import BinaryRecords

extension BinaryWriter {
    /// A timestamp: year, month, day, and the time of day when there is one.
    public mutating func write(_ timestamp: Timestamp) {
        write(timestamp.year)
        write(timestamp.month)
        write(timestamp.day)
        write(timestamp.time != nil)
        if let time = timestamp.time {
            write(time.hour)
            write(time.minute)
            write(time.second)
            write(time.fraction)
            write(time.offsetMinutes)
        }
    }

    /// A flag, then the timestamp when there is one.
    public mutating func write(_ timestamp: Timestamp?) {
        write(timestamp != nil)
        if let timestamp { write(timestamp) }
    }
}

extension BinaryReader {
    /// What ``BinaryRecords/BinaryWriter/write(_:)-(Timestamp)`` wrote; a month or day out of range is malformed.
    public mutating func readTimestamp() throws(Malformed) -> Timestamp {
        let year = try readInt(), month = try readInt(), day = try readInt()
        guard (1...12).contains(month), (1...31).contains(day) else { throw Malformed() }
        guard try readBool() else { return Timestamp(year: year, month: month, day: day) }
        let time = Timestamp.TimeOfDay(hour: try readInt(), minute: try readInt(), second: try readInt(),
                                       fraction: try readString(), offsetMinutes: try readInt())
        return Timestamp(year: year, month: month, day: day, time: time)
    }

    /// What ``BinaryRecords/BinaryWriter/write(_:)-(Timestamp?)`` wrote.
    public mutating func readOptionalTimestamp() throws(Malformed) -> Timestamp? {
        try readBool() ? try readTimestamp() : nil
    }
}
