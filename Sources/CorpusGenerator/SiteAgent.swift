// ldpub — MIT licence.

/// A person or organization of the generated site.yaml.
struct SiteAgent: Sendable {
    enum Kind: String, Sendable {
        case person = "Person"
        case organization = "Organization"
    }

    let id: String
    let kind: Kind
    let name: String
    let jobTitle: String?
    let affiliation: String?
    let url: String?
    let logo: String?
    let sameAs: [String]
    /// Whether the agent may review medical content (clinicians and the medical team).
    let reviews: Bool

    /// The entry as YAML, each line indented by `indent` spaces, the first starting with `- ` when `listItem`.
    func yaml(indent: Int, listItem: Bool) -> String {
        let pad = String(repeating: " ", count: indent)
        var lines = ["id: \(id)"]
        lines.append("type: \(kind.rawValue)")
        lines.append("name: \(YAMLText.scalar(name))")
        if let url { lines.append("url: \(url)") }
        if let logo { lines.append("logo: \(logo)") }
        if let jobTitle { lines.append("jobTitle: \(YAMLText.scalar(jobTitle))") }
        if let affiliation { lines.append("affiliation: \(affiliation)") }
        if !sameAs.isEmpty {
            lines.append("sameAs:")
            lines += sameAs.map { "  - \($0)" }
        }
        var result = ""
        for (index, line) in lines.enumerated() {
            if listItem {
                result += pad + (index == 0 ? "- " : "  ") + line + "\n"
            } else {
                result += pad + line + "\n"
            }
        }
        return result
    }
}
