// ldpub — MIT licence.

import YAMLNodes

/// A person or an organization: the publisher, an author or a reviewer.
public struct Agent: Sendable, Hashable {
    /// schema.org's two agent types.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case person = "Person"
        case organization = "Organization"
    }

    /// The id articles use to refer to this agent; optional for the publisher only.
    public let id: String?
    /// Person or Organization.
    public let kind: Kind
    /// The display name.
    public let name: String
    /// The agent's web page.
    public let url: String?
    /// A logo (organizations).
    public let logo: String?
    /// A job title (persons).
    public let jobTitle: String?
    /// The organization the agent belongs to, by id.
    public let affiliation: IDReference?
    /// Other URLs that identify the agent: ORCID, Wikidata, …
    public let sameAs: [String]
    /// Where the agent is defined.
    public let span: SourceSpan

    /// Creates an agent.
    public init(id: String?, kind: Kind, name: String, url: String? = nil, logo: String? = nil, jobTitle: String? = nil,
                affiliation: IDReference? = nil, sameAs: [String] = [], span: SourceSpan) {
        self.id = id
        self.kind = kind
        self.name = name
        self.url = url
        self.logo = logo
        self.jobTitle = jobTitle
        self.affiliation = affiliation
        self.sameAs = sameAs
        self.span = span
    }
}
