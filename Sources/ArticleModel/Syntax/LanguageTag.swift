// ldpub — MIT licence.

/// Checks that a language tag is well-formed BCP 47 (RFC 5646, section 2.1).
///
/// The primary language subtag must be 2 or 3 letters (with up to three extlangs): the
/// 4-letter form is reserved and no 5-to-8-letter subtag is registered, so `dutch` is
/// rejected although it is syntactically a langtag. Private-use (`x-…`) and grandfathered
/// tags are accepted. Case does not matter. The registry itself is not consulted.
public enum LanguageTag {
    /// Whether `tag` is a well-formed language tag.
    public static func isWellFormed(_ tag: String) -> Bool {
        let lowered = tag.lowercased()
        if grandfathered.contains(lowered) { return true }
        let subtags = lowered.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard !subtags.isEmpty, subtags.allSatisfy({ !$0.isEmpty && $0.count <= 8 && $0.allSatisfy(isAlphanumeric) }) else { return false }
        var index = 0
        func current() -> String? { index < subtags.count ? subtags[index] : nil }
        if subtags[0] == "x" { return isPrivateUse(subtags) }
        // language
        guard let language = current(), (2...3).contains(language.count), language.allSatisfy(isLetter) else { return false }
        index += 1
        var extlangs = 0
        while let subtag = current(), subtag.count == 3, subtag.allSatisfy(isLetter), language.count <= 3, extlangs < 3 {
            extlangs += 1
            index += 1
        }
        if let subtag = current(), subtag.count == 4, subtag.allSatisfy(isLetter) { index += 1 }  // script
        if let subtag = current(), (subtag.count == 2 && subtag.allSatisfy(isLetter)) || (subtag.count == 3 && subtag.allSatisfy(isDigit)) {
            index += 1  // region
        }
        while let subtag = current(), isVariant(subtag) { index += 1 }
        while let subtag = current(), subtag.count == 1, subtag != "x" {  // extensions
            index += 1
            var extensionSubtags = 0
            while let part = current(), (2...8).contains(part.count) {
                extensionSubtags += 1
                index += 1
            }
            if extensionSubtags == 0 { return false }
        }
        if current() == "x" { return isPrivateUse(Array(subtags[index...])) }
        return index == subtags.count
    }

    private static func isPrivateUse(_ subtags: [String]) -> Bool {
        subtags.count >= 2 && subtags[0] == "x" && subtags.dropFirst().allSatisfy { (1...8).contains($0.count) }
    }

    private static func isVariant(_ subtag: String) -> Bool {
        if (5...8).contains(subtag.count) { return true }
        return subtag.count == 4 && subtag.first.map(isDigit) == true
    }

    private static func isLetter(_ character: Character) -> Bool { character.isASCII && character.isLetter }
    private static func isDigit(_ character: Character) -> Bool { character.isASCII && character.isNumber }
    private static func isAlphanumeric(_ character: Character) -> Bool { isLetter(character) || isDigit(character) }

    private static let grandfathered: Set<String> = [
        "en-gb-oed", "i-ami", "i-bnn", "i-default", "i-enochian", "i-hak", "i-klingon", "i-lux", "i-mingo", "i-navajo",
        "i-pwn", "i-tao", "i-tay", "i-tsu", "sgn-be-fr", "sgn-be-nl", "sgn-ch-de",
        "art-lojban", "cel-gaulish", "no-bok", "no-nyn", "zh-guoyu", "zh-hakka", "zh-min", "zh-min-nan", "zh-xiang",
    ]
}
