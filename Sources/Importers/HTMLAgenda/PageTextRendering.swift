import EvidencePackCore
import LibXML

/// A page's text laid out as the text copies of council pages are: one line per block (heading, paragraph, list
/// item, line break), an ordered list's items numbered ("1." then the item's heading on its own line), other
/// list items bulleted ("•"), a table's row on one line with its cells four spaces apart (the gap the minutes
/// reader takes for columns). Scripts, hidden parts and navigation are left out, and so is a table of children
/// (`ChildLevelColumns`): its cells never become text a reader could keep. What the minutes-text reader reads for a
/// page whose HTML layout is not known.
struct PageTextRendering {
    private(set) var lines: [String] = []
    private var current: [UInt8] = []

    /// The text of the page under `root`, lines joined by line feeds.
    static func text(of root: XMLNode) -> String {
        var rendering = PageTextRendering()
        rendering.render(children: root, depth: 0)
        rendering.flush()
        return rendering.lines.joined(separator: "\n")
    }

    /// Nesting past this depth is read as inline text (tag soup cannot exhaust the stack).
    private static let deepest = 150

    /// Whether a table's first row heads columns that identify children (a child's identifier, name, date of birth).
    static func isTableOfChildren(_ table: XMLNode) -> Bool {
        guard let first = table.firstDescendant(where: { $0.isElement("tr") }) else { return false }
        var header: [String] = []
        var cell = first.firstChildElement
        while let current = cell {
            if current.isElement("td") || current.isElement("th") { header.append(HTMLText.inlineText(of: current)) }
            cell = current.nextSiblingElement
        }
        return ChildLevelColumns.identifyPeople(header)
    }

    private mutating func flush() {
        let line = HTMLText.normalize(bytes: current)
        if !line.isEmpty { lines.append(line) }
        current.removeAll(keepingCapacity: true)
    }

    private mutating func render(children parent: XMLNode, depth: Int) {
        let ordered = parent.isElement("ol")
        var number = ordered ? (parent.attribute("start").flatMap { Int($0) } ?? 1) : 1
        var child = parent.firstChild
        while let node = child {
            child = node.nextSibling
            if node.isText {
                node.appendOwnText(to: &current)
                continue
            }
            guard node.isElement, !HTMLText.isSkipped(node), !GenericPageReader.isNavigation(node) else { continue }
            if node.isElement("br") {
                flush()
            } else if node.isElement("table"), Self.isTableOfChildren(node) {
                flush()
            } else if node.isElement("tr") {
                flush()
                var cells: [String] = []
                var cell = node.firstChildElement
                while let current = cell {
                    if current.isElement("td") || current.isElement("th") {
                        let text = HTMLText.inlineText(of: current)
                        if !text.isEmpty { cells.append(text) }
                    }
                    cell = current.nextSiblingElement
                }
                if !cells.isEmpty { lines.append(cells.joined(separator: "    ")) }
            } else if HTMLText.isBlock(node), depth < Self.deepest {
                flush()
                if node.isElement("li") {
                    current.append(contentsOf: Array((ordered ? "\(number). " : "• ").utf8))
                    number += 1
                }
                render(children: node, depth: depth + 1)
                flush()
            } else {
                render(children: node, depth: depth + 1)
            }
        }
    }
}
