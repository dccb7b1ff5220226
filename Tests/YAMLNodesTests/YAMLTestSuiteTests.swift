// ldpub — MIT licence.

import Foundation
import Testing
@testable import YAMLNodes

/// The official YAML test suite (yaml/yaml-test-suite, data branch), run through ``YAMLLoader``.
///
/// The cases live in `YAMLTestSuite/` (copied by `Scripts/import-yaml-test-suite.py`). Every case
/// loads without crashing; every case marked `error` is rejected with a located error; every valid
/// case with `in.json` yields the same data. Where libyaml 0.2.5 (or ldpub on purpose) behaves
/// otherwise, the case is listed below with the reason, and the test checks that it still does:
/// when libyaml is fixed, the test fails and the entry goes.
@Suite struct YAMLTestSuiteTests {
    // MARK: - Known divergences
    //
    // Each entry was checked against libyaml 0.2.5 on its own (a C program printing
    // yaml_parser_parse's events), so it is libyaml's behaviour, not the node composer's.

    /// Invalid YAML that libyaml 0.2.5 loads without complaint (16 cases).
    static let libyamlAcceptsInvalid: [String: String] = [
        "9C9N": "libyaml does not check indentation inside flow collections: the lines of `flow: [a,` continue at column 1, less indented than the block mapping's value must be",
        "QB6E": "libyaml does not check indentation of the continuation lines of a multi-line double-quoted scalar (`quoted: \"a` continues at column 1)",
        "DK95-01": "libyaml does not check indentation of double-quoted continuation lines: a line indented by a tab only counts as not indented",
        "Y79Y-003": "libyaml takes a tab at the start of a line inside a flow sequence nested in a block sequence as separation; a tab cannot be indentation there",
        "9JBA": "libyaml accepts a comment without whitespace before `#` right after a flow sequence (`]#invalid`)",
        "CVW2": "libyaml accepts a comment without whitespace before `#` right after a comma in a flow sequence (`,#invalid`)",
        "SU5Z": "libyaml accepts a comment without whitespace before `#` right after a double-quoted scalar (`\"value\"# invalid comment`)",
        "X4QW": "libyaml accepts a comment without whitespace before `#` right after a block scalar indicator (`># comment`)",
        "MUS6-00": "libyaml accepts a comment without whitespace before `#` right after a %YAML directive's version (`%YAML 1.1#...`)",
        "9HCY": "libyaml accepts a directive (`%TAG`) after a bare document that has no `...` document end marker",
        "EB22": "libyaml accepts a %YAML directive after a document that has no `...` document end marker",
        "RHX7": "libyaml accepts a %YAML directive after a document that has no `...` document end marker",
        "MUS6-01": "libyaml accepts a second %YAML directive after an (empty) document that has no `...` document end marker",
        "G5U8": "libyaml reads `-` followed by `,` or `]` in a flow sequence as a plain scalar; `-` followed by a flow indicator cannot start a plain scalar",
        "YJV2": "libyaml reads `[-]` as a sequence holding the plain scalar `-`; `-` followed by a flow indicator cannot start a plain scalar",
        "S98Z": "libyaml does not reject leading empty lines of a block scalar that hold more spaces than its first non-empty line's indentation",
    ]

    /// Valid YAML that libyaml 0.2.5 rejects with a syntax error (51 cases).
    static let libyamlRejectsValid: [String: String] = [
        "2JQS": emptyImplicitKey, "6M2F": emptyImplicitKey, "M2N8-00": emptyImplicitKey, "NHX8": emptyImplicitKey,
        "NKF9": emptyImplicitKey, "S3PD": emptyImplicitKey, "SM9W-01": emptyImplicitKey, "UKK6-00": emptyImplicitKey,
        "CFD4": "libyaml does not support an empty implicit key in a single-pair flow sequence entry (`[ : empty key ]`)",
        "4MUZ-00": multiLineFlowKey, "4MUZ-01": multiLineFlowKey, "4MUZ-02": multiLineFlowKey, "5MUD": multiLineFlowKey,
        "K3WX": multiLineFlowKey, "9SA2": multiLineFlowKey, "NJ66": multiLineFlowKey, "UT92": multiLineFlowKey,
        "VJP3-01": multiLineFlowKey,
        "4ABK": "libyaml rejects `:` directly followed by `,` in a flow mapping (`omitted value:,`, an entry with an empty value)",
        "FRK4": "libyaml rejects `:` directly followed by `,` in a flow mapping (`? foo :,`, an entry with an empty value)",
        "58MP": colonStartsPlainInFlow, "5T43": colonStartsPlainInFlow, "DBG4": colonStartsPlainInFlow,
        "HM87-00": colonStartsPlainInFlow,
        "2SXE": anchorCharacters, "W5VH": anchorCharacters, "8XYN": anchorCharacters,
        "6BCT": tabSeparation, "A2M4": tabSeparation, "Y79Y-010": tabSeparation, "DK95-00": tabSeparation,
        "DK95-03": tabSeparation, "DK95-04": tabSeparation, "Q5MG": tabSeparation, "6CA3": tabSeparation,
        "96NN-00": tabInBlockScalar, "96NN-01": tabInBlockScalar, "R4YG": tabInBlockScalar, "Y79Y-001": tabInBlockScalar,
        "2LFX": reservedDirective, "6LVF": reservedDirective, "MUS6-05": reservedDirective, "MUS6-06": reservedDirective,
        "BEC7": "libyaml rejects `%YAML 1.3` (\"found incompatible YAML document\"); a higher minor version must be processed with a warning",
        "7Z25": "libyaml requires `---` to start a new document after a `...` document end marker; a bare document may follow it",
        "M7A3": "libyaml requires `---` to start a new document after a `...` document end marker; a bare document may follow it",
        "HWV9": "libyaml rejects a stream holding only a `...` document end marker (no document before it)",
        "QT73": "libyaml rejects a stream holding only a comment and a `...` document end marker (no document before it)",
        "DK3J": zeroIndentedBlockScalar, "FP8R": zeroIndentedBlockScalar, "W4TN": zeroIndentedBlockScalar,
    ]

    /// Valid YAML that ldpub reports a problem in on purpose (its own checks, not libyaml's).
    static let ldpubRejectsValid: [String: String] = [
        "X38W": "the mapping `{ &a [a, &b b]: *b, *a : [c, *b, d]}` uses the same node `[a, b]` as a key twice (through the alias *a); ldpub reports duplicate keys by data",
    ]

    /// Valid YAML that loads, but into other data than the suite's `in.json` (5 cases).
    static let dataDiffers: [String: String] = [
        "652Z": "libyaml takes `?` directly followed by a character in a flow mapping as the explicit-key indicator, so `?foo` becomes the key `foo`; in YAML 1.2 it is the plain scalar `?foo`",
        "HM87-01": "libyaml takes `?` directly followed by a character in a flow sequence as the explicit-key indicator, so `[?x]` becomes `[{x: null}]`; in YAML 1.2 it is `[\"?x\"]`",
        "Y2GN": "libyaml ends an anchor name at `:` (it allows only letters, digits, `-` and `_`), so `&an:chor value` anchors `:chor value` as `an`; in YAML 1.2 the anchor is `an:chor` and the value `value`",
        "JEF9-02": "libyaml drops a last line of spaces without a line break at the end of the stream: `- |+` followed by `   ` gives \"\" instead of \"\\n\"",
        "L24T-01": "libyaml drops the final line break of a block scalar whose last line holds only spaces and ends the stream without a line break: \"x\\n \" instead of \"x\\n \\n\"",
    ]

    private static let emptyImplicitKey = "libyaml does not support an empty implicit key in a block mapping (a line starting with `: value`, or `:` alone)"
    private static let multiLineFlowKey = "libyaml requires an implicit key in a flow mapping to end on its own line; YAML 1.2 allows the key to span lines or the `:` to follow on a later line"
    private static let colonStartsPlainInFlow = "libyaml rejects a plain scalar that starts with `:` followed by a non-space character inside a flow collection (`:x`, `::vector`)"
    private static let anchorCharacters = "libyaml allows only letters, digits, `-` and `_` in anchor names; YAML 1.2 allows any non-space character except flow indicators (`:`, `@`, `\"`, non-ASCII, …)"
    private static let tabSeparation = "libyaml rejects a tab used as separation white space at the start of a line or after a block indicator (`-\t`, `:\t`, a line of spaces and tabs, a tab before a flow collection)"
    private static let tabInBlockScalar = "libyaml rejects a tab following the indentation spaces of a block scalar line (content starting with a tab, or a line of only white space)"
    private static let reservedDirective = "libyaml rejects an unknown directive name; YAML 1.2 says a reserved directive is ignored with a warning"
    private static let zeroIndentedBlockScalar = "libyaml ends a top-level block scalar after `--- >` or `--- |` whose lines start at column 1 (zero indentation), then fails on the next line"

    // MARK: - Tests

    @Test("a suite case behaves as the suite says, or as its known divergence says", arguments: try Self.cases())
    func suiteCase(_ suiteCase: SuiteCase) throws {
        let outcome = try Self.run(suiteCase)
        let id = suiteCase.id

        // Whatever rejects a case, the error names the file and a 1-based position in it.
        if let error = outcome.rejection {
            #expect(error.span.file == suiteCase.file, "\(id): error names another file: \(error)")
            #expect(error.span.start.line >= 1 && error.span.start.column >= 1, "\(id): error is not located: \(error)")
        }

        if suiteCase.isError {
            if let reason = Self.libyamlAcceptsInvalid[id] {
                #expect(outcome.rejection == nil, "\(id) is rejected now (\(outcome.rejection.map(String.init(describing:)) ?? "")); remove it from libyamlAcceptsInvalid (\(reason))")
            } else {
                #expect(outcome.rejection != nil, "\(id) '\(suiteCase.name)' is invalid YAML but loads as \(outcome.data)")
            }
            return
        }

        if let reason = Self.libyamlRejectsValid[id] {
            let error = try #require(outcome.rejection, "\(id) loads now; remove it from libyamlRejectsValid (\(reason))")
            #expect(error.kind == .syntax, "\(id) is rejected by something else than libyaml's parser: \(error)")
            return
        }
        if let reason = Self.ldpubRejectsValid[id] {
            let error = try #require(outcome.rejection, "\(id) loads now; remove it from ldpubRejectsValid (\(reason))")
            #expect(error.kind != .syntax && error.kind != .encoding, "\(id) is rejected by libyaml, not by ldpub's own checks: \(error)")
            return
        }
        if let error = outcome.rejection {
            Issue.record("\(id) '\(suiteCase.name)' is valid YAML but is rejected: \(error)")
            return
        }

        guard let expected = outcome.expected else { return }
        if let reason = Self.dataDiffers[id] {
            #expect(outcome.data != expected, "\(id) yields the suite's data now; remove it from dataDiffers (\(reason))")
        } else {
            #expect(outcome.data == expected, "\(id) '\(suiteCase.name)' yields other data than its in.json")
        }
    }

    @Test("the suite is all there, the divergence tables name real cases, the counts add up")
    func summary() throws {
        let cases = try Self.cases()
        let byID = Dictionary(uniqueKeysWithValues: cases.map { ($0.id, $0) })
        #expect(cases.count == 402)
        #expect(cases.filter(\.isError).count == 94)
        #expect(cases.filter(\.hasJSON).count == 279)

        // Each table names existing cases of the right sort, and no case is in two tables.
        for id in Self.libyamlAcceptsInvalid.keys { #expect(byID[id]?.isError == true, "libyamlAcceptsInvalid: \(id) is not an error case") }
        for id in Self.libyamlRejectsValid.keys { #expect(byID[id]?.isError == false, "libyamlRejectsValid: \(id) is not a valid case") }
        for id in Self.ldpubRejectsValid.keys { #expect(byID[id]?.isError == false, "ldpubRejectsValid: \(id) is not a valid case") }
        for id in Self.dataDiffers.keys { #expect(byID[id]?.hasJSON == true, "dataDiffers: \(id) has no in.json") }
        let tables = [Self.libyamlAcceptsInvalid, Self.libyamlRejectsValid, Self.ldpubRejectsValid, Self.dataDiffers]
        #expect(tables.map(\.count).reduce(0, +) == Set(tables.flatMap(\.keys)).count, "a case is in two tables")

        var errorsRejected = 0, validRejected = 0, validWithJSONRejected = 0, matched = 0
        for suiteCase in cases {
            let outcome = try Self.run(suiteCase)
            if suiteCase.isError {
                if outcome.rejection != nil { errorsRejected += 1 }
            } else if outcome.rejection != nil {
                validRejected += 1
                if suiteCase.hasJSON { validWithJSONRejected += 1 }
            } else if let expected = outcome.expected, outcome.data == expected {
                matched += 1
            }
        }
        #expect(errorsRejected == 94 - Self.libyamlAcceptsInvalid.count)
        #expect(validRejected == Self.libyamlRejectsValid.count + Self.ldpubRejectsValid.count)
        #expect(matched == 279 - validWithJSONRejected - Self.dataDiffers.count)
        // libyaml 0.2.5: 78 of 94 error cases rejected; 234 of 279 data cases identical.
        #expect(errorsRejected >= 78)
        #expect(matched >= 234)
    }

    // MARK: - Running a case

    /// One case of the suite, as `index.json` describes it.
    struct SuiteCase: Sendable, Decodable, CustomTestStringConvertible {
        let id: String
        let name: String
        let isError: Bool
        let hasJSON: Bool

        enum CodingKeys: String, CodingKey {
            case id, name, isError = "error", hasJSON = "json"
        }

        /// The file name given to the loader, so errors name it.
        var file: String { "YAMLTestSuite/\(id)/in.yaml" }
        var testDescription: String { id }
    }

    /// What loading a case gave.
    struct Outcome {
        /// The thrown error, or else the first problem of any document.
        var rejection: YAMLError?
        /// The documents as data (empty when rejected).
        var data: [DataValue]
        /// The suite's expected documents, for valid cases with `in.json`.
        var expected: [DataValue]?
    }

    static func directory() throws -> URL {
        try #require(Bundle.module.url(forResource: "YAMLTestSuite", withExtension: nil), "YAMLTestSuite resources are missing")
    }

    static func cases() throws -> [SuiteCase] {
        let index = try directory().appendingPathComponent("index.json")
        return try JSONDecoder().decode([SuiteCase].self, from: Data(contentsOf: index))
    }

    static func run(_ suiteCase: SuiteCase) throws -> Outcome {
        let folder = try directory().appendingPathComponent(suiteCase.id)
        let bytes = try [UInt8](Data(contentsOf: folder.appendingPathComponent("in.yaml")))
        var expected: [DataValue]?
        if suiteCase.hasJSON {
            expected = try JSONDecoder().decode([DataValue].self, from: Data(contentsOf: folder.appendingPathComponent("in.json")))
        }
        do {
            let documents = try YAMLLoader(tagPolicy: .ignore).loadAll(bytes, file: suiteCase.file)
            if let problem = documents.lazy.flatMap(\.problems).first {
                return Outcome(rejection: problem, data: [], expected: expected)
            }
            return Outcome(rejection: nil, data: documents.map { DataValue($0.root) }, expected: expected)
        } catch {
            return Outcome(rejection: error, data: [], expected: expected)
        }
    }
}

/// JSON-shaped data, to compare loaded YAML with the suite's `in.json`. Numbers compare by value (1 == 1.0).
enum DataValue: Equatable, Decodable, CustomStringConvertible {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([DataValue])
    case object([String: DataValue])
    /// A mapping key that JSON cannot hold (a collection), or a key that repeats as text.
    case notJSON(String)

    /// The data of a document's root (an empty document is null).
    init(_ node: Node?) {
        guard let node else {
            self = .null
            return
        }
        switch node.content {
        case .scalar(let scalar):
            switch scalar.value {
            case .null: self = .null
            case .bool(let value): self = .bool(value)
            case .int(let value): self = .number(Double(value))
            case .float(let value): self = .number(value)
            case .string(let value): self = .string(value)
            }
        case .sequence(let items):
            self = .array(items.map { DataValue($0) })
        case .mapping(let pairs):
            var object: [String: DataValue] = [:]
            for pair in pairs {
                guard let key = pair.key.scalar?.text else {
                    self = .notJSON("mapping key \(pair.key.kindDescription) at \(pair.key.mark)")
                    return
                }
                guard object[key] == nil else {
                    self = .notJSON("mapping key '\(key)' repeats as text at \(pair.key.mark)")
                    return
                }
                object[key] = DataValue(pair.value)
            }
            self = .object(object)
        }
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([DataValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: DataValue].self))
        }
    }

    var description: String {
        switch self {
        case .null: return "null"
        case .bool(let value): return "\(value)"
        case .number(let value): return "\(value)"
        case .string(let value): return "\"\(value)\""
        case .array(let items): return "[" + items.map(\.description).joined(separator: ", ") + "]"
        case .object(let object): return "{" + object.sorted { $0.key < $1.key }.map { "\"\($0.key)\": \($0.value)" }.joined(separator: ", ") + "}"
        case .notJSON(let why): return "<not JSON: \(why)>"
        }
    }
}
