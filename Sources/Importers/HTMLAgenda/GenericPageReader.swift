import CouncilText
import EvidenceModel
import EvidencePackCore
import LibXML

/// Reads a page of no known layout: title, headings, paragraphs, lists, tables, links and the
/// date it gives itself near its top (a heading, a date-only line, a labelled date; never a date quoted in the prose).
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
        if let date = Self.headerDate(in: document.blocks) {
            document.date = date
            document.dateBasis = "content"
        }
        return document
    }

    /// The date a page gives itself near its top: in a heading, on a line that is only a date, or after
    /// a date label ("Published: …", "Updated …"). A date quoted in the prose ("the minutes of the meeting
    /// held on 23 September 2015") dates something else, so it is never taken.
    static func headerDate(in blocks: [Block]) -> CalendarDate? {
        let labels = ["date", "dated", "published", "updated", "last updated", "issued", "meeting date", "date of meeting"]
        for block in blocks.prefix(12) {
            guard let text = block.text else { continue }
            if block.kind == .heading, let date = DateText.firstDate(in: text) { return date }
            if text.count <= 80, let date = DateText.parse(text) { return date }
            let lower = text.lowercased()
            if text.count <= 120, labels.contains(where: { lower.hasPrefix($0 + ":") || lower.hasPrefix($0 + " ") }),
               let date = DateText.firstDate(in: text) { return date }
        }
        return nil
    }

    static func isNavigation(_ node: XMLNode) -> Bool {
        node.isElement("nav") || node.attribute("role")?.lowercased() == "navigation"
    }
}
