// ldpub — MIT licence.

/// "Did you mean …?" — a known synonym or near-miss (``NearMisses``), else the nearest
/// candidate by edit distance.
public enum Suggestion {
    /// The candidate `word` most likely stands for: one the table of synonyms and near-misses
    /// names for it (`tags` → `keywords`, `Cardiology` → `Cardiovascular`), else the closest by
    /// case-insensitive Levenshtein distance if it is close enough to be a likely typo: at most a
    /// third of the word's length, and at most 3.
    public static func nearest<S: Sequence>(to word: String, in candidates: S) -> String? where S.Element == String {
        if let targets = NearMisses.targets(for: word) {
            let allowed = Set(candidates)
            if let target = targets.first(where: allowed.contains) { return target }
        }
        return nearestBySpelling(to: word, in: candidates) ?? onlyWithYear(word, in: candidates)
    }

    /// The one candidate that is `word` with a year after it (`rivm-griep` → `rivm-griep2023`):
    /// reference ids are author and year, and the year is what gets left out.
    private static func onlyWithYear<S: Sequence>(_ word: String, in candidates: S) -> String? where S.Element == String {
        let stem = word.lowercased()
        guard stem.count >= 3 else { return nil }
        let matches = candidates.filter { candidate in
            let lowered = candidate.lowercased()
            guard lowered.hasPrefix(stem) else { return false }
            let rest = lowered.dropFirst(stem.count).drop { $0 == "-" || $0 == "_" || $0 == ":" || $0 == "." }
            return rest.count >= 4 && rest.prefix(4).allSatisfy(\.isASCII) && rest.prefix(4).allSatisfy(\.isNumber) && rest.dropFirst(4).count <= 1
        }
        return matches.count == 1 ? matches[0] : nil
    }

    /// The candidate closest to `word` by case-insensitive edit distance, if close enough.
    private static func nearestBySpelling<S: Sequence>(to word: String, in candidates: S) -> String? where S.Element == String {
        let target = Array(word.lowercased().unicodeScalars)
        let limit = min(3, max(1, target.count / 3))
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(target, Array(candidate.lowercased().unicodeScalars), limit: limit)
            guard distance <= limit else { continue }
            if best == nil || distance < best!.distance || (distance == best!.distance && candidate < best!.candidate) {
                best = (candidate, distance)
            }
        }
        return best?.candidate
    }

    /// ` (did you mean 'x'?)`, or nothing.
    static func clause<S: Sequence>(for word: String, in candidates: S) -> String where S.Element == String {
        nearest(to: word, in: candidates).map { " (did you mean '\($0)'?)" } ?? ""
    }

    /// Levenshtein distance, giving up (returning `limit + 1`) once it must exceed `limit`.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
