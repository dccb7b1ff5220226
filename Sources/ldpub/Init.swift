// ldpub — MIT licence.

import ArgumentParser
import Publishing

/// `ldpub init`: writes a new input folder that validates and builds with no warnings.
struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create a new input folder: a commented site.yaml, one example article and the JSON Schemas for editors.",
        discussion: """
            Like 'hugo new site NAME', it makes the folder (default: Articles, the folder every \
            other command reads by default, so that 'ldpub build' works next). The example article \
            is dated today. The files' modelines point to the schemas copied into FOLDER/schemas/. \
            Nothing is overwritten: when any of the files exists, nothing is written and the exit \
            status is 1.

            With --templates, it writes only ldpub's page templates into FOLDER/templates/ (an \
            existing input folder), to change: they build exactly the default pages until then \
            (Docs/Templates.md).

            Example:
              ldpub init my-site && ldpub build my-site --output public
            """
    )

    @Argument(help: "The new input folder.")
    var folder: String = "Articles"

    @Flag(help: "Write ldpub's page templates into FOLDER/templates/ instead, to change them.")
    var templates = false

    func run() throws {
        try OpenFilesLimit.prepare()
        do {
            if templates {
                for path in try SiteScaffold.writeTemplates(into: folder) { StandardStreams.writeOutput("created \(path)\n") }
                StandardStreams.writeError("next: change them, then ldpub build \(folder)\n")
                return
            }
            let written = try SiteScaffold(date: ReviewAgeOptions.today().dateString).write(into: folder)
            for path in written { StandardStreams.writeOutput("created \(path)\n") }
            StandardStreams.writeError("next: ldpub validate \(folder) && ldpub build \(folder) --output public\n")
        } catch {
            StandardStreams.writeError("error: \(error.message)\n")
            throw ExitCode.failure
        }
    }
}
