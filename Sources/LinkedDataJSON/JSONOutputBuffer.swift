// ldpub — MIT licence.

/// The bytes ``JSONWriter`` is producing, in memory it owns.
///
/// The writer appends one or two bytes at a time (quotes, commas, colons, line feeds) far more
/// often than long runs; here such an append is a capacity check and a store, without the
/// uniqueness check `Array` makes on every call.
struct JSONOutputBuffer: ~Copyable {
    private var start: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private(set) var count = 0

    /// An empty buffer with room for `capacity` bytes.
    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        start = .allocate(capacity: self.capacity)
    }

    deinit {
        start.deallocate()
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        if count == capacity { grow(toFit: 1) }
        start[count] = byte
        count += 1
    }

    @inline(__always)
    mutating func append(_ first: UInt8, _ second: UInt8) {
        if capacity - count < 2 { grow(toFit: 2) }
        start[count] = first
        start[count + 1] = second
        count += 2
    }

    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, bytes.count > 0 else { return }
        if capacity - count < bytes.count { grow(toFit: bytes.count) }
        (start + count).initialize(from: source, count: bytes.count)
        count += bytes.count
    }

    /// Appends `bytes` between double quotes.
    mutating func appendQuoted(_ bytes: UnsafeBufferPointer<UInt8>) {
        if capacity - count < bytes.count + 2 { grow(toFit: bytes.count + 2) }
        start[count] = UInt8(ascii: "\"")
        if let source = bytes.baseAddress {
            (start + count + 1).initialize(from: source, count: bytes.count)
        }
        count += bytes.count + 2
        start[count - 1] = UInt8(ascii: "\"")
    }

    /// Appends text, such as `null`, a number or a prefix.
    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    /// Appends `byte` `repetitions` times.
    mutating func append(_ byte: UInt8, repeated repetitions: Int) {
        guard repetitions > 0 else { return }
        if capacity - count < repetitions { grow(toFit: repetitions) }
        (start + count).initialize(repeating: byte, count: repetitions)
        count += repetitions
    }

    /// The bytes written so far, as text.
    var string: String {
        String(unsafeUninitializedCapacity: count) { text in
            guard let destination = text.baseAddress else { return 0 }
            destination.initialize(from: start, count: count)
            return count
        }
    }

    /// Appends the bytes written so far to `bytes`.
    func copy(to bytes: inout [UInt8]) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: start, count: count))
    }

    /// Moves the bytes to memory with room for at least `extra` more.
    private mutating func grow(toFit extra: Int) {
        let newCapacity = max(capacity * 2, count + extra)
        let newStart = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newStart.initialize(from: start, count: count)
        start.deallocate()
        start = newStart
        capacity = newCapacity
    }
}
