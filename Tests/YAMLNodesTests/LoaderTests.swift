// ldpub — MIT licence.

import Testing
@testable import YAMLNodes

@Suite struct LoaderTests {
    let loader = YAMLLoader()

    func load(_ text: String, limits: LoadLimits = .default) throws(YAMLError) -> YAMLDocument {
        try YAMLLoader(limits: limits).load(text, file: "t.yaml")
    }

    func error(_ text: String, limits: LoadLimits = .default) -> YAMLError? {
        do {
            let document = try load(text, limits: limits)
            return document.problems.first
        } catch {
            return error
        }
    }

    @Test func marksAreOneBasedAndCountUnicodeScalars() throws {
        let root = try #require(try load("title: 'héllo'\nnext: 1\n").root)
        let pairs = try #require(root.mapping)
        #expect(pairs[0].key.mark == Mark(line: 1, column: 1))
        #expect(pairs[0].value.mark == Mark(line: 1, column: 8))
        #expect(pairs[1].value.mark == Mark(line: 2, column: 7))
        #expect(pairs[1].value.span.file == "t.yaml")
        #expect(error("title: 'héllo\n")?.description == "t.yaml:1:8: error: invalid YAML: found unexpected end of stream while scanning a quoted scalar (the file ends before the closing quote)")
    }

    @Test func resolvesTheCoreSchema() throws {
        let root = try #require(try load("[no, on, yes, 2025-12-30, '1', 1, 0x1F, 0o17, 1.5, .inf, ~, null, true, False, '', \"true\", !!str 3]").root)
        let values = try #require(root.sequence).map { $0.scalar!.value }
        #expect(values == [
            .string("no"), .string("on"), .string("yes"), .string("2025-12-30"), .string("1"), .int(1), .int(31), .int(15),
            .float(1.5), .float(.infinity), .null, .null, .bool(true), .bool(false), .string(""), .string("true"), .string("3"),
        ])
    }

    /// The loader resolves plain scalars on the event's bytes; ``Scalar/init(text:style:)``
    /// on the text. Both must agree, and a scalar's value must survive being kept compactly.
    @Test func plainScalarsResolveTheSameOnBytesAndOnText() throws {
        let texts = ["~", "null", "Null", "NULL", "nULL", "nulls", "true", "True", "TRUE", "tRUE", "false", "FALSE", ".inf", "-.Inf", "+.INF",
                     ".nan", ".NaN", "NaN", "0", "-0", "+12", "007", "0x1F", "0x", "0xG", "0o17", "0o8", "1.5", "1.", ".5", "-.5e3", "1e5",
                     "1e", "-", "+", ".", "99999999999999999999", "0x1FFFFFFFFFFFFFFFFF", "é", "title", "t", "n", "f", "2025-12-30",
                     "1_000", "0b101", "12 apples"]
        let root = try #require(try load("[" + texts.joined(separator: ", ") + ", ]").root)
        let loaded = try #require(root.sequence)
        #expect(loaded.count == texts.count)
        for (node, text) in zip(loaded, texts) {
            let scalar = try #require(node.scalar)
            let expected = Scalar(text: text, style: .plain)
            #expect(scalar.text == text)
            #expect(String(describing: scalar.value) == String(describing: expected.value), "\(text)")
            #expect(scalar.hasSameValue(as: expected) == (scalar.value == expected.value), "\(text)")
        }
    }

    @Test func keysRepeatByValueNotBySpelling() {
        #expect(error("1: a\n01: b\n")?.description == "t.yaml:2:1: error: duplicate key '01' in mapping")
        #expect(error("true: a\nTrue: b\n")?.description == "t.yaml:2:1: error: duplicate key 'True' in mapping")
        #expect(error("~: a\nnull: b\n")?.description == "t.yaml:2:1: error: duplicate key 'null' in mapping")
        #expect(error("1: a\n'1': b\n") == nil)
        #expect(error("a: 1\n\"a\": 2\n")?.description == "t.yaml:2:1: error: duplicate key 'a' in mapping")
        #expect(error("[1]: a\n[1]: b\n")?.description == "t.yaml:2:1: error: duplicate key (a sequence) in mapping")
        #expect(error("[1]: a\n[2]: b\n") == nil)
    }

    @Test func marksBeyondThirtyTwoBitsAreClamped() {
        #expect(Mark(line: 3, column: 9).line == 3 && Mark(line: 3, column: 9).column == 9)
        #expect(Mark(line: Int(Int32.max) + 5, column: 1).line == Int(Int32.max))
        #expect(Mark(line: 1, column: 2) < Mark(line: 2, column: 1))
    }

    @Test func duplicateKeysAreReportedAtTheSecondWithANoteAtTheFirst() throws {
        let document = try load("a: 1\nb: 2\na: 3\n")
        let problem = try #require(document.problems.first)
        #expect(problem.description == "t.yaml:3:1: error: duplicate key 'a' in mapping")
        #expect(problem.notes.first?.span.start == Mark(line: 1, column: 1))
        // The first value is kept.
        #expect(document.root?.mapping?.count == 2)
        #expect(document.root?.mapping?.first?.value.scalar?.value == .int(1))
    }

    @Test func duplicateKeysInLargeMappingsAreFoundByIndex() throws {
        let text = (0..<50).map { "k\($0): \($0)" }.joined(separator: "\n") + "\nk7: again\n"
        #expect(error(text)?.description == "t.yaml:51:1: error: duplicate key 'k7' in mapping")
    }

    @Test func aliasesResolveAndBillionLaughsFailsFast() throws {
        let root = try #require(try load("a: &x {b: 1}\nc: *x\n").root)
        #expect(root.mapping?[1].value.mapping?.first?.value.scalar?.value == .int(1))
        var bomb = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        for level in 1...9 {
            let previous = level == 1 ? "a" : "l\(level - 1)"
            bomb += "l\(level): &l\(level) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]\n"
        }
        let failure = try #require(error(bomb))
        #expect(failure.kind == .alias)
        #expect(failure.message.contains("beyond the limit of 100000 nodes"))
    }

    @Test func undefinedAndRecursiveAliasesAreErrors() {
        #expect(error("a: *nope\n")?.message == "alias '*nope' refers to an anchor that is not defined before it")
        #expect(error("a: &r [*r]\n")?.message == "alias '*r' refers to a node that contains it; recursive data is not supported")
    }

    @Test func nestingBeyondTheLimitIsAnError() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let failure = error(deep)
        #expect(failure?.kind == .depth)
        #expect(failure?.span.start == Mark(line: 1, column: 65))
    }

    @Test func filesLargerThanTheLimitAreRejectedBeforeParsing() {
        let failure = error(String(repeating: "a", count: 2048), limits: LoadLimits(maxFileBytes: 1024))
        #expect(failure?.description == "t.yaml:1:1: error: file is 2 KiB, larger than the limit of 1 KiB")
    }

    @Test func encodingProblemsAreLocated() throws {
        let invalid: [UInt8] = Array("a: b\nc: d".utf8) + [0xFF] + Array("\n".utf8)
        #expect(throws: YAMLError.self) { try YAMLLoader().load(invalid, file: "t.yaml") }
        do {
            _ = try YAMLLoader().load(invalid, file: "t.yaml")
        } catch {
            #expect(error.description == "t.yaml:2:5: error: invalid UTF-8: invalid leading UTF-8 octet 0xFF")
        }
        #expect(error("a: b\u{0}c\n")?.description == "t.yaml:1:5: error: NUL byte is not allowed in YAML text")
        do {
            _ = try YAMLLoader().load([0xFF, 0xFE, 0x61, 0x00], file: "t.yaml")
        } catch {
            #expect(error.message == "file is encoded as UTF-16; save it as UTF-8")
        }
    }

    @Test func byteOrderMarkAndCRLFAreFine() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("a: 1\r\nb: 'x'\r\n".utf8)
        let root = try #require(try YAMLLoader().load(bytes, file: "t.yaml").root)
        #expect(root.mapping?[1].value.mark == Mark(line: 2, column: 4))
        #expect(root.mapping?[1].value.scalar?.text == "x")
    }

    @Test func tabsForIndentationGetAHint() {
        #expect(error("a:\n\tb: 1\n")?.message.hasSuffix("(YAML does not allow a tab here; indent with spaces)") == true)
    }

    @Test func unknownTagsAreRejectedUnlessIgnored() throws {
        #expect(error("a: !!binary aGk=\n")?.message == "unsupported tag '!!binary'; ldpub reads plain YAML data (remove the tag)")
        #expect(error("a: !custom {b: 1}\n")?.kind == .tag)
        #expect(error("a: !!int abc\n")?.message == "'abc' is not an integer (tag '!!int')")
        let lenient = YAMLLoader(tagPolicy: .ignore)
        #expect(try lenient.load("a: !custom 5", file: "t").root?.mapping?.first?.value.scalar?.value == .int(5))
    }

    @Test func oneDocumentPerFile() throws {
        #expect(error("a: 1\n---\nb: 2\n")?.description == "t.yaml:2:1: error: a file holds one document; found a second one here")
        #expect(try YAMLLoader().loadAll(Array("a: 1\n---\nb: 2\n".utf8), file: "t").count == 2)
        #expect(try load("# only a comment\n").root == nil)
    }
}
