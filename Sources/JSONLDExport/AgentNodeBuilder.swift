// ldpub — MIT licence.

import ArticleModel
import LinkedDataJSON

/// Describes the publisher, an author or a reviewer as a `Person` or `Organization` node,
/// with only what the input names.
enum AgentNodeBuilder {
    /// The node of `agent`, named `id`.
    ///
    /// - Parameter affiliationID: the `@id` of the organization the agent belongs to, written
    ///   as `affiliation` on a person and `memberOf` on an organization (schema.org's
    ///   `affiliation` is for persons only).
    /// - Parameter siteURL: the base against which a relative logo URL is resolved.
    static func node(for agent: Agent, id: String, affiliationID: String?, siteURL: String) -> JSONValue {
        var node = JSONObject.node(id: id, type: agent.kind.rawValue)
        node.append("name", .string(agent.name))
        node.append("url", text: agent.url)
        switch agent.kind {
        case .person:
            node.append("jobTitle", text: agent.jobTitle)
            node.append("affiliation", reference: affiliationID)
        case .organization:
            if let logo = agent.logo, !logo.isEmpty {
                node.append("logo", .object(.imageObject(url: URLResolution.resolve(logo, against: siteURL))))
            }
            node.append("memberOf", reference: affiliationID)
        }
        node.append("sameAs", texts: agent.sameAs)
        return .object(node)
    }
}
