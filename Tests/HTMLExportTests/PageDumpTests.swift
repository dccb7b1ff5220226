// ldpub — MIT licence.

import ArticleModel
import Foundation
import HTMLExport
import ModelFixtures
import Testing

/// Writes the pages of every test site to the folder named by `LDPUB_DUMP_HTML`, one folder
/// per site, for `Scripts/check-html.sh <folder>` and for looking at them; does nothing otherwise.
@Suite struct PageDumpTests {
    static let folder = ProcessInfo.processInfo.environment["LDPUB_DUMP_HTML"]

    @Test(.enabled(if: folder != nil, "set LDPUB_DUMP_HTML to a folder to write the test sites' pages there"))
    func writeTestSites() throws {
        let root = URL(fileURLWithPath: try #require(Self.folder), isDirectory: true)
        try TestSite.write(try TestSite.files(try TestSite.sample(), svg: true), to: root.appendingPathComponent("sample"))
        try TestSite.write(try TestSite.files(try TestSite.clinic(), svg: true), to: root.appendingPathComponent("clinic"))
        try TestSite.write(try TestSite.files(SamplePublication.standard(), svg: true), to: root.appendingPathComponent("standard"))
        try TestSite.write(try TestSite.files(SamplePublication.minimal(), svg: true), to: root.appendingPathComponent("minimal"))
        for (index, text) in SamplePublication.hostileTexts.enumerated() {
            try TestSite.write(try TestSite.files(SamplePublication.hostile(text), svg: true), to: root.appendingPathComponent("hostile-\(index + 1)"))
        }
    }
}
