// ldpub — MIT licence.

extension SchemaOrgVocabulary {
    /// The known names nearest to a misspelt one, for "did you mean" hints.
    ///
    /// Names are compared case-insensitively by edit distance (insertions, deletions and
    /// substitutions, counted in Unicode scalars). Only names within a third of the length of
    /// `name` (at least 1, at most 4 edits) are offered. Closer names come first, ties in
    /// alphabetical order.
    /// - Parameters:
    ///   - name: The unknown name, such as `MedicalWebPag`.
    ///   - kinds: The kinds of terms to suggest; all kinds by default.
    ///   - limit: The greatest number of suggestions.
    /// - Returns: Up to `limit` names, such as `["MedicalWebPage"]`; empty if none is close.
    public func suggestions(for name: String, kinds: Set<TermKind> = Set(TermKind.allCases), limit: Int = 3) -> [String] {
        suggestions(for: name, among: TermKind.allCases.filter(kinds.contains).flatMap { namesByKind[$0] ?? [] }, limit: limit)
    }

    /// The names of `candidates` nearest to `name`, by the rules of ``suggestions(for:kinds:limit:)``.
    ///
    /// - Parameters:
    ///   - name: The unknown name.
    ///   - candidates: The names to choose from, such as the members of one enumeration.
    ///   - limit: The greatest number of suggestions.
    /// - Returns: Up to `limit` names, closest first.
    public func suggestions<Candidates: Sequence<String>>(for name: String, among candidates: Candidates, limit: Int = 3) -> [String] {
        let target = Array(name.lowercased().unicodeScalars)
        let threshold = min(4, max(1, target.count / 3))
        var scored: [(distance: Int, name: String)] = []
        var row: [Int] = []
        for candidate in candidates where candidate != name {
            let other = Array(candidate.lowercased().unicodeScalars)
            if abs(other.count - target.count) > threshold { continue }
            let distance = Self.editDistance(target, other, bound: threshold, row: &row)
            if distance <= threshold { scored.append((distance, candidate)) }
        }
        scored.sort { $0.distance != $1.distance ? $0.distance < $1.distance : $0.name < $1.name }
        var names: [String] = []
        for entry in scored where names.count < limit && !names.contains(entry.name) {
            names.append(entry.name)
        }
        return names
    }

    /// Levenshtein distance, stopping early once every entry of a row exceeds `bound`.
    private static func editDistance(_ source: [Unicode.Scalar], _ target: [Unicode.Scalar], bound: Int, row: inout [Int]) -> Int {
        if source.isEmpty { return target.count }
        if target.isEmpty { return source.count }
        row.removeAll(keepingCapacity: true)
        row.append(contentsOf: 0...target.count)
        for (i, sourceScalar) in source.enumerated() {
            var diagonal = row[0]
            row[0] = i + 1
            var smallest = row[0]
            for (j, targetScalar) in target.enumerated() {
                let above = row[j + 1]
                let cost = sourceScalar == targetScalar ? 0 : 1
                row[j + 1] = Swift.min(above + 1, row[j] + 1, diagonal + cost)
                diagonal = above
                smallest = Swift.min(smallest, row[j + 1])
            }
            if smallest > bound { return smallest }
        }
        return row[target.count]
    }
}
