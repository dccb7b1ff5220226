// ldpub — MIT licence.

/// Resolving a reference against a base URL, as RFC 3986 section 5 does for the cases ldpub
/// meets: absolute URLs, fragments, queries, root-relative and path-relative references.
public enum URLResolution {
    /// Resolves `reference` against the absolute http(s) URL `base`.
    ///
    /// Absolute references (with a scheme) come back unchanged; `//host/x` takes the base's
    /// scheme; `#f` and `?q` attach to the base; `/x` replaces the path; `x`, `./x` and `../x`
    /// resolve against the base's directory, with dot segments removed.
    public static func resolve(_ reference: String, against base: String) -> String {
        if reference.isEmpty { return base }
        if hasScheme(reference) { return reference }
        guard let schemeEnd = base.firstRange(of: "://") else { return reference }
        let scheme = String(base[..<schemeEnd.lowerBound])
        let afterScheme = base[schemeEnd.upperBound...]
        let authorityEnd: Substring.Index = afterScheme.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" } ?? afterScheme.endIndex
        let origin: String = scheme + "://" + String(afterScheme[..<authorityEnd])
        let pathAndMore = afterScheme[authorityEnd...]
        let basePath = String(pathAndMore.prefix { $0 != "?" && $0 != "#" })
        let baseWithoutFragment = String(base.prefix { $0 != "#" })

        if reference.hasPrefix("//") { return scheme + ":" + reference }
        if reference.hasPrefix("#") { return baseWithoutFragment + reference }
        if reference.hasPrefix("?") { return origin + (basePath.isEmpty ? "/" : basePath) + reference }

        let (referencePath, suffix) = splitPath(reference)
        let mergedPath: String
        if referencePath.hasPrefix("/") {
            mergedPath = referencePath
        } else {
            let directory = basePath.isEmpty ? "/" : String(basePath[...(basePath.lastIndex(of: "/") ?? basePath.startIndex)])
            mergedPath = directory + referencePath
        }
        return origin + removeDotSegments(mergedPath) + suffix
    }

    /// True when the text starts with an RFC 3986 scheme and a colon (`https:`, `mailto:`, `javascript:`).
    public static func hasScheme(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":") else { return false }
        let scheme = text[..<colon]
        guard let first = scheme.first, first.isASCII, first.isLetter else { return false }
        return scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == ".") }
    }

    private static func splitPath(_ reference: String) -> (path: String, suffix: String) {
        guard let index = reference.firstIndex(where: { $0 == "?" || $0 == "#" }) else { return (reference, "") }
        return (String(reference[..<index]), String(reference[index...]))
    }

    /// RFC 3986 section 5.2.4.
    private static func removeDotSegments(_ path: String) -> String {
        var output: [Substring] = []
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        for (index, segment) in segments.enumerated() {
            let isLast = index == segments.count - 1
            switch segment {
            case ".":
                if isLast { output.append("") }
            case "..":
                if output.count > 1 { output.removeLast() }
                if isLast { output.append("") }
            default:
                output.append(segment)
            }
        }
        let joined = output.joined(separator: "/")
        return joined.hasPrefix("/") ? joined : "/" + joined
    }
}
