// ldpub — MIT licence.

internal import CYAML

/// Turns libyaml events into nodes: one pass, one stack of open collections.
///
/// Owns the `yaml_parser_t` for one load and never lets it escape.
struct NodeComposer: ~Copyable {
    private let file: String
    private let bytes: UnsafeBufferPointer<UInt8>
    private let limits: LoadLimits
    private let tagPolicy: YAMLLoader.TagPolicy
    private let allowsSeveralDocuments: Bool

    /// Heap-allocated: libyaml keeps a pointer to the parser inside the parser itself.
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private var stack: [OpenCollection] = []
    private var anchors: [String: AnchoredNode] = [:]
    private var aliasExpansion = 0
    /// The bytes of scalar text that aliases have added to the document so far.
    private var aliasTextBytes = 0
    private var documentRoot: Node?
    private var documentProblems: [YAMLError] = []

    /// A node defined with an anchor, how many nodes it stands for, and how many bytes of scalar text.
    private struct AnchoredNode {
        let node: Node
        let nodeCount: Int
        let textBytes: Int
    }

    init(file: String, bytes: UnsafeBufferPointer<UInt8>, limits: LoadLimits, tagPolicy: YAMLLoader.TagPolicy, allowsSeveralDocuments: Bool) {
        self.file = file
        self.bytes = bytes
        self.limits = limits
        self.tagPolicy = tagPolicy
        self.allowsSeveralDocuments = allowsSeveralDocuments
        parser = .allocate(capacity: 1)
        parser.initialize(to: yaml_parser_t())
        yaml_parser_initialize(parser)
        yaml_parser_set_input_string(parser, bytes.baseAddress ?? UnsafePointer(bitPattern: 1)!, bytes.count)
    }

    deinit {
        yaml_parser_delete(parser)
        parser.deallocate()
    }

    /// Reads every event and returns the documents.
    mutating func run() throws(YAMLError) -> [YAMLDocument] {
        var documents: [YAMLDocument] = []
        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(parser, &event) != 0 else {
                throw parserError()
            }
            defer { yaml_event_delete(&event) }
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return documents
            case YAML_DOCUMENT_START_EVENT:
                if !documents.isEmpty && !allowsSeveralDocuments {
                    throw YAMLError(.multipleDocuments, "a file holds one document; found a second one here", at: span(event.start_mark, event.end_mark))
                }
                documentRoot = nil
                documentProblems = []
                anchors = [:]
                aliasExpansion = 0
                aliasTextBytes = 0
            case YAML_DOCUMENT_END_EVENT:
                documents.append(YAMLDocument(root: documentRoot, problems: documentProblems))
            case YAML_SCALAR_EVENT:
                let node = try scalarNode(event)
                try complete(node, nodeCount: 1, textBytes: event.data.scalar.length, anchor: string(event.data.scalar.anchor))
            case YAML_SEQUENCE_START_EVENT:
                try open(event, isMapping: false, anchor: event.data.sequence_start.anchor, tag: event.data.sequence_start.tag)
            case YAML_MAPPING_START_EVENT:
                try open(event, isMapping: true, anchor: event.data.mapping_start.anchor, tag: event.data.mapping_start.tag)
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                let collection = stack.removeLast()
                let content: Node.Content = collection.isMapping ? .mapping(collection.pairs) : .sequence(collection.items)
                let node = Node(content, span: SourceSpan(file: file, start: collection.start, end: mark(event.end_mark)))
                try complete(node, nodeCount: collection.nodeCount, textBytes: collection.textBytes, anchor: collection.anchor)
            case YAML_ALIAS_EVENT:
                try alias(event)
            default:
                break
            }
        }
    }

    // MARK: - Events

    private mutating func open(_ event: yaml_event_t, isMapping: Bool, anchor: UnsafeMutablePointer<yaml_char_t>?, tag: UnsafeMutablePointer<yaml_char_t>?) throws(YAMLError) {
        let here = span(event.start_mark, event.end_mark)
        if stack.count + 1 > limits.maxDepth {
            throw YAMLError(.depth, "nesting is deeper than the limit of \(limits.maxDepth) levels", at: here)
        }
        if let tag = string(tag) {
            let understood = isMapping
                ? ["tag:yaml.org,2002:map", "!"].contains(tag)
                : ["tag:yaml.org,2002:seq", "!"].contains(tag)
            if !understood && tagPolicy == .reject {
                throw YAMLError(.tag, "unsupported tag '\(Self.shortTag(tag))'; ldpub reads plain YAML data (remove the tag)", at: here)
            }
        }
        stack.append(OpenCollection(isMapping: isMapping, start: mark(event.start_mark), anchor: string(anchor)))
    }

    private mutating func alias(_ event: yaml_event_t) throws(YAMLError) {
        let here = span(event.start_mark, event.end_mark)
        let name = string(event.data.alias.anchor) ?? ""
        guard let anchored = anchors[name] else {
            if stack.contains(where: { $0.anchor == name }) {
                throw YAMLError(.alias, "alias '*\(name)' refers to a node that contains it; recursive data is not supported", at: here)
            }
            throw YAMLError(.alias, "alias '*\(name)' refers to an anchor that is not defined before it", at: here)
        }
        aliasExpansion += anchored.nodeCount
        if aliasExpansion > limits.maxAliasExpansion {
            throw YAMLError(.alias, "aliases expand this document beyond the limit of \(limits.maxAliasExpansion) nodes (an alias bomb, such as \"billion laughs\"?)", at: here)
        }
        // Few nodes can still stand for much text (one long scalar aliased many times): the text
        // that aliases add, with the file itself, may not exceed what one file may hold.
        aliasTextBytes += anchored.textBytes
        if bytes.count + aliasTextBytes > limits.maxFileBytes {
            let limit = ByteCount.sizeAndLimit(0, limits.maxFileBytes).limit
            throw YAMLError(.alias, "aliases expand this document to \(bytes.count + aliasTextBytes) bytes of text, beyond the limit of \(limit) for a file (each '*\(name)' repeats \(ByteCount(anchored.textBytes)))", at: here)
        }
        try complete(anchored.node, nodeCount: anchored.nodeCount, textBytes: anchored.textBytes, anchor: nil as String?)
    }

    /// Adds a finished node to the collection that is open, or makes it the document's root.
    private mutating func complete(_ node: consuming Node, nodeCount: Int, textBytes: Int, anchor: String?) throws(YAMLError) {
        if let anchor {
            anchors[anchor] = AnchoredNode(node: copy node, nodeCount: nodeCount, textBytes: textBytes)
        }
        guard !stack.isEmpty else {
            documentRoot = node
            return
        }
        if let duplicate = stack[stack.count - 1].add(node, nodeCount: nodeCount, textBytes: textBytes) {
            documentProblems.append(duplicate)
        }
    }

    private func scalarNode(_ event: yaml_event_t) throws(YAMLError) -> Node {
        let data = event.data.scalar
        let text = String(decoding: UnsafeBufferPointer(start: data.value, count: data.value == nil ? 0 : data.length), as: UTF8.self)
        let style: Scalar.Style
        switch data.style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: style = .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: style = .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: style = .literal
        case YAML_FOLDED_SCALAR_STYLE: style = .folded
        default: style = .plain
        }
        let here = span(event.start_mark, event.end_mark)
        let scalar: Scalar
        if let tag = string(data.tag) {
            scalar = try taggedScalar(text: text, style: style, tag: tag, at: here)
        } else {
            scalar = Scalar(text: text, style: style)
        }
        return Node(.scalar(scalar), span: here)
    }

    /// Applies an explicit tag: the core schema's own tags convert, `!` means string.
    private func taggedScalar(text: String, style: Scalar.Style, tag: String, at here: SourceSpan) throws(YAMLError) -> Scalar {
        let resolved = ScalarValue.resolvingCoreSchema(text)
        func mismatch(_ what: String) -> YAMLError {
            YAMLError(.tag, "'\(text)' is not \(what) (tag '\(Self.shortTag(tag))')", at: here)
        }
        switch tag {
        case "!", "tag:yaml.org,2002:str":
            return Scalar(text: text, style: style, value: .string(text))
        case "tag:yaml.org,2002:null":
            guard case .null = resolved else { throw mismatch("null") }
            return Scalar(text: text, style: style, value: .null)
        case "tag:yaml.org,2002:bool":
            guard case .bool = resolved else { throw mismatch("a boolean") }
            return Scalar(text: text, style: style, value: resolved)
        case "tag:yaml.org,2002:int":
            guard case .int = resolved else { throw mismatch("an integer") }
            return Scalar(text: text, style: style, value: resolved)
        case "tag:yaml.org,2002:float":
            switch resolved {
            case .float: return Scalar(text: text, style: style, value: resolved)
            case .int(let integer): return Scalar(text: text, style: style, value: .float(Double(integer)))
            default: throw mismatch("a number")
            }
        default:
            if tagPolicy == .reject {
                throw YAMLError(.tag, "unsupported tag '\(Self.shortTag(tag))'; ldpub reads plain YAML data (remove the tag)", at: here)
            }
            return Scalar(text: text, style: style)
        }
    }

    // MARK: - Errors and marks

    /// Converts libyaml's error state into a located ``YAMLError`` (see ``SyntaxErrorReport``).
    private func parserError() -> YAMLError {
        let problem = parser.pointee.problem.map { String(cString: $0) } ?? "unknown problem"
        if parser.pointee.error == YAML_READER_ERROR {
            let offset = parser.pointee.problem_offset
            let position = SourceText.mark(atByteOffset: offset, in: bytes)
            let value = parser.pointee.problem_value
            let message: String
            switch problem {
            case "control characters are not allowed":
                message = value == 0
                    ? "NUL byte is not allowed in YAML text"
                    : "control character U+\(Self.hex(value, digits: 4)) is not allowed in YAML text"
            case "invalid Unicode character":
                message = "invalid Unicode character U+\(Self.hex(value, digits: 4))"
            default:
                message = "invalid UTF-8: \(problem)" + (value >= 0 ? " 0x\(Self.hex(value, digits: 2))" : "")
            }
            return YAMLError(.encoding, message, at: SourceSpan(file: file, at: position))
        }
        let report = SyntaxErrorReport(
            problem: problem,
            problemMark: mark(parser.pointee.problem_mark),
            context: parser.pointee.context.map { String(cString: $0) },
            contextMark: mark(parser.pointee.context_mark))
        return report.error(file: file, bytes: bytes)
    }

    private func mark(_ mark: yaml_mark_t) -> Mark {
        Mark(line: mark.line + 1, column: mark.column + 1)
    }

    private func span(_ start: yaml_mark_t, _ end: yaml_mark_t) -> SourceSpan {
        SourceSpan(file: file, start: mark(start), end: mark(end))
    }

    private func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
    }

    private static func hex(_ value: Int32, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }

    /// `!!str` for `tag:yaml.org,2002:str`, others as written.
    static func shortTag(_ tag: String) -> String {
        tag.hasPrefix("tag:yaml.org,2002:") ? "!!" + tag.dropFirst("tag:yaml.org,2002:".count) : tag
    }
}
