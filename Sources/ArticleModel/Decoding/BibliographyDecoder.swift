// ldpub — MIT licence.

import YAMLNodes

/// Decodes a `bibliography:` key: one file name or a list of them, each a CSL JSON or CSL YAML
/// file in ``BibliographyFiles/folderName``, whose items join the references of the file that
/// names them, decoded by the same ``CSLDecoder`` as `references:` items.
///
/// JSON is YAML 1.2 (and libyaml reads the JSON that Zotero and Pandoc write, escapes such as
/// `\u00e9` and `\/` included): a `.json` file is loaded by the same ``YAMLLoader``, so every
/// problem inside it is located at its line and column, as in a YAML file.
struct BibliographyDecoder {
    let fields: FieldDecoder
    /// Where the files are read; nil when validating files in memory, which have none.
    let files: BibliographyFiles?
    let limits: LoadLimits

    private static let pandocKeys: KeySet = ["references"]

    /// The CSL items of every file `node` names, written in `namingFile`, and whether every file
    /// named was read (one that was not may have defined what claims cite).
    func items(_ node: Node, namingFile: String) -> (items: [CSLItem], everyFileRead: Bool) {
        let names: [(String, Node)]
        if node.sequence != nil {
            names = fields.list(node, field: "bibliography", of: "file names", nonEmpty: true) { item, field in
                fields.text(item, field: field).map { ($0, item) }
            } ?? []
        } else {
            names = fields.text(node, field: "bibliography").map { [($0, node)] } ?? []
        }
        var seen: Set<String> = []
        var items: [CSLItem] = []
        var everyFileRead = true
        for (name, nameNode) in names {
            guard let files else {
                fields.sink.error("bibliography '\(name)' cannot be read: bibliography files are read from an input folder", at: nameNode.span)
                everyFileRead = false
                continue
            }
            let path: String
            switch files.resolve(name, namingFile: namingFile) {
            case .success(let resolved): path = resolved
            case .failure(let problem):
                fields.sink.error(problem.message(name), at: nameNode.span)
                everyFileRead = false
                continue
            }
            guard seen.insert(path).inserted else {
                fields.sink.error("bibliography '\(name)' is named twice", at: nameNode.span)
                continue
            }
            let file: SourceFile
            switch files.folder.read(path) {
            case .success(let read): file = read
            case .failure(let problem):
                let reason = problem.readFailure != nil ? "cannot be read (\(problem.message))" : problem.message
                fields.sink.append(Diagnostic(.error, "bibliography '\(name)': \(reason)", at: nameNode.span,
                                              readFailure: problem.readFailure))
                everyFileRead = false
                continue
            }
            guard let decoded = decode(file) else {
                everyFileRead = false
                continue
            }
            items += decoded
        }
        return (items, everyFileRead && names.count == (node.sequence?.count ?? 1))
    }

    /// The items of one bibliography file: a list of CSL items, or (CSL YAML as Pandoc writes
    /// it) a mapping whose `references` is that list; nil when the file holds no such list.
    private func decode(_ file: SourceFile) -> [CSLItem]? {
        let document: YAMLDocument
        do {
            let bytes = file.path.hasSuffix(".json") ? Self.joiningSurrogatePairs(file.bytes) : file.bytes
            document = try YAMLLoader(limits: limits).load(bytes, file: file.path)
        } catch {
            fields.sink.append(Diagnostic(error))
            return nil
        }
        for problem in document.problems { fields.sink.append(Diagnostic(problem)) }
        guard let root = document.root else {
            fields.sink.error("the bibliography file is empty; it should hold a list of CSL items", at: SourceSpan(file: file.path, at: .start))
            return nil
        }
        let csl = CSLDecoder(fields: fields)
        var list = root
        if root.mapping != nil {
            guard let reader = MappingReader(root, context: "bibliography file", knownKeys: Self.pandocKeys, sink: fields.sink) else { return nil }
            defer { reader.reportUnknownKeys() }
            guard let references = reader.required("references") else { return nil }
            list = references
        } else if root.sequence == nil {
            fields.sink.error("a bibliography file holds a list of CSL items (or 'references:' with that list), got \(root.kindDescription)", at: root.span)
            return nil
        }
        return fields.list(list, field: "references", of: "CSL items") { node, field in csl.item(node, field: field) }
    }

    /// JSON writes a character outside the Basic Multilingual Plane as two escapes, a UTF-16
    /// surrogate pair (`\ud83d\ude00`), which YAML does not know: it writes `\U0001F600`.
    /// Rewrites each pair so, leaving everything else as it is (a lone surrogate stays, and
    /// libyaml reports it). The rest of such a line is two columns to the left in the YAML loader's
    /// view; lines do not change.
    static func joiningSurrogatePairs(_ bytes: [UInt8]) -> [UInt8] {
        let backslash = UInt8(ascii: "\\")
        guard bytes.contains(backslash) else { return bytes }
        func hex(_ index: Int) -> UInt32? {
            guard index + 6 <= bytes.count, bytes[index] == backslash, bytes[index + 1] == UInt8(ascii: "u") else { return nil }
            var value: UInt32 = 0
            for byte in bytes[(index + 2)..<(index + 6)] {
                guard let digit = Character(Unicode.Scalar(byte)).hexDigitValue else { return nil }
                value = value << 4 | UInt32(digit)
            }
            return value
        }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            guard byte == backslash else {
                result.append(byte)
                index += 1
                continue
            }
            if let high = hex(index), (0xD800...0xDBFF).contains(high), let low = hex(index + 6), (0xDC00...0xDFFF).contains(low) {
                let scalar = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
                result += Array("\\U".utf8) + Array(String(scalar, radix: 16, uppercase: true).leftPadded(to: 8).utf8)
                index += 12
            } else {
                // An escape of one character (`\\`, `\"`, `\u00e9`): copied as it is.
                result.append(byte)
                if index + 1 < bytes.count { result.append(bytes[index + 1]) }
                index += 2
            }
        }
        return result
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
