// ldpub — MIT licence.

import Testing
import WorkflowCommands

@Suite struct GitHubAnnotationTests {
    @Test func aLocatedErrorNamesFileLineAndColumn() {
        let annotation = GitHubAnnotation(.error, file: "Articles/a.yaml", line: 19, column: 1, endLine: 19, endColumn: 8,
                                          message: "unknown key 'modifed' in article (did you mean 'modified'?)")
        #expect(annotation.description
            == "::error file=Articles/a.yaml,line=19,col=1,endLine=19,endColumn=8::unknown key 'modifed' in article (did you mean 'modified'?)")
    }

    @Test func messagesAndPropertiesAreEscaped() {
        let annotation = GitHubAnnotation(.warning, file: "C:/odd,name%.html", message: "100% sure\r\nnote: a, b: c")
        #expect(annotation.description == "::warning file=C%3A/odd%2Cname%25.html::100%25 sure%0D%0Anote: a, b: c")
    }

    @Test func withoutAFileOrPositionOnlyTheMessageIsWritten() {
        #expect(GitHubAnnotation(.notice, message: "done").description == "::notice::done")
        #expect(GitHubAnnotation(.warning, file: "feed.xml", message: "m").description == "::warning file=feed.xml::m")
    }
}
