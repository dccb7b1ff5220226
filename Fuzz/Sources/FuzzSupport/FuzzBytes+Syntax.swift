// ldpub — MIT licence.

import ArticleModel

extension FuzzBytes {
    /// A slug: `[a-z0-9]+(-[a-z0-9]+)*`.
    public mutating func slug() -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789")
        return (0...int(in: 0...2)).map { _ in
            String((0...int(in: 0...7)).map { _ in pick(alphabet) })
        }.joined(separator: "-")
    }

    /// An identifier: `[A-Za-z0-9]+([._:-][A-Za-z0-9]+)*`.
    public mutating func identifier() -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        var result = ""
        for word in 0...int(in: 0...2) {
            if word > 0 { result.append(pick([".", "_", ":", "-"])) }
            result += String((0...int(in: 0...7)).map { _ in pick(alphabet) })
        }
        return result
    }

    /// A well-formed BCP 47 tag.
    public mutating func languageTag() -> String {
        let known = ["nl", "en", "en-GB", "nl-BE", "de-CH-1996", "zh-Hant-TW", "sr-Latn-RS", "x-private", "i-klingon", "es-419",
                     "en-US-x-twain", "ar", "he", "tlh", "sgn-BE-FR", "EN-gb", "de-u-co-phonebk"]
        if bool() { return pick(known) }
        let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        let candidate = (0...int(in: 0...3)).map { _ in String((0...int(in: 1...7)).map { _ in pick(letters) }) }.joined(separator: "-")
        return LanguageTag.isWellFormed(candidate) ? candidate : pick(known)
    }

    /// An absolute http(s) URL as the decoder accepts it (host, port, user info, path, query,
    /// fragment, non-ASCII and odd but allowed characters).
    public mutating func absoluteURL(siteBase: Bool = false) -> String {
        var url = pick(["https://", "http://", "HTTPS://", "hTTp://"])
        if oneIn(8) { url += pick(["user@", "user:pa%20ss@", "@", "a:b@"]) }
        url += host()
        if oneIn(6) { url += ":" + String(int(in: 0...65535)) }
        url += "/"
        url += urlPath(allowQuery: !siteBase)
        if siteBase {
            if !url.hasSuffix("/") { url += "/" }
        } else if oneIn(4) {
            url += pick(["?", "#", "?a=1&b=2", "#frag", "?q=é#ä"]) + urlPath(allowQuery: true)
        }
        return WebURL.isAbsoluteHTTP(url) ? url : (siteBase ? "https://fallback.example/" : "https://fallback.example/x")
    }

    private mutating func host() -> String {
        switch byte() % 6 {
        case 0: return "[::1]"
        case 1: return "127.0.0.1"
        case 2: return pick(["bücher.example", "例え.テスト", "xn--bcher-kva.example", "a.b.c.d.example", "localhost", "x"])
        default:
            let alphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789-")
            let label = { (bytes: inout FuzzBytes) -> String in
                "a" + String((0...bytes.int(in: 0...6)).map { _ in bytes.pick(alphabet) })
            }
            var labels: [String] = []
            for _ in 0...int(in: 0...2) { labels.append(label(&self)) }
            return labels.joined(separator: ".") + pick([".example", ".org", ".nl", ""])
        }
    }

    /// A path of URL characters: anything but white space, controls, `"`, `<`, `>`, `\` (and
    /// `?`, `#` unless `allowQuery`).
    mutating func urlPath(allowQuery: Bool) -> String {
        let pieces = ["a", "b/", "../", "./", "%2e%2e/", "%zz", "%", "é", "🧠", "{", "}", "|", "^", "`", "'", "(", ")", "*", "!",
                      "$", "&", "=", "+", ",", ";", ":", "@", "~", "[", "]", "\u{200B}", "ü", "%20", "index.html", "x.png"]
        var path = ""
        for _ in 0..<int(in: 0...6) {
            path += pick(pieces)
        }
        if allowQuery && oneIn(6) { path += pick(["?", "#", "?x=1"]) }
        return path
    }

    /// A reference relative to the site URL, as `image.url` allows.
    public mutating func relativeReference() -> String {
        let candidate = pick(["", "/", "../", "./", "//"]).replacingOccurrences(of: "//", with: "/") + urlPath(allowQuery: true) + pick(["x.jpg", "", "?q=1", "#f"])
        return WebURL.isRelativeReference(candidate) ? candidate : "images/x.jpg"
    }

    /// A date or an RFC 3339 date-time with an offset, as the decoder accepts them.
    public mutating func timestamp() -> Timestamp {
        let year = oneIn(8) ? pick([0, 1, 999, 1000, 1582, 1900, 1969, 1970, 2000, 2038, 9999]) : int(in: 1900...2100)
        let month = int(in: 1...12)
        let day = int(in: 1...Timestamp.daysInMonth(year: year, month: month))
        guard bool() else { return Timestamp(year: year, month: month, day: day) }
        let fraction = oneIn(3) ? String((0...int(in: 0...9)).map { _ in pick(Array("0123456789")) }) : ""
        let offset = oneIn(3) ? 0 : int(in: -(23 * 60 + 59)...(23 * 60 + 59))
        return Timestamp(year: year, month: month, day: day, time: .init(
            hour: int(in: 0...23), minute: int(in: 0...59), second: int(in: 0...59), fraction: fraction, offsetMinutes: offset))
    }

    /// A CSL date: a year, a month, or a day.
    public mutating func cslDate() -> CSLDate {
        let year = oneIn(8) ? pick([1, 999, 1000, 9999]) : int(in: 1900...2100)
        switch byte() % 3 {
        case 0: return CSLDate(year: year)
        case 1: return CSLDate(year: year, month: int(in: 1...12))
        default:
            let month = int(in: 1...12)
            return CSLDate(year: year, month: month, day: int(in: 1...Timestamp.daysInMonth(year: year, month: month)))
        }
    }
}
