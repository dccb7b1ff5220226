// ldpub — MIT licence.

import ArticleModel
import FeedExport
import Foundation
import ModelFixtures
import Testing

/// Writes sample feeds for `../shared/conformance/check` when `LDPUB_DUMP_FEEDS` names a folder:
/// `LDPUB_DUMP_FEEDS=/tmp/feeds swift test --filter FeedDumpTests && ../shared/conformance/check /tmp/feeds`.
@Suite struct FeedDumpTests {
    static var samples: [(name: String, publication: Publication)] {
        var samples: [(String, Publication)] = [
            ("standard", SamplePublication.standard()),
            ("minimal", SamplePublication.minimal()),
            ("ordering", FeedFixtures.ordering(limit: 4)),
            ("rich-body", FeedFixtures.richBody()),
            ("empty", FeedFixtures.publication([])),
            ("hostile-all", SamplePublication.hostile(SamplePublication.hostileTexts.joined(separator: " | "))),
            ("hostile-controls", SamplePublication.hostile("bad\u{1}text\u{FFFE} & \r\n end")),
        ]
        for (index, text) in SamplePublication.hostileTexts.enumerated() {
            samples.append(("hostile-\(index)", SamplePublication.hostile(text)))
        }
        return samples
    }

    @Test func dumpFeedsForTheConformanceCheck() throws {
        guard let folder = ProcessInfo.processInfo.environment["LDPUB_DUMP_FEEDS"], !folder.isEmpty else { return }
        for sample in Self.samples {
            let directory = URL(fileURLWithPath: folder).appendingPathComponent(sample.name, isDirectory: true)
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let items = FeedItems(sample.publication)
            for (file, text) in [("feed.xml", RSSFeed().render(items)), ("atom.xml", AtomFeed().render(items)), ("feed.json", JSONFeed().render(items))] {
                try Data(text.utf8).write(to: directory.appendingPathComponent(file))
            }
        }
    }

    @Test func sharedItemsGiveTheSameFeedsAsPublications() {
        for sample in Self.samples {
            let items = FeedItems(sample.publication)
            #expect(RSSFeed().render(items) == RSSFeed().render(sample.publication))
            #expect(AtomFeed().render(items) == AtomFeed().render(sample.publication))
            #expect(JSONFeed().render(items) == JSONFeed().render(sample.publication))
        }
    }
}
