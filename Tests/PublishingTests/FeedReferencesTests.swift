// ldpub — MIT licence.

import Foundation
import Testing
@testable import Publishing

/// Every feed item's content ends with the article's numbered reference list, in the page's
/// order, with DOI links: a syndicated copy keeps its evidence.
@Suite struct FeedReferencesTests {
    /// The DOIs linked in `html`, in order.
    private func dois(in html: String) -> [String] {
        html.components(separatedBy: "href=\"https://doi.org/").dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }

    @Test func everyFeedItemEndsWithTheReferencesOfItsPage() throws {
        let files = Dictionary(uniqueKeysWithValues: try GoldenOutputTests.buildSample().map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) })
        let page = try #require(files["hoe-werkt-ketamine/index.html"])
        let sources = try #require(page.range(of: "<ol class=\"references\">")).upperBound
        let pageDOIs = dois(in: String(page[sources...]).components(separatedBy: "</ol>")[0])
        #expect(pageDOIs.count == 6)
        #expect(pageDOIs.contains("10.1126/science.1190287"))

        let feed = try #require(files["feed.json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(feed.utf8)) as? [String: Any])
        let item = try #require((json["items"] as? [[String: Any]])?.first)
        let content = try #require(item["content_html"] as? String)
        #expect(content.hasSuffix("</li>\n</ol>"))
        let list = try #require(content.range(of: "<h2>Bronnen</h2>\n<ol>\n")).upperBound
        #expect(dois(in: String(content[list...])) == pageDOIs)
        #expect(content[list...].components(separatedBy: "<li>").count - 1 == 8)

        // The same list ends the RSS item's content:encoded and the Atom entry's content.
        for path in ["feed.xml", "atom.xml"] {
            let xml = try #require(files[path])
            #expect(xml.contains("&lt;h2&gt;Bronnen&lt;/h2&gt;\n&lt;ol&gt;\n&lt;li&gt;") || xml.contains("<h2>Bronnen</h2>\n<ol>\n<li>"), "\(path)")
            #expect(dois(in: xml.replacingOccurrences(of: "&quot;", with: "\"")).suffix(pageDOIs.count) == pageDOIs[...], "\(path)")
        }
    }
}
