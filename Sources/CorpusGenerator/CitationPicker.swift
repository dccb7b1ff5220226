// ldpub — MIT licence.

/// Chooses the sources of an article's claims: mostly its own references, each in turn so
/// most get cited, and sometimes a reference shared on site.yaml.
struct CitationPicker {
    private let own: [String]
    private let site: [String]
    private var order: [Int]
    private var next = 0

    init(own: [String], site: [String], random: inout SplitMix64) {
        self.own = own
        self.site = site
        order = random.distinctIndices(own.count, of: own.count)
    }

    /// `count` distinct reference ids for one claim.
    mutating func pick(_ count: Int, random: inout SplitMix64) -> [String] {
        var ids: [String] = []
        var attempts = 0
        while ids.count < count && attempts < 20 {
            attempts += 1
            let id: String
            if !site.isEmpty && random.chance(0.28) {
                id = site[random.below(site.count)]
            } else {
                id = own[order[next % order.count]]
                next += 1
            }
            if !ids.contains(id) { ids.append(id) }
        }
        return ids
    }
}
