// ldpub — MIT licence.

import Foundation
import LinkedDataJSON

/// Whose build an output folder holds: the input folder it was built from and that site's URL.
///
/// A build records its owner in the output folder's `.ldpub/owner`. Before it writes anything, a
/// build of another input folder is refused (``FolderBuild/Failure/anotherBuild(_:)``) instead of
/// removing the other build's pages as stale, unless it was asked to take the folder over.
public struct OutputOwner: Sendable, Hashable, CustomStringConvertible {
    /// The input folder's real path (links resolved).
    public let inputPath: String
    /// The site's URL (site.yaml `url`).
    public let siteURL: String

    /// The owner of a build of `inputPath` with the site at `siteURL`.
    public init(inputPath: String, siteURL: String) {
        self.inputPath = URL(fileURLWithPath: inputPath).resolvingSymlinksInPath().path
        self.siteURL = siteURL
    }

    private init(recordedPath: String, siteURL: String) {
        inputPath = recordedPath
        self.siteURL = siteURL
    }

    /// The file in the output folder's private folder that names the owner.
    static let fileName = "owner"

    /// `input\t<path>\nsite\t<url>\n`
    var recorded: [UInt8] { Array("input\t\(inputPath)\nsite\t\(siteURL)\n".utf8) }

    /// An owner from the bytes of its record, or nil when they are not one.
    init?(recorded bytes: [UInt8]) {
        var fields: [String: String] = [:]
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") {
            guard let tab = line.firstIndex(of: "\t") else { return nil }
            fields[String(line[..<tab])] = String(line[line.index(after: tab)...])
        }
        guard let path = fields["input"], let url = fields["site"] else { return nil }
        self.init(recordedPath: path, siteURL: url)
    }

    /// `'/home/ana/site/Articles' (https://www.example.org/)`
    public var description: String { "'\(inputPath)' (\(siteURL))" }

    /// What an output folder holds that is not this owner's build, found before a build writes.
    public enum Other: Sendable, Hashable {
        /// The build of another input folder, as its record says.
        case recorded(OutputOwner)
        /// ldpub's files without a record, of the site whose feed names this URL.
        case site(url: String)
        /// Files with the names ldpub writes (`example`, the first found) without a record and
        /// without a feed that names their site: another build's, or not ldpub's at all.
        case unknown(example: String)
    }

    /// Whether `recorded` (the folder's record) and the folder's contents belong to another build.
    ///
    /// The same input folder is always the owner; so is the same site when the recorded folder
    /// no longer exists (the input folder was moved). A folder without a record (a fresh clone of
    /// a repository that commits its output) belongs to the site that its `feed.json` names.
    /// `ownedFile` (which reads the folder: the first file with a name ldpub writes) is asked only then.
    func other(recorded: OutputOwner?, ownedFile: @autoclosure () -> String?, feedSiteURL: () -> String?) -> Other? {
        if let recorded {
            if recorded.inputPath == inputPath { return nil }
            if recorded.siteURL == siteURL && !FileManager.default.fileExists(atPath: recorded.inputPath) { return nil }
            return .recorded(recorded)
        }
        guard let example = ownedFile() else { return nil }
        guard let url = feedSiteURL() else { return .unknown(example: example) }
        return url == siteURL ? nil : .site(url: url)
    }

    /// The site URL that a JSON Feed names (`home_page_url`).
    static func siteURL(ofJSONFeed bytes: [UInt8]) -> String? {
        (try? JSONValue.parse(Data(bytes)))?["home_page_url"]?.string
    }
}

extension OutputOwner.Other {
    /// One line for the user: whose build the folder holds and how to go on.
    public func message(outputPath: String) -> String {
        let holds: String
        switch self {
        case .recorded(let owner): holds = "holds the build of \(owner)"
        case .site(let url): holds = "holds ldpub's build of another site (\(url))"
        case .unknown(let example): holds = "holds files with the names ldpub writes ('\(example)'), but no record of a build of ldpub's: another site's build, or not ldpub's at all"
        }
        return "'\(outputPath)' \(holds); nothing written: build into another folder with --output, or add --clean to replace that build with this one"
    }
}
