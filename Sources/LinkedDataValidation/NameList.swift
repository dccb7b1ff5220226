// ldpub — MIT licence.

/// Lists of names in messages: "A", "A or B", "A, B or C", "A, B, C, D, E, F or 3 more".
enum NameList {
    static func or<Names: Sequence<String>>(_ names: Names, limit: Int = 6) -> String {
        join(names.sorted(), conjunction: "or", limit: limit)
    }

    static func quotedOr<Names: Sequence<String>>(_ names: Names, limit: Int = 6) -> String {
        join(names.map { "'\($0)'" }, conjunction: "or", limit: limit)
    }

    private static func join(_ names: [String], conjunction: String, limit: Int) -> String {
        if names.count > limit {
            return names.prefix(limit).joined(separator: ", ") + " \(conjunction) \(names.count - limit) more"
        }
        guard let last = names.last else { return "" }
        if names.count == 1 { return last }
        return names.dropLast().joined(separator: ", ") + " \(conjunction) " + last
    }
}
