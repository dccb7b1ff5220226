// ldpub — MIT licence.

import Testing
@testable import YAMLNodes

/// Syntax errors keep libyaml's words and add where the construct began and how to fix common mistakes.
@Suite struct SyntaxErrorTests {
    func error(_ text: String) -> YAMLError? {
        do {
            _ = try YAMLLoader().load(text, file: "t.yaml")
            return nil
        } catch {
            return error
        }
    }

    func notes(_ error: YAMLError?) -> [String] {
        error?.notes.map { "\($0.span.start): \($0.message)" } ?? []
    }

    @Test func anUnclosedQuoteIsReportedWhereItOpens() {
        let problem = error("title: \"Voorbeeld\ndescription: Een voorbeeld.\nauthors: [a]\n")
        #expect(problem?.description == "t.yaml:1:8: error: invalid YAML: found unexpected end of stream while scanning a quoted scalar (the file ends before the closing quote)")
        #expect(problem?.notes == [])
    }

    @Test func anUnclosedFlowSequenceAtTheEndIsReportedWhereItOpens() {
        let problem = error("title: x\nauthors: [redactie, b\n")
        #expect(problem?.description == "t.yaml:2:10: error: invalid YAML: did not find expected ',' or ']' while parsing a flow sequence (the file ends before the closing ']')")
    }

    @Test func anUnclosedFlowMappingGetsANoteWhereItOpens() {
        let problem = error("title: x\nreviewed: {by: a, date: b\ndescription: y\n")
        #expect(problem?.description == "t.yaml:3:12: error: invalid YAML: did not find expected ',' or '}' while parsing a flow mapping")
        #expect(notes(problem) == ["2:11: the flow mapping starts here"])
    }

    @Test func aBlockSequenceGetsANoteWhereItStarts() {
        let problem = error("sections:\n  - heading: a\n    body: b\n   claims: c\n")
        #expect(problem?.description == "t.yaml:4:4: error: invalid YAML: did not find expected '-' indicator while parsing a block collection")
        #expect(notes(problem) == ["2:3: the block sequence starts here"])
    }

    @Test func aContextOnTheProblemsLineGetsNoNote() {
        let problem = error("title: \"a\\qb\"\n")
        #expect(problem?.description == "t.yaml:1:10: error: invalid YAML: found unknown escape character while parsing a quoted scalar")
        #expect(problem?.notes == [])
    }

    @Test func aValueWithColonSpaceIsToldToBeQuoted() {
        #expect(error("title: Slaap: wat helpt\n")?.description
            == "t.yaml:1:13: error: invalid YAML: mapping values are not allowed in this context (put a value that contains ': ' in quotes: title: \"Slaap: wat helpt\")")
        #expect(error("- title: Zeg \"nee\": zo doe je dat # tip\n")?.description
            == "t.yaml:1:19: error: invalid YAML: mapping values are not allowed in this context (put a value that contains ': ' in quotes: title: 'Zeg \"nee\": zo doe je dat')")
        #expect(error("title: Waarom:\n")?.description
            == "t.yaml:1:14: error: invalid YAML: mapping values are not allowed in this context (put a value that ends in ':' in quotes: title: \"Waarom:\")")
    }

    @Test func aKeyIndentedTooFarGetsNoQuotingHint() {
        #expect(error("title: x\n  description: y\n")?.description == "t.yaml:2:14: error: invalid YAML: mapping values are not allowed in this context")
        #expect(error("title: x\ndescription: y\n  z: w\n")?.description == "t.yaml:3:4: error: invalid YAML: mapping values are not allowed in this context")
    }

    @Test func linesAreFoundWhateverTheLineBreaks() {
        #expect(error("a: 1\r\ntitle: Slaap: wat\r\n")?.description
            == "t.yaml:2:13: error: invalid YAML: mapping values are not allowed in this context (put a value that contains ': ' in quotes: title: \"Slaap: wat\")")
    }
}
