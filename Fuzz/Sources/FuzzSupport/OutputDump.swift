// ldpub — MIT licence.

import ArticleModel
import Foundation
import LinkedDataValidation
import Publishing

/// For looking at a finding: writes the build of a publication into a folder, with every
/// validator message (warnings too) in `problems.txt`.
public enum OutputDump {
    /// Writes the files of the build of `publication` below `folder`.
    public static func write(_ publication: Publication, to folder: String) {
        let build = FolderBuild.inMemory(publication)
        let checker = DocumentChecker()
        var report = ""
        for file in build.files {
            let url = URL(fileURLWithPath: folder).appendingPathComponent(file.path)
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? Data(file.bytes).write(to: url)
            for problem in checker.check(contents: Data(file.bytes), path: file.path)?.problems ?? [] {
                report += "\(file.path): \(problem.severity.rawValue): \(problem.message)\n"
            }
        }
        try? Data(report.utf8).write(to: URL(fileURLWithPath: folder).appendingPathComponent("problems.txt"))
    }
}
