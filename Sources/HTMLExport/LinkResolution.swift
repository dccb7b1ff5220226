// ldpub — MIT licence.

import ArticleModel

/// ``URLResolution/resolve(_:against:)`` for the links of a section body, done on bytes.
///
/// `URLResolution` walks characters and costs about 150,000 instructions for a relative link
/// such as `../other-article/`, more than the rest of its section. When the reference and
/// the base are printable ASCII, as links nearly always are, each character is one byte, so
/// the same steps (RFC 3986 section 5: merge with the base's directory, remove dot segments)
/// done on bytes give exactly the same URL; an absolute reference comes back as it is. Any
/// other reference is resolved by `URLResolution` itself.
enum LinkResolution {
    /// `reference` resolved against the absolute URL `base`, as ``URLResolution/resolve(_:against:)`` resolves it.
    static func resolve(_ reference: String, against base: String) -> String {
        if reference.utf8.withContiguousStorageIfAvailable(hasScheme) == true { return reference }
        let resolved: [UInt8]?? = reference.utf8.withContiguousStorageIfAvailable { reference in
            base.utf8.withContiguousStorageIfAvailable { base in resolvePrintableASCII(reference, against: base) } ?? nil
        }
        guard let resolved = resolved ?? nil else { return URLResolution.resolve(reference, against: base) }
        return String(decoding: resolved, as: UTF8.self)
    }

    /// The resolved URL when both are printable ASCII (`!` to `~`), else nil.
    private static func resolvePrintableASCII(_ reference: UnsafeBufferPointer<UInt8>, against base: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        guard reference.allSatisfy(isPrintableASCII), base.allSatisfy(isPrintableASCII) else { return nil }
        if reference.isEmpty { return Array(base) }
        if hasScheme(reference) { return Array(reference) }
        guard let schemeEnd = firstIndex(of: "://", in: base) else { return Array(reference) }
        let authorityEnd = base[(schemeEnd + 3)...].firstIndex { $0 == slash || $0 == question || $0 == hash } ?? base.count
        let origin = base[..<authorityEnd]
        let basePath = base[authorityEnd..<(base[authorityEnd...].firstIndex { $0 == question || $0 == hash } ?? base.count)]

        if reference.starts(with: [slash, slash]) { return Array(base[..<schemeEnd]) + [UInt8(ascii: ":")] + reference }
        if reference.first == hash { return Array(base[..<(base.firstIndex(of: hash) ?? base.count)]) + reference }
        if reference.first == question { return Array(origin) + (basePath.isEmpty ? [slash] : Array(basePath)) + reference }

        let pathEnd = reference.firstIndex { $0 == question || $0 == hash } ?? reference.count
        let referencePath = reference[..<pathEnd]
        var mergedPath: [UInt8]
        if referencePath.first == slash {
            mergedPath = Array(referencePath)
        } else {
            mergedPath = basePath.isEmpty ? [slash] : Array(basePath[...(basePath.lastIndex(of: slash) ?? basePath.startIndex)])
            mergedPath += referencePath
        }
        return Array(origin) + removingDotSegments(mergedPath) + reference[pathEnd...]
    }

    /// RFC 3986 section 5.2.4, step for step as `URLResolution` does it.
    private static func removingDotSegments(_ path: [UInt8]) -> [UInt8] {
        let segments = path.split(separator: slash, omittingEmptySubsequences: false)
        var output: [ArraySlice<UInt8>] = []
        for (index, segment) in segments.enumerated() {
            let isLast = index == segments.count - 1
            if segment.elementsEqual([dot]) {
                if isLast { output.append([]) }
            } else if segment.elementsEqual([dot, dot]) {
                if output.count > 1 { output.removeLast() }
                if isLast { output.append([]) }
            } else {
                output.append(segment)
            }
        }
        let joined = Array(output.joined(separator: [slash]))
        return joined.first == slash ? joined : [slash] + joined
    }

    /// ``URLResolution/hasScheme(_:)``, when bytes can tell: a letter, then letters, digits,
    /// `+`, `-` or `.` up to the first colon, which no non-ASCII byte follows (a combining mark
    /// would make it part of another character). False also when only `URLResolution` can tell.
    private static func hasScheme(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, isLetter(first) else { return false }
        for index in 1..<bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: ":") { return index + 1 == bytes.count || bytes[index + 1] < 0x80 }
            guard isLetter(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || byte == dot else { return false }
        }
        return false
    }

    private static func firstIndex(of pattern: StaticString, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        pattern.withUTF8Buffer { pattern in
            guard bytes.count >= pattern.count else { return nil }
            return (0...(bytes.count - pattern.count)).first { start in pattern.indices.allSatisfy { bytes[start + $0] == pattern[$0] } }
        }
    }

    private static func isPrintableASCII(_ byte: UInt8) -> Bool { (0x21...0x7E).contains(byte) }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }

    private static var slash: UInt8 { UInt8(ascii: "/") }
    private static var dot: UInt8 { UInt8(ascii: ".") }
    private static var question: UInt8 { UInt8(ascii: "?") }
    private static var hash: UInt8 { UInt8(ascii: "#") }
}
