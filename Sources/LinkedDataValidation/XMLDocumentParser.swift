// ldpub — MIT licence.

import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Parses XML into ``XMLElementNode`` trees with Foundation's `XMLParser` (libxml2 on Linux).
///
/// Namespaces are processed; external entities are never loaded. The first error the parser
/// reports, namespace errors included, makes the document not well-formed.
enum XMLDocumentParser {
    /// Why a document is not well-formed XML.
    struct Failure: Error, Sendable {
        let line: Int
        let column: Int
        let reason: String

        var message: String { "not well-formed XML: \(reason)" }

        /// The failure as an error located in its document.
        var problem: ValidationProblem {
            ValidationProblem(severity: .error, message: message, position: TextPosition(line: line, column: column))
        }
    }

    static func parse(_ data: Data) -> Result<XMLElementNode, Failure> {
        // From a stream, so libxml2 gets the document in pieces: given whole, a document over
        // 10 MB (a sitemap of many thousand articles) fails with its "huge input lookup" limit.
        let parser = XMLParser(stream: InputStream(data: data))
        parser.shouldProcessNamespaces = true
        parser.shouldReportNamespacePrefixes = false
        parser.shouldResolveExternalEntities = false
        let builder = TreeBuilder()
        parser.delegate = builder
        let finished = parser.parse()
        if let failure = builder.failure {
            return .failure(failure)
        }
        if !finished || parser.parserError != nil {
            let code = (parser.parserError as NSError?)?.code ?? 0
            return .failure(Failure(line: parser.lineNumber, column: parser.columnNumber, reason: reason(for: code)))
        }
        guard let root = builder.root else {
            return .failure(Failure(line: max(parser.lineNumber, 1), column: max(parser.columnNumber, 1), reason: "the document has no root element"))
        }
        return .success(root)
    }

    /// A plain-words reason for libxml2's error codes (as `XMLParser.ErrorCode` numbers them).
    static func reason(for code: Int) -> String {
        switch code {
        case 4: return "the document is empty"
        case 5, 77: return "the document ends inside a tag or before all elements are closed"
        case 9: return "a character that XML does not allow"
        case 23: return "an entity reference lacks its ';' (write '&amp;' for '&')"
        case 26, 27: return "an undefined entity (XML knows only &lt; &gt; &amp; &quot; &apos;)"
        case 38: return "'<' inside an attribute value"
        case 39, 40, 41: return "a malformed attribute"
        case 42: return "an attribute appears twice"
        case 64: return "an XML declaration that is not at the very start"
        case 68: return "a name is expected here (an unescaped '&' or '<'?)"
        case 73: return "'>' expected"
        case 76: return "an end tag that does not match its start tag"
        case 85: return "the elements are not properly nested"
        case 86: return "content after the root element"
        case 201: return "a namespace prefix that is not declared"
        case 200, 202, 203, 204: return "a namespace error"
        default: return "XML parser error \(code)"
        }
    }

    /// Builds the tree from parser events; lives only for one parse.
    private final class TreeBuilder: NSObject, XMLParserDelegate {
        var stack: [XMLElementNode] = []
        var root: XMLElementNode?
        var failure: Failure?

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
            stack.append(XMLElementNode(name: elementName, namespace: namespaceURI ?? "", attributes: attributeDict,
                                        text: "", children: [], line: parser.lineNumber))
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
            guard let element = stack.popLast() else { return }
            if stack.isEmpty {
                if root == nil { root = element }
            } else {
                stack[stack.count - 1].children.append(element)
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            guard !stack.isEmpty else { return }
            stack[stack.count - 1].text += string
        }

        func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
            guard !stack.isEmpty else { return }
            stack[stack.count - 1].text += String(decoding: CDATABlock, as: UTF8.self)
        }

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
            guard failure == nil else { return }
            failure = Failure(line: parser.lineNumber, column: parser.columnNumber, reason: XMLDocumentParser.reason(for: (parseError as NSError).code))
        }
    }
}
