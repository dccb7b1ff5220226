// ldpub — MIT licence.

import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The texts of an SVG drawing by Graphviz, per node, edge and cluster, XML-unescaped by a real
/// XML parser.
struct SVGText {
    /// One `<g class="node|edge|cluster">`: its `<title>` (the node name, `tail->head`, or the
    /// cluster id) and the contents of its `<text>` elements, in order.
    struct Group: Equatable {
        var kind: String
        var title = ""
        var texts: [String] = []

        /// The lines joined by spaces: the label as one line, wherever it was wrapped.
        var joined: String { texts.joined(separator: " ") }
    }

    let groups: [Group]

    /// Parses `svg`; nil when it is not well-formed XML.
    init?(_ svg: String) {
        let collector = Collector()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = collector
        guard parser.parse() else { return nil }
        groups = collector.groups
    }

    func groups(ofKind kind: String) -> [Group] { groups.filter { $0.kind == kind } }
    func group(titled title: String) -> Group? { groups.first { $0.title == title } }

    private final class Collector: NSObject, XMLParserDelegate {
        var groups: [Group] = []
        private var capturing: String?
        private var buffer = ""

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
            switch elementName {
            case "g":
                if let kind = attributeDict["class"], ["node", "edge", "cluster"].contains(kind) {
                    groups.append(Group(kind: kind))
                }
            case "title", "text":
                if !groups.isEmpty {
                    capturing = elementName
                    buffer = ""
                }
            default:
                break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if capturing != nil { buffer += string }
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
            guard elementName == capturing, !groups.isEmpty else { return }
            if elementName == "title" {
                groups[groups.count - 1].title = buffer
            } else {
                groups[groups.count - 1].texts.append(buffer)
            }
            capturing = nil
        }
    }
}
