import CouncilText
import EvidenceModel
import EvidencePackCore
import LibXML

/// Issue pages: the meetings an issue went to, each with its item and minutes.
extension ModernGovReader {
    // MARK: Issue history (ieIssueDetails.aspx)

    func readIssueHistory() -> Document {
        var document = Document(kind: .issueHistory)
        document.title = subtitleLines.first ?? head.title
        document.links = actionLinks()
        var reader: ItemContentReader?
        var properties: [String: String] = [:]
        var expectingTitle = false

        func finishItem() {
            if let current = reader {
                let item = current.finish()
                document.items.append(item)
                document.links.append(contentsOf: item.links)
                properties.merge(current.properties) { first, _ in first }
            }
            reader = nil
        }

        func visit(_ node: XMLNode) {
            if node.isElement, let reference = ModernGovReader.meetingRow(node) {
                finishItem()
                let text = HTMLText.inlineText(of: node)
                document.blocks.append(Block(.heading, text: text, level: 3, line: node.line))
                document.links.append(contentsOf: linkReader.links(in: node))
                if document.meetingDate == nil {
                    document.meetingDate = reference.date
                    document.committee = reference.committee
                    document.itemNumber = reference.itemNumber
                }
                var next = ItemContentReader(linkReader: linkReader, number: reference.itemNumber, title: "")
                next.item.line = node.line
                reader = next
                expectingTitle = true
                return
            }
            if node.isElement, node.firstDescendant(where: { !$0.isSameNode(as: node) && ModernGovReader.meetingRow($0) != nil }) != nil {
                var child = node.firstChild
                while let current = child {
                    visit(current)
                    child = current.nextSibling
                }
                return
            }
            guard var current = reader else {
                var collector = BlockCollector()
                collector.collect(node)
                document.blocks.append(contentsOf: collector.finish())
                return
            }
            if expectingTitle, node.isElement, let title = ModernGovReader.itemTitle(node) {
                expectingTitle = false
                var text = title
                if let (leading, rest) = ModernGovReader.leadingNumber(text), leading == current.item.number || current.item.number == nil {
                    text = rest
                    current.item.number = current.item.number ?? leading
                }
                current.item.title = text
                current.item.links.append(contentsOf: linkReader.links(in: node).map { link in
                    var link = link
                    link.itemNumber = link.itemNumber ?? current.item.number
                    return link
                })
                reader = current
                return
            }
            if node.isElement || !(HTMLText.normalize(node.ownText ?? "")).isEmpty { expectingTitle = false }
            current.read(node)
            reader = current
        }

        for node in bodyNodes() { visit(node) }
        finishItem()
        ModernGovReader.apply(properties, to: &document)
        for index in document.items.indices where document.items[index].title.isEmpty {
            document.items[index].title = document.title ?? ""
        }
        return document
    }

    /// "Meeting: 23/01/2020 - Children and Families Scrutiny Panel (Item 25)" rows.
    static func meetingRow(_ node: XMLNode) -> MeetingReference? {
        guard node.isElement("p") || node.headingLevel != nil || node.isElement("div") || node.isElement("li")
                || node.isElement("td") || node.isElement("span") else { return nil }
        let text = HTMLText.inlineText(of: node)
        guard LineClassifier.mayStart(text, with: "m"), text.hasAtMost(299), text.lowercased().hasPrefix("meeting:") else { return nil }
        if node.isElement("div") || node.isElement("td"),
           node.firstDescendant(where: { !$0.isSameNode(as: node) && ($0.isElement("p") || $0.isElement("div") || $0.headingLevel != nil) }) != nil {
            return nil
        }
        guard let reference = MeetingReference.parse(text), reference.date != nil else { return nil }
        return reference
    }

    /// The item title line after a meeting row: `.mgAiTitleTxt`, or a short line that is not a sentence.
    static func itemTitle(_ node: XMLNode) -> String? {
        let text = FileSizeText.stripTrailing(HTMLText.inlineText(of: node, skipping: { $0.hasClass("mgFileSize") }))
        guard !text.isEmpty else { return nil }
        if node.hasClass("mgAiTitleTxt") { return text }
        guard node.isElement("p") || node.headingLevel != nil || node.isElement("div"), !node.hasClass("mgWordPara"),
              text.hasAtMost(150), text.last != ".", HTMLText.sectionLabel(text) == nil else { return nil }
        if node.isElement("div"), node.firstDescendant(where: { !$0.isSameNode(as: node) && HTMLText.isBlock($0) }) != nil { return nil }
        return text
    }
}
