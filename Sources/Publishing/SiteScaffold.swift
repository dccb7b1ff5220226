// ldpub — MIT licence.

import Foundation
import HTMLExport
import SchemaFiles

/// The files of a new input folder, as `ldpub init` writes them: a commented `site.yaml`, one
/// example article (a section, a claim citing a reference, that reference in CSL YAML) and the
/// JSON Schemas the files' modelines point to, so that editors check them as you type.
///
/// The modelines point to `schemas/` inside the new folder (`# yaml-language-server:
/// $schema=schemas/site.schema.json`): a copy of the schemas of this ldpub, which works offline
/// and outside this repository, and matches the version that validates the files.
public struct SiteScaffold: Sendable {
    /// Why a scaffold was not written.
    public enum Failure: Error, Equatable, Sendable {
        /// A file the scaffold would write is there already (its path as the folder was given).
        case fileExists(String)
        /// The folder's path is a file, not a folder.
        case notAFolder(String)
        /// Writing failed.
        case write(String, reason: String)

        /// One line that says what happened and where.
        public var message: String {
            switch self {
            case .fileExists(let path): return "'\(path)' already exists; nothing written (init never overwrites a file: choose another folder)"
            case .notAFolder(let path): return "'\(path)' is a file, not a folder; nothing written"
            case .write(let path, let reason): return "cannot write '\(path)': \(reason)"
            }
        }
    }

    /// The date the example article is published and reviewed, as `YYYY-MM-DD`: today, so
    /// that its review is not overdue.
    public let date: String

    /// Creates the scaffold of a site whose example article is dated `date` (`YYYY-MM-DD`).
    public init(date: String) {
        self.date = date
    }

    /// The files, paths relative to the new folder, in the order they are written.
    public var files: [(path: String, contents: Data)] {
        [
            ("site.yaml", Data(siteYAML.utf8)),
            ("washing-hands.yaml", Data(articleYAML.utf8)),
            ("static/images/washing-hands.svg", Data(Self.illustration.utf8)),
            ("schemas/site.schema.json", SchemaFiles.siteSchema),
            ("schemas/article.schema.json", SchemaFiles.articleSchema),
        ]
    }

    /// ldpub's built-in page templates as `templates/<name>.mustache` files, in name order: a
    /// site's copy to change, which builds exactly the default pages until it is changed.
    public static var templateFiles: [(path: String, contents: Data)] {
        PageTemplates.builtInSources.sorted { $0.key < $1.key }.map { ("templates/\($0.key).mustache", Data($0.value.utf8)) }
    }

    /// Writes the files into `folder` (created if needed), or nothing at all when any of them
    /// exists already.
    ///
    /// - Returns: The paths written, as `folder/…`.
    public func write(into folder: String) throws(Failure) -> [String] {
        try Self.write(files, into: folder)
    }

    /// Writes ``templateFiles`` into `folder` as ``write(into:)`` writes the site's files.
    public static func writeTemplates(into folder: String) throws(Failure) -> [String] {
        try write(templateFiles, into: folder)
    }

    private static func write(_ files: [(path: String, contents: Data)], into folder: String) throws(Failure) -> [String] {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: folder, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw .notAFolder(folder)
        }
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        let targets = files.map { (path: prefix + $0.path, contents: $0.contents) }
        // A dangling symbolic link counts as existing: writing would go through it.
        for target in targets where manager.fileExists(atPath: target.path)
            || (try? manager.destinationOfSymbolicLink(atPath: target.path)) != nil {
            throw .fileExists(target.path)
        }
        for target in targets {
            do {
                let url = URL(fileURLWithPath: target.path)
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try target.contents.write(to: url, options: .withoutOverwriting)
            } catch {
                throw .write(target.path, reason: error.localizedDescription)
            }
        }
        return targets.map(\.path)
    }

    var siteYAML: String {
        """
        # yaml-language-server: $schema=schemas/site.schema.json
        #
        # The site's configuration (Docs/Format.md in ldpub's repository, "site.yaml"). Every article in this folder and its
        # subfolders (*.yaml, *.yml) is one page. The line above lets editors with the YAML
        # language server check and complete this file against schemas/site.schema.json.

        # Required: the site's name, the title of its feeds.
        title: Example Clinic
        # Required: the address the built folder is published at, ending in "/". An article's
        # address is this URL + its slug + "/" (https://www.example.org/washing-hands/).
        url: https://www.example.org/
        # Required: the BCP 47 language of the articles (en, nl, en-GB, ...); an article may set its own.
        language: en
        # Required: one sentence about the site: the feeds' description.
        description: Plain-language health articles, reviewed by our doctors, with the evidence for every claim.
        # Required: who publishes every page, an Organization or a Person.
        publisher:
          id: example-clinic
          type: Organization
          name: Example Clinic
          url: https://www.example.org/
          logo: https://www.example.org/logo.png
        # The authors and medical reviewers that articles name by id (authors: [...], reviewed: {by: ...}).
        people:
          - id: editors
            type: Organization
            name: Example Clinic editorial team
            url: https://www.example.org/about/
            affiliation: example-clinic
          - id: dr-jane-doe
            type: Person
            name: Jane Doe
            jobTitle: General practitioner
            affiliation: example-clinic
        # References shared by several articles go here, in CSL YAML as Zotero and Pandoc export
        # them; an article's own references go in the article.
        references: []
        # The feeds (feed.xml, atom.xml, feed.json) hold the newest "limit" articles.
        feeds:
          limit: 20
          copyright: © Example Clinic

        """
    }

    var articleYAML: String {
        """
        # yaml-language-server: $schema=schemas/article.schema.json
        #
        # An example article (Docs/Format.md, "An article"): replace it with your own. Its file name
        # is its slug, the folder of its page: washing-hands/.

        title: Why washing your hands keeps your children healthier
        description: Washing hands with soap halves the pneumonia and diarrhoea of young children, as a trial in Karachi showed.
        # The dates as YYYY-MM-DD, or with a time and offset (2025-01-31T09:30:00+01:00).
        published: \(date)
        # Who checked the medical content, and when (people ids from site.yaml).
        reviewed:
          by: dr-jane-doe
          date: \(date)
        authors: [editors]
        # Patient, Clinician or MedicalResearcher.
        audience: Patient
        # The page's picture: an http(s) URL, or a path relative to the site's url that names a
        # file of static/ (static/images/washing-hands.svg is published as images/washing-hands.svg).
        image:
          url: images/washing-hands.svg
          alt: Two hands under running water, with soap bubbles
        sections:
          - heading: What soap does
            # CommonMark.
            body: |
              Soap loosens the germs on your hands, and running water *rinses them away*.
            # Each claim cites the references that support it; a claim without one is a warning.
            claims:
              - id: handwashing-halves-pneumonia
                text: Children in households that were given soap and taught to wash their hands had about half as much pneumonia and diarrhoea.
                sources:
                  - source: luby2005
                    locator: p. 225
        # The article's references, in CSL YAML (Zotero and Pandoc export this).
        references:
          - id: luby2005
            type: article-journal
            title: "Effect of handwashing on child health: a randomised controlled trial"
            # Give every author as published; a list cut short ends with {literal: others}, and
            # the citation then says "et al." (here the trial's first author, then the others).
            author:
              - {family: Luby, given: Stephen P.}
              - {literal: others}
            issued: 2005-07-16
            container-title: The Lancet
            volume: 366
            issue: 9481
            page: 225-233
            DOI: 10.1016/S0140-6736(05)66912-7
            PMID: "16023513"

        """
    }

    /// The example article's picture, a small drawing: files in `static/` are published as they are.
    static let illustration = """
        <svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
          <rect width="1200" height="630" fill="#e8f3fb"/>
          <path d="M560 0h80v180q0 30-40 30t-40-30z" fill="#9cc9ea"/>
          <g fill="#f2c9a0" stroke="#b7835a" stroke-width="6">
            <path d="M380 420q60-150 200-160q40 0 40 40v60q-20 60-120 100q-80 30-120-40z"/>
            <path d="M820 420q-60-150-200-160q-40 0-40 40v60q20 60 120 100q80 30 120-40z"/>
          </g>
          <g fill="#ffffff" stroke="#9cc9ea" stroke-width="4">
            <circle cx="520" cy="250" r="28"/><circle cx="690" cy="230" r="22"/><circle cx="610" cy="320" r="34"/>
            <circle cx="470" cy="330" r="16"/><circle cx="750" cy="320" r="18"/>
          </g>
        </svg>

        """
}
