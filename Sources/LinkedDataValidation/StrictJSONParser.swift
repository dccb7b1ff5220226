// ldpub — MIT licence.

import Foundation
import LinkedDataJSON

/// A strict RFC 8259 parser that builds ``JSONValue`` trees and locates the first error.
///
/// Foundation's decoders accept some invalid JSON (trailing commas) and report errors without a
/// location; browsers, search engines and the conformance kit reject that JSON. This parser
/// reads the bytes once, keeps object members in document order (a repeated member name keeps
/// its first position and its last value, as JavaScript does), rejects text that is not UTF-8,
/// tolerates a leading byte order mark, and stops at 512 levels of nesting.
enum StrictJSONParser {
    /// Where and why a document is not JSON.
    struct Failure: Error {
        /// 1-based.
        let line: Int
        /// 1-based, counted in Unicode scalars.
        let column: Int
        let reason: String

        var message: String { "invalid JSON: \(reason)" }
        var position: TextPosition { TextPosition(line: line, column: column) }
    }

    static let maximumDepth = 512

    static func parse(_ data: Data) -> Result<JSONValue, Failure> {
        data.withUnsafeBytes { raw in
            var parser = Parser(bytes: raw.bindMemory(to: UInt8.self), locating: false)
            return parser.run().map(\.value)
        }
    }

    /// Parses like ``parse(_:)``, and also maps where every value (and member name) starts.
    ///
    /// Slower than ``parse(_:)``: used again on a document that has problems, to locate them.
    static func parseLocated(_ data: Data) -> Result<(value: JSONValue, map: JSONSourceMap), Failure> {
        data.withUnsafeBytes { raw in
            var parser = Parser(bytes: raw.bindMemory(to: UInt8.self), locating: true)
            return parser.run().map { parsed in
                (parsed.value, parsed.map ?? JSONSourceMap(offset: 0, keyOffset: 0, children: []))
            }
        }
    }

    private struct Parser {
        /// A container being filled.
        enum Frame {
            case object(JSONObject, names: Set<String>, pendingName: String)
            case array([JSONValue])
        }

        /// The source map of a container being filled, beside its ``Frame`` (when locating).
        struct MapFrame {
            /// Where the container starts.
            let offset: Int
            var children: [JSONSourceMap] = []
            /// Where the name of the member being read starts (objects).
            var pendingKeyOffset = 0
        }

        let bytes: UnsafeBufferPointer<UInt8>
        /// Whether to make a ``JSONSourceMap``.
        let locating: Bool
        var index = 0
        var stack: [Frame] = []
        var maps: [MapFrame] = []
        /// Where the last member name read starts.
        var nameOffset = 0

        init(bytes: UnsafeBufferPointer<UInt8>, locating: Bool) {
            self.bytes = bytes
            self.locating = locating
        }

        var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

        mutating func run() -> Result<(value: JSONValue, map: JSONSourceMap?), Failure> {
            if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { index = 3 }
            while true {
                let value: JSONValue, valueStart: Int
                switch readValue() {
                case .failure(let failure): return .failure(failure)
                case .success(nil): continue
                case .success(let read?): (value, valueStart) = read
                }
                // Where the value starts, when locating; a container's children are added as it closes.
                let valueMap = locating ? JSONSourceMap(offset: valueStart, keyOffset: valueStart, children: []) : nil
                switch store(value, map: valueMap) {
                case .failure(let failure): return .failure(failure)
                case .success(let document?): return .success(document)
                case .success(nil): continue
                }
            }
        }

        /// Reads a scalar or an empty container, with where it starts; nil when a container was
        /// opened (its members are read next).
        private mutating func readValue() -> Result<(value: JSONValue, start: Int)?, Failure> {
            skipSpace()
            guard let byte = peek else { return .failure(fail("the document ends where a value is expected")) }
            let valueStart = index
            switch byte {
            case UInt8(ascii: "{"):
                index += 1
                skipSpace()
                if peek == UInt8(ascii: "}") {
                    index += 1
                    return .success((.object(JSONObject()), valueStart))
                }
                guard stack.count < StrictJSONParser.maximumDepth else { return .failure(fail("nesting deeper than \(StrictJSONParser.maximumDepth) levels")) }
                switch memberName() {
                case .failure(let failure): return .failure(failure)
                case .success(let name): stack.append(.object(JSONObject(), names: [], pendingName: name))
                }
                if locating { maps.append(MapFrame(offset: valueStart, pendingKeyOffset: nameOffset)) }
                return .success(nil)
            case UInt8(ascii: "["):
                index += 1
                skipSpace()
                if peek == UInt8(ascii: "]") {
                    index += 1
                    return .success((.array([]), valueStart))
                }
                guard stack.count < StrictJSONParser.maximumDepth else { return .failure(fail("nesting deeper than \(StrictJSONParser.maximumDepth) levels")) }
                stack.append(.array([]))
                if locating { maps.append(MapFrame(offset: valueStart)) }
                return .success(nil)
            case UInt8(ascii: "\""):
                return string().map { (.string($0), valueStart) }
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                return number().map { ($0, valueStart) }
            case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
                return literal().map { ($0, valueStart) }
            default:
                return .failure(fail("unexpected \(describe(byte)) where a value is expected"))
            }
        }

        /// Stores `value` in the open container, closing containers as long as they end; the
        /// document when the top-level value is complete, nil when more is to be read.
        private mutating func store(_ value: JSONValue, map valueMap: JSONSourceMap?) -> Result<(value: JSONValue, map: JSONSourceMap?)?, Failure> {
            var value = value, valueMap = valueMap
            while true {
                guard let frame = stack.popLast() else {
                    skipSpace()
                    if let extra = peek { return .failure(fail("unexpected \(describe(extra)) after the top-level value")) }
                    return .success((value, valueMap))
                }
                skipSpace()
                var map = locating ? maps.popLast() : nil
                let closed: Result<JSONValue?, Failure>
                switch frame {
                case .object(var object, var names, let name):
                    if names.insert(name).inserted {
                        object.append(name, value)
                        if var child = valueMap, let key = map?.pendingKeyOffset {
                            child.keyOffset = key
                            map?.children.append(child)
                        }
                    } else {
                        object[name] = value
                        if var child = valueMap, let key = map?.pendingKeyOffset, let position = object.members.firstIndex(where: { $0.key == name }) {
                            child.keyOffset = key
                            map?.children[position] = child
                        }
                    }
                    closed = continueObject(object, names: names, map: map)
                case .array(var elements):
                    elements.append(value)
                    if let child = valueMap { map?.children.append(child) }
                    closed = continueArray(elements, map: map)
                }
                switch closed {
                case .failure(let failure): return .failure(failure)
                case .success(nil): return .success(nil)
                case .success(let container?):
                    value = container
                    valueMap = map.map { JSONSourceMap(offset: $0.offset, keyOffset: $0.offset, children: $0.children) }
                }
            }
        }

        /// After a member: the object when it closes here; nil when the next member's name was
        /// read and the object is open again.
        private mutating func continueObject(_ object: JSONObject, names: Set<String>, map: MapFrame?) -> Result<JSONValue?, Failure> {
            guard let next = peek else { return .failure(fail("the document ends before '}'")) }
            if next == UInt8(ascii: "}") {
                index += 1
                return .success(.object(object))
            }
            guard next == UInt8(ascii: ",") else { return .failure(fail("expected ',' or '}', found \(describe(next))")) }
            index += 1
            skipSpace()
            if peek == UInt8(ascii: "}") { return .failure(fail("a trailing comma before '}'")) }
            switch memberName() {
            case .failure(let failure): return .failure(failure)
            case .success(let nextName): stack.append(.object(object, names: names, pendingName: nextName))
            }
            if var map {
                map.pendingKeyOffset = nameOffset
                maps.append(map)
            }
            return .success(nil)
        }

        /// After an element: the array when it closes here; nil when it is open again.
        private mutating func continueArray(_ elements: [JSONValue], map: MapFrame?) -> Result<JSONValue?, Failure> {
            guard let next = peek else { return .failure(fail("the document ends before ']'")) }
            if next == UInt8(ascii: "]") {
                index += 1
                return .success(.array(elements))
            }
            guard next == UInt8(ascii: ",") else { return .failure(fail("expected ',' or ']', found \(describe(next))")) }
            index += 1
            skipSpace()
            if peek == UInt8(ascii: "]") { return .failure(fail("a trailing comma before ']'")) }
            stack.append(.array(elements))
            if let map { maps.append(map) }
            return .success(nil)
        }

        /// A member name and its colon.
        mutating func memberName() -> Result<String, Failure> {
            skipSpace()
            guard let byte = peek else { return .failure(fail("the document ends where a member name is expected")) }
            guard byte == UInt8(ascii: "\"") else { return .failure(fail("expected a member name in double quotes, found \(describe(byte))")) }
            nameOffset = index
            let name = string()
            guard case .success = name else { return name }
            skipSpace()
            guard peek == UInt8(ascii: ":") else { return .failure(fail("expected ':' after a member name")) }
            index += 1
            return name
        }

        mutating func string() -> Result<String, Failure> {
            index += 1
            let start = index
            var hasEscapes = false
            while let byte = peek, byte != UInt8(ascii: "\"") {
                if byte == UInt8(ascii: "\\") {
                    hasEscapes = true
                    index += 2
                } else if byte < 0x20 {
                    return .failure(fail("a control character in a string (write '\\n' for a line break)"))
                } else {
                    index += 1
                }
            }
            guard index < bytes.count else {
                index = min(index, bytes.count)
                return .failure(fail("the document ends inside a string"))
            }
            let end = index
            index += 1
            let raw = UnsafeBufferPointer(rebasing: bytes[start..<end])
            if !hasEscapes {
                guard let text = String(validating: raw, as: UTF8.self) else {
                    index = start
                    return .failure(fail("a string that is not UTF-8"))
                }
                return .success(text)
            }
            return unescape(raw, at: start)
        }

        /// Decodes the escapes of a string's raw bytes, which start at `offset` in the document.
        mutating func unescape(_ raw: UnsafeBufferPointer<UInt8>, at offset: Int) -> Result<String, Failure> {
            var utf8: [UInt8] = []
            utf8.reserveCapacity(raw.count)
            var position = 0
            var pendingHighSurrogate: UInt32?
            func appendScalar(_ value: UInt32, into utf8: inout [UInt8]) {
                let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
                utf8.append(contentsOf: String(Character(scalar)).utf8)
            }
            while position < raw.count {
                let byte = raw[position]
                guard byte == UInt8(ascii: "\\") else {
                    if let high = pendingHighSurrogate { appendScalar(high, into: &utf8); pendingHighSurrogate = nil }
                    utf8.append(byte)
                    position += 1
                    continue
                }
                let escaped = position + 1 < raw.count ? raw[position + 1] : 0
                position += 2
                var code: UInt32?
                switch escaped {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): code = UInt32(escaped)
                case UInt8(ascii: "b"): code = 0x08
                case UInt8(ascii: "f"): code = 0x0C
                case UInt8(ascii: "n"): code = 0x0A
                case UInt8(ascii: "r"): code = 0x0D
                case UInt8(ascii: "t"): code = 0x09
                case UInt8(ascii: "u"):
                    var value: UInt32 = 0
                    for digit in 0..<4 {
                        guard position + digit < raw.count, let hex = Self.hexValue(raw[position + digit]) else {
                            index = offset + position - 2
                            return .failure(fail("'\\u' needs four hexadecimal digits"))
                        }
                        value = value * 16 + hex
                    }
                    position += 4
                    if (0xD800...0xDBFF).contains(value) {
                        if let high = pendingHighSurrogate { appendScalar(high, into: &utf8) }
                        pendingHighSurrogate = value
                        continue
                    }
                    if (0xDC00...0xDFFF).contains(value), let high = pendingHighSurrogate {
                        pendingHighSurrogate = nil
                        appendScalar(0x10000 + ((high - 0xD800) << 10) + (value - 0xDC00), into: &utf8)
                        continue
                    }
                    code = value
                default:
                    index = offset + position - 2
                    return .failure(fail("invalid escape '\\\(Character(Unicode.Scalar(escaped)))' in a string"))
                }
                if let high = pendingHighSurrogate { appendScalar(high, into: &utf8); pendingHighSurrogate = nil }
                if let code { appendScalar(code, into: &utf8) }
            }
            if let high = pendingHighSurrogate { appendScalar(high, into: &utf8) }
            guard let text = String(validating: utf8, as: UTF8.self) else {
                index = offset
                return .failure(fail("a string that is not UTF-8"))
            }
            return .success(text)
        }

        static func hexValue(_ byte: UInt8) -> UInt32? {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
            default: return nil
            }
        }

        mutating func number() -> Result<JSONValue, Failure> {
            let start = index
            var isInteger = true
            if peek == UInt8(ascii: "-") { index += 1 }
            guard let first = peek, first.isASCIIDigit else { return .failure(fail("an invalid number")) }
            index += 1
            if first != UInt8(ascii: "0") { while let digit = peek, digit.isASCIIDigit { index += 1 } }
            if peek == UInt8(ascii: ".") {
                isInteger = false
                index += 1
                guard let digit = peek, digit.isASCIIDigit else { return .failure(fail("an invalid number")) }
                while let digit = peek, digit.isASCIIDigit { index += 1 }
            }
            if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
                isInteger = false
                index += 1
                if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { index += 1 }
                guard let digit = peek, digit.isASCIIDigit else { return .failure(fail("an invalid number")) }
                while let digit = peek, digit.isASCIIDigit { index += 1 }
            }
            if let next = peek, next.isASCIIDigit || next.isASCIILetter || next == UInt8(ascii: ".") {
                return .failure(fail("an invalid number"))
            }
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
            if isInteger, let integer = Int(text) { return .success(.int(integer)) }
            return .success(.double(Double(text) ?? .nan))
        }

        mutating func literal() -> Result<JSONValue, Failure> {
            for (word, value) in [("true", JSONValue.bool(true)), ("false", .bool(false)), ("null", .null)] {
                let utf8 = Array(word.utf8)
                if bytes.count - index >= utf8.count && zip(bytes[index...], utf8).allSatisfy({ $0 == $1 }) {
                    let end = index + utf8.count
                    if end < bytes.count, bytes[end].isASCIILetter || bytes[end].isASCIIDigit { break }
                    index = end
                    return .success(value)
                }
            }
            return .failure(fail("unexpected \(describe(bytes[index])) where a value is expected (strings need double quotes)"))
        }

        mutating func skipSpace() {
            while let byte = peek, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { index += 1 }
        }

        func describe(_ byte: UInt8) -> String {
            if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
            return String(format: "byte 0x%02X", byte)
        }

        /// A failure at the current position.
        func fail(_ reason: String) -> Failure {
            var counter = LineCounter()
            let position = counter.position(of: index, in: bytes)
            return Failure(line: position.line, column: position.column, reason: reason)
        }
    }
}
