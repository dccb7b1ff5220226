// ldpub — MIT licence.

import Foundation
import LinkedDataJSON
import LinkedDataValidation
import Testing

@Suite struct FeedValidatorTests {
    @Test func validFeedsHaveNoProblems() throws {
        #expect(RSSValidator().validate(data: try Fixtures.data("Valid/feed.xml")) == [])
        #expect(AtomValidator().validate(data: try Fixtures.data("Valid/atom.xml")) == [])
        #expect(JSONFeedValidator().validate(data: try Fixtures.data("Valid/feed.json")) == [])
    }

    // MARK: - RSS dates

    func rss(pubDate: String) -> Data {
        Data("""
        <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>
        <title>T</title><link>https://example.org/</link><description>D</description>
        <atom:link rel="self" href="https://example.org/feed.xml"/>
        <item><title>I</title><guid>https://example.org/i</guid><pubDate>\(pubDate)</pubDate></item>
        </channel></rss>
        """.utf8)
    }

    @Test(arguments: [
        "Fri, 01 Mar 2024 00:00:00 GMT", "Fri, 1 Mar 2024 00:00 GMT", "01 Mar 2024 00:00:00 +0100",
        "Thu, 29 Feb 2024 23:59:60 -0500", "Sat, 02 Mar 2024 10:00:00 PDT", "Sun, 03 Mar 2024 10:00:00 Z",
        "  Fri, 01 Mar 2024 00:00:00 UT  ",
    ])
    func rfc822DatesThatAreValid(date: String) {
        #expect(RSSValidator().validate(data: rss(pubDate: date)) == [])
    }

    struct DateCase: Sendable, CustomTestStringConvertible {
        let value: String
        let message: String
        var testDescription: String { value }
    }

    @Test(arguments: [
        DateCase(value: "2024-03-01T00:00:00Z", message: "error: item 1 <pubDate> '2024-03-01T00:00:00Z': not an RFC 822 date (e.g. 'Tue, 10 Jun 2003 04:00:00 GMT')"),
        DateCase(value: "Tue, 01 Mar 2024 00:00:00 GMT", message: "error: item 1 <pubDate> 'Tue, 01 Mar 2024 00:00:00 GMT': day of week 'Tue' does not match the date (1 Mar 2024 is a Fri)"),
        DateCase(value: "Fri, 01 Mar 24 00:00:00 GMT", message: "warning: item 1 <pubDate> 'Fri, 01 Mar 24 00:00:00 GMT': two-digit year (RSS 2.0 recommends four digits)"),
        DateCase(value: "Fri, 31 Apr 2024 00:00:00 GMT", message: "error: item 1 <pubDate> 'Fri, 31 Apr 2024 00:00:00 GMT': 31 Apr 2024 is not a date"),
        DateCase(value: "Fri, 01 Mar 2024 24:00:00 GMT", message: "error: item 1 <pubDate> 'Fri, 01 Mar 2024 24:00:00 GMT': 24:00:00 is not a time of day"),
        DateCase(value: "Fri, 01 Mar 2024 00:00:00 CET", message: "error: item 1 <pubDate> 'Fri, 01 Mar 2024 00:00:00 CET': not an RFC 822 date (e.g. 'Tue, 10 Jun 2003 04:00:00 GMT')"),
        DateCase(value: "Friday, 01 Mar 2024 00:00:00 GMT", message: "error: item 1 <pubDate> 'Friday, 01 Mar 2024 00:00:00 GMT': not an RFC 822 date (e.g. 'Tue, 10 Jun 2003 04:00:00 GMT')"),
        DateCase(value: "Fri, 01 March 2024 00:00:00 GMT", message: "error: item 1 <pubDate> 'Fri, 01 March 2024 00:00:00 GMT': not an RFC 822 date (e.g. 'Tue, 10 Jun 2003 04:00:00 GMT')"),
    ])
    func rfc822DatesThatAreNot(date: DateCase) {
        #expect(RSSValidator().validate(data: rss(pubDate: date.value)).map(\.description) == [date.message])
    }

    @Test func rssItemsAreNumberedAndGUIDsMayBeNonPermalinks() {
        let data = Data("""
        <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>
        <title>T</title><link>https://example.org/</link><description></description>
        <atom:link rel="self"/>
        <item><title>A</title><guid isPermaLink="false">tag-a</guid></item>
        <item><description>B</description></item>
        </channel></rss>
        """.utf8)
        #expect(RSSValidator().validate(data: data).map(\.description) == [
            "warning: channel <description> is empty",
            "error: <atom:link rel=\"self\"> has no href",
            "warning: item 2 has no <guid>",
        ])
    }

    /// The message says why the guid is a permalink: by default, or as the feed says.
    @Test func aPermalinkGUIDThatIsNoURLSaysWhyItIsAPermalink() {
        let data = Data("""
        <rss version="2.0"><channel>
        <title>T</title><link>https://example.org/</link><description>D</description>
        <item><title>A</title><guid>tag-a</guid></item>
        <item><title>B</title><guid isPermaLink="true">tag-b</guid></item>
        </channel></rss>
        """.utf8)
        #expect(RSSValidator().validate(data: data).map(\.description).filter { $0.hasPrefix("error:") } == [
            "error: item 1 <guid> 'tag-a' is a permalink (isPermaLink defaults to true) but not an absolute URL",
            "error: item 2 <guid> 'tag-b' is a permalink (isPermaLink=\"true\") but not an absolute URL",
        ])
    }

    @Test func rssItemLinksAndEnclosures() {
        let data = Data("""
        <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>
        <title>T</title><link>https://example.org/</link><description>D</description>
        <atom:link rel="self" href="https://example.org/feed.xml"/>
        <item><title>A</title><link>/a/</link><guid>https://example.org/a/</guid><enclosure url="https://example.org/a.mp3" type="audio/mpeg"/></item>
        </channel></rss>
        """.utf8)
        #expect(RSSValidator().validate(data: data).map(\.description) == [
            "error: item 1 <link> '/a/' is not an absolute URL",
            "error: item 1 <enclosure> needs url, length and type attributes",
        ])
    }

    @Test func rssRootAndWellFormedness() {
        #expect(RSSValidator().validate(data: Data("<feed/>".utf8)).map(\.description) == ["error: root element is <feed>, expected <rss>"])
        #expect(RSSValidator().validate(data: Data("".utf8)).map(\.description) == ["1:1: error: not well-formed XML: the document has no root element"])
        #expect(RSSValidator().validate(data: Data("<rss version=\"2.0\"><channel></rss>".utf8)).map(\.description) == [
            "1:35: error: not well-formed XML: an end tag that does not match its start tag",
        ])
    }

    // MARK: - Atom

    func atom(updated: String) -> Data {
        Data("""
        <feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
        <updated>\(updated)</updated><author><name>A</name></author><link rel="self" href="https://example.org/atom.xml"/></feed>
        """.utf8)
    }

    @Test(arguments: ["2024-05-10T09:30:00Z", "2024-05-10t09:30:00z", "2024-05-10T09:30:00.123+02:00", "2016-12-31T23:59:60Z", "2024-02-29T00:00:00-05:00"])
    func rfc3339DatesThatAreValid(date: String) {
        #expect(AtomValidator().validate(data: atom(updated: date)) == [])
    }

    @Test(arguments: [
        DateCase(value: "2024-05-10T09:30:00", message: "error: feed <updated> '2024-05-10T09:30:00' has no time-zone offset (RFC 3339 needs 'Z' or '+hh:mm')"),
        DateCase(value: "2024-05-10", message: "error: feed <updated> '2024-05-10' is a date without a time (RFC 3339 needs a date-time such as '2024-05-10T09:30:00Z')"),
        DateCase(value: "2023-02-29T00:00:00Z", message: "error: feed <updated> '2023-02-29T00:00:00Z' is not a valid date and time"),
        DateCase(value: "2024-05-10T09:30Z", message: "error: feed <updated> '2024-05-10T09:30Z' is not an RFC 3339 date-time (e.g. '2024-05-10T09:30:00Z')"),
        DateCase(value: "2024-05-10T09:30:00+0200", message: "error: feed <updated> '2024-05-10T09:30:00+0200' is not an RFC 3339 date-time (e.g. '2024-05-10T09:30:00Z')"),
        DateCase(value: "Fri, 10 May 2024 09:30:00 GMT", message: "error: feed <updated> 'Fri, 10 May 2024 09:30:00 GMT' is not an RFC 3339 date-time (e.g. '2024-05-10T09:30:00Z')"),
    ])
    func rfc3339DatesThatAreNot(date: DateCase) {
        #expect(AtomValidator().validate(data: atom(updated: date.value)).map(\.description) == [date.message])
    }

    @Test func atomEntryDocumentsAndEntryAuthors() {
        let entry = Data("""
        <entry xmlns="http://www.w3.org/2005/Atom"><title>T</title><id>tag:example.org,2024:1</id>
        <updated>2024-05-10T09:30:00Z</updated><content>C</content></entry>
        """.utf8)
        #expect(AtomValidator().validate(data: entry).map(\.description) == [
            "error: entry has no <author> and the feed has none (RFC 4287 section 4.1.2)",
        ])
        let sourced = Data("""
        <feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><id>tag:example.org,2024:feed</id>
        <updated>2024-05-10T09:30:00Z</updated><link rel="self" href="https://example.org/atom.xml"/>
        <entry><title>E</title><id>tag:example.org,2024:1</id><updated>2024-05-10T09:30:00Z</updated><content>C</content>
        <source><author><name>S</name></author></source></entry>
        <entry><title>E</title><id>tag:example.org,2024:2</id><updated>2024-05-10T09:30:00Z</updated><link href="https://example.org/2"/>
        <title>again</title></entry></feed>
        """.utf8)
        #expect(AtomValidator().validate(data: sourced).map(\.description) == [
            "error: entry 2 has 2 <title> elements, expected one",
            "error: entry 2 has no <author> and the feed has none (RFC 4287 section 4.1.2)",
        ])
    }

    // MARK: - JSON Feed

    @Test func jsonFeedFieldTypes() throws {
        let feed: JSONValue = try JSONValue.parse(Data("""
        {"version": "https://jsonfeed.org/version/1.1", "title": "T", "home_page_url": 1, "expired": "no", "extra": 1,
         "hubs": [{"type": "WebSub"}],
         "items": [
           {"id": 7, "content_text": "C", "title": ["x"], "attachments": [{"url": "u"}], "authors": [{"name": "A"}], "x": 1},
           {"id": "7", "content_html": "<p>", "date_modified": 20240510, "attachments": {"url": "u"}},
           "not an item"
         ]}
        """.utf8))
        #expect(JSONFeedValidator().validate(feed).map(\.description) == [
            "error: top-level 'home_page_url' must be a string, not a number",
            "error: top-level 'expired' must be a boolean, not a string",
            "warning: top-level 'feed_url' is recommended",
            "warning: unknown top-level key 'extra' (extensions start with '_')",
            "error: hub 1 needs 'type' and 'url' (strings)",
            "warning: item 1 'id' is a number; JSON Feed 1.1 wants a string",
            "error: item 1 'title' must be a string, not an array",
            "error: item 1 attachment 1 needs 'url' and 'mime_type' (strings)",
            "warning: item 1 has unknown key 'x' (extensions start with '_')",
            "error: item 2 'date_modified' must be a string, not a number",
            "error: item 2 'attachments' must be an array, not an object",
            "error: item 2 repeats id '7' of item 1",
            "error: item 3 is not an object",
        ])
    }
}
