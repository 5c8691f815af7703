import CouncilText
import EvidenceModel
import EvidencePackCore
import LibXML

/// Reads a page of no known layout: title, headings, paragraphs, lists, tables, links and the
/// first date in the text (as the document's own date, basis `content`, like the text importer).
/// Site navigation (`<nav>`, `role="navigation"`) is left out.
struct GenericPageReader {
    let head: HeadInfo
    let linkReader: LinkReader

    func read(_ root: XMLNode, kind: DocumentKind = .page) -> Document {
        var document = Document(kind: kind)
        var collector = BlockCollector()
        var child = root.firstChild
        func visit(_ node: XMLNode) {
            if node.isElement, GenericPageReader.isNavigation(node) { return }
            if node.isElement, node.firstDescendant(where: { !$0.isSameNode(as: node) && GenericPageReader.isNavigation($0) }) != nil {
                var inner = node.firstChild
                while let current = inner {
                    visit(current)
                    inner = current.nextSibling
                }
                return
            }
            collector.collect(node)
            if node.isElement { document.links.append(contentsOf: linkReader.links(in: node)) }
        }
        while let current = child {
            visit(current)
            child = current.nextSibling
        }
        document.blocks = collector.finish()
        let firstHeading = document.blocks.first { $0.kind == .heading && $0.level == 1 }?.text
        document.title = head.title ?? firstHeading ?? document.blocks.first { $0.kind == .heading }?.text
        if let date = document.blocks.lazy.compactMap({ $0.text.flatMap(DateText.firstDate) }).first {
            document.date = date
            document.dateBasis = "content"
        }
        return document
    }

    static func isNavigation(_ node: XMLNode) -> Bool {
        node.isElement("nav") || node.attribute("role")?.lowercased() == "navigation"
    }
}
