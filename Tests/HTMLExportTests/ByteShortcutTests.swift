// ldpub — MIT licence.

import ArticleModel
import ClaimGraphExport
import Foundation
@testable import HTMLExport
import MarkdownRendering
import ModelFixtures
import Testing
import YAMLNodes

/// The pages are written as bytes, with shortcuts for the common case of each step; every
/// shortcut gives exactly what the general code (or the code it replaced) gives.
@Suite struct ByteShortcutTests {
    static let texts = ["", "a", "&", "<>", "plain text", "Fish & Chips", #"<a href="x" title='y'>"#, "é & ü", "'", "x\"",
                        "ends with &", "\u{1F600}<", "tab\tand\nnew line", "&amp;"] + SamplePublication.hostileTexts

    @Test(arguments: texts)
    func escapingBytesIsEscapingText(text: String) {
        var bytes: [UInt8] = Array("prefix".utf8)
        HTMLEscaping.appendEscaped(text, to: &bytes)
        #expect(bytes == Array(("prefix" + HTMLEscaping.escape(text)).utf8))
        var html = HTMLBuffer(capacity: 0)
        html.append(escaped: text)
        #expect(html.string == HTMLEscaping.escape(text))
    }

    @Test func numbersAreWrittenAsStringWritesThem() {
        for number in [0, 1, 9, 10, 99, 100, 12_345, -1, -40, Int.max, Int.min] {
            var html = HTMLBuffer(capacity: 0)
            html.append(number: number)
            #expect(html.string == String(number))
        }
        var html = HTMLBuffer(capacity: 0)
        html.append(number: 7, minimumDigits: 4)
        html.append(number: 2025, minimumDigits: 4)
        html.append(number: 12, minimumDigits: 2)
        #expect(html.string == "0007202512")
    }

    @Test func timesAreWrittenAsTheirDescription() {
        let timestamps = [
            Timestamp(year: 2025, month: 12, day: 30), Timestamp(year: 7, month: 1, day: 2), Timestamp(year: 0, month: 1, day: 1),
            Timestamp(year: 12_345, month: 1, day: 1),
            Timestamp(year: 2025, month: 12, day: 31, time: .init(hour: 9, minute: 30, second: 0, offsetMinutes: 60)),
            Timestamp(year: 2025, month: 1, day: 1, time: .init(hour: 23, minute: 5, second: 9, fraction: "123456", offsetMinutes: -150)),
            Timestamp(year: 2025, month: 1, day: 1, time: .init(hour: 0, minute: 0, second: 0, fraction: "5", offsetMinutes: 0)),
        ]
        for timestamp in timestamps {
            var html = HTMLBuffer(capacity: 0)
            TimeElement.append(timestamp, in: .english, to: &html)
            let expected = timestamp.year >= 1
                ? "<time datetime=\"" + TimeElement.datetime(timestamp) + "\">" + TimeElement.text(timestamp, in: .english) + "</time>"
                : "<span>" + timestamp.description + "</span>"
            #expect(html.string == expected)
        }
    }

    @Test func linksResolveAsURLResolutionResolvesThem() {
        let parts = ["", "a", "b/c", "../x/", "./", "..", ".", "/", "//host/p", "#f", "?q", "/a/./b/../c", "x?y#z", "https://ex.org/a",
                     "HTTP:x", "mailto:a@b", "é/ü", "a\u{301}", ":a", "a:b", "1a:b", "a b", "../../../../y", "a/..", "a/.", "/..",
                     "/behandelingen/emdr/", "../other-article-12/", "c:\u{301}x", "https:\u{301}//x", "a/../../b?c/../d#e/./f", "\\x"]
        let references = parts + parts.flatMap { first in ["/", "../", "a/", "?", "#"].map { first + $0 } }
        let bases = ["https://example.org/eerste/", "https://example.org", "https://ex.org/a/b?q#f", "http://h:8080/p/q",
                     "https://ex.org/é/", "noscheme/path", "https://", "https://ex.org/a b/", "https://ex.org?x", "https://ex.org#y"]
        for base in bases {
            for reference in references {
                #expect(LinkResolution.resolve(reference, against: base) == URLResolution.resolve(reference, against: base),
                        "\(reference) against \(base)")
            }
        }
    }

    @Test func referenceLabelsAreLetteredAsBefore() {
        let span = SourceSpan(file: "refs.yaml", at: Mark(line: 1, column: 1))
        let authors = ["Li", "LI", "li", "Lee", "Émile", "emile", "Li", "Zhang"]
        var items: [CSLItem] = []
        for (index, author) in authors.enumerated() {
            for year in [2020, 2021] where (index + year) % 3 != 0 {
                items.append(CSLItem(id: "r\(index)-\(year)", type: "article-journal", title: "Title \(items.count % 4)",
                                     authors: [CSLName(family: author, given: "A")], issued: CSLDate(year: year), span: span))
            }
        }
        items.append(CSLItem(id: "anon", type: "report", title: "A report without authors", span: span))
        for rotation in 0..<items.count {
            let rotated = Array(items[rotation...] + items[..<rotation])
            let list = ReferenceList(rotated, catalog: .english)
            let expected = Self.labelsAsBefore(rotated)
            #expect(list.entries.map { list.item(of: $0).id } == expected.map(\.id))
            #expect(list.entries.map(\.label) == expected.map(\.label))
            for item in rotated { #expect(list.label(of: item.id) == expected.first { $0.id == item.id }?.label) }
        }
    }

    @Test func citationsTrimAsFoundationTrims() {
        for title in ["\u{A0}Spaced\u{3000}", " T ", "\tT\n", "T\u{2028}", "\u{85}T", "T\u{301}", "Ünïcode ö", "\u{200B}T"] {
            let item = CSLItem(id: "x", type: "article-journal", title: title, authors: [CSLName(literal: "X")],
                               span: SourceSpan(file: "r.yaml", at: Mark(line: 1, column: 1)))
            let trimmed = title.trimmingCharacters(in: .whitespacesAndNewlines)
            let fullStop = trimmed.last.map { ".?!".contains($0) } ?? true ? "" : "."
            #expect(CitationFormatter.html(item) == "X (n.d.). " + HTMLEscaping.escape(trimmed) + fullStop)
        }
    }

    /// The reference list's order and letters as the first version of ``ReferenceList`` made them.
    static func labelsAsBefore(_ items: [CSLItem]) -> [(id: String, label: String)] {
        let cited = items.map { (item: $0, citation: ShortCitation($0, noDate: "n.d.")) }
        let sorted = cited.sorted { lhs, rhs in
            let (left, right) = (lhs.citation.author.lowercased(), rhs.citation.author.lowercased())
            if left != right { return left < right }
            if lhs.citation.year != rhs.citation.year { return lhs.citation.year < rhs.citation.year }
            if lhs.item.title != rhs.item.title { return lhs.item.title < rhs.item.title }
            return lhs.item.id < rhs.item.id
        }
        var counts: [String: Int] = [:]
        for entry in sorted { counts[entry.citation.description, default: 0] += 1 }
        var used: [String: Int] = [:]
        return sorted.map { entry in
            var label = entry.citation.description
            if counts[label, default: 0] > 1 {
                let index = used[label, default: 0]
                used[label] = index + 1
                label += ReferenceList.letter(index)
            }
            return (entry.item.id, label)
        }
    }
}
