// ldpub — MIT licence.

/// Where the values of a parsed JSON document start in its bytes, shaped like the document.
///
/// ``StrictJSONParser/parseLocated(_:)`` makes one alongside the ``LinkedDataJSON/JSONValue``:
/// an array's map has one child per element, an object's one per member in the order of the
/// parsed object's members (a repeated name is mapped to its last occurrence, whose value the
/// object keeps). Maps are made only for documents whose problems are to be located, so the
/// ordinary parse allocates nothing for them.
struct JSONSourceMap: Sendable {
    /// The byte offset of the value's first byte (`{`, `[`, `"`, a digit, …).
    var offset: Int
    /// The byte offset of the opening quote of the member name, for a member of an object;
    /// the value's own offset otherwise.
    var keyOffset: Int
    /// The elements of an array, or the members of an object, in order; empty for other values.
    var children: [JSONSourceMap]

    /// The map of child `index`; this map itself when there is no such child (the map does not
    /// match the document), so a mismatch locates a problem loosely rather than failing.
    func child(_ index: Int) -> JSONSourceMap {
        children.indices.contains(index) ? children[index] : self
    }
}

/// Turns byte offsets into lines and columns, counting forward from the last offset asked for.
///
/// Columns count Unicode scalars (UTF-8 bytes that do not continue a character), as
/// ``TextPosition`` does; a line ends at a line feed.
struct LineCounter {
    private(set) var counted = 0
    private(set) var line = 1
    private(set) var column = 1

    /// The position of byte `offset` of `bytes`; offsets asked for must not decrease.
    mutating func position<Bytes: RandomAccessCollection<UInt8>>(of offset: Int, in bytes: Bytes) -> TextPosition where Bytes.Index == Int {
        let end = min(offset, bytes.count)
        while counted < end {
            let byte = bytes[counted]
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            counted += 1
        }
        return TextPosition(line: line, column: column)
    }
}
