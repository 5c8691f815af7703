import CouncilText
import EvidenceModel
import EvidencePackCore
import LibXML

/// Reads ModernGov pages (`div#modgov`, `mg*` classes) of the kinds councils publish minutes and
/// decisions in: agenda item and meeting here; issue history, decision details and lists, and a
/// committee's own pages in the extensions beside this file.
struct ModernGovReader {
    let survey: PageSurvey
    let head: HeadInfo
    let linkReader: LinkReader
    /// `div#modgov`, else the body.
    let root: XMLNode

    /// The page as a document of the given kind.
    func read(kind: DocumentKind) -> Document {
        switch kind {
        case .agendaItem: readAgendaItem()
        case .meeting: readMeeting()
        case .issueHistory: readIssueHistory()
        case .decision: readDecision()
        case .committee: readCommitteePage()
        default: readDecisionList()
        }
    }

    // MARK: Shared pieces

    /// The lines of `h2.mgSubTitleTxt`: the object's title, or on meeting pages "Committee - date".
    var subtitleLines: [String] {
        survey.subTitle.map { HTMLText.lines(of: $0) } ?? []
    }

    /// Where the page body is: `div.mgContent`, else the ModernGov container.
    var container: XMLNode { survey.content ?? root }

    /// Children of the container, minus the header, subtitle and links boxes when the container is
    /// the whole ModernGov root (pages without `div.mgContent`).
    func bodyNodes() -> [XMLNode] {
        var nodes: [XMLNode] = []
        var child = container.firstChild
        while let current = child {
            defer { child = current.nextSibling }
            if survey.content == nil, current.isElement,
               current.hasClass("mgHeader") || current.hasClass("mgSubTitle") || current.hasClass("mgLinks")
                || current.hasClass("mgFooter") || survey.subTitle.map(current.isSameNode) == true
                || survey.mainTitle.map(current.isSameNode) == true {
                continue
            }
            nodes.append(current)
        }
        return nodes
    }

    /// The related links (`div.mgLinks`), which on an item page name its meeting.
    func actionLinks() -> [DocumentLink] {
        survey.linksBox.map { linkReader.links(in: $0) } ?? []
    }

    /// The meeting a page belongs to, from a link to `ieListDocuments.aspx` anywhere on the page
    /// (the related links, a breadcrumb) or a "Meeting of …" link.
    func meetingReference(in links: [DocumentLink]) -> MeetingReference? {
        for link in links {
            let href = link.href?.lowercased() ?? ""
            let title = link.title.lowercased()
            guard href.contains("ielistdocuments") || title.hasPrefix("meeting of") || title.hasPrefix("meeting:") else { continue }
            if let reference = MeetingReference.parse(link.title), reference.date != nil { return reference }
        }
        return nil
    }

    /// Applies label pairs to the document: venue, decision labels, dates in ISO form.
    static func apply(_ properties: [String: String], to document: inout Document) {
        for (key, value) in properties where !value.isEmpty {
            // ("Proposed venue:", a meeting's page before its agenda is published.)
            if key == "venue" || key == "proposedVenue" {
                if document.venue == nil { document.venue = VenueLinks.droppingDirections(value) }
                continue
            }
            document.properties[key] = propertyValue(key: key, value)
        }
    }

    /// Dates as ISO `YYYY-MM-DD` (the form every output uses); other values as printed.
    static func propertyValue(key: String, _ value: String) -> String {
        if key.lowercased().contains("date"), let date = DateText.parse(value) { return date.iso8601 }
        return value
    }

    // MARK: Agenda item (mgAi.aspx)

    func readAgendaItem() -> Document {
        var document = Document(kind: .agendaItem)
        document.title = subtitleLines.first ?? head.title
        let related = actionLinks()
        document.links = related
        if let reference = meetingReference(in: related) ?? meetingReference(in: linkReader.links(in: survey.body ?? root)) {
            document.committee = reference.committee
            document.meetingDate = reference.date
            document.itemNumber = reference.itemNumber
        }
        if document.itemNumber == nil {
            document.itemNumber = related.lazy.compactMap { ModernGovReader.trailingItemNumber($0.title) }.first
        }
        var reader = ItemContentReader(linkReader: linkReader, number: document.itemNumber, title: document.title ?? "")
        reader.item.line = survey.subTitle?.line
        for node in bodyNodes() { reader.read(node) }
        let item = reader.finish()
        ModernGovReader.apply(reader.properties, to: &document)
        document.items = [item]
        document.links.append(contentsOf: item.links)
        return document
    }

    /// "View the background to item 38." → "38".
    static func trailingItemNumber(_ text: String) -> String? {
        // Found in the text itself, so the number keeps its printed case ("4A").
        guard text.lowercased().hasPrefix("view"), let range = text.range(of: "item ", options: [.caseInsensitive, .backwards]) else { return nil }
        var number = text[range.upperBound...]
        while number.last == "." { number.removeLast() }
        return !number.isEmpty && number.first?.isNumber == true && number.count <= 8 ? String(number) : nil
    }

    // MARK: Meeting (ieListDocuments.aspx)

    func readMeeting() -> Document {
        var document = Document(kind: .meeting)
        let lines = subtitleLines
        // "Committee<br>date" reads as one title "Committee - date", as the page's text rendering
        // does (the text importer gives the same title), so a pack rule sees one spelling.
        if lines.count >= 2, DateText.firstDate(in: lines[0]) == nil, DateText.firstDate(in: lines[1]) != nil {
            document.title = lines[0] + " - " + lines[1]
        } else {
            document.title = lines.first ?? head.title
        }
        if let reference = MeetingReference.parse(lines.joined(separator: " ")) {
            document.committee = reference.committee
            document.meetingDate = reference.date
        }
        if document.committee == nil, let first = lines.first, DateText.firstDate(in: first) == nil { document.committee = first }
        // ("Neighbourhood Committee - Thursday 4 December 2025 7:30 pm, CANCELLED": the meeting was not held; the pack's
        // verdicts count such a page as doubtful evidence.)
        if let last = lines.last, let comma = last.range(of: ", ", options: .backwards),
           ["cancelled", "canceled", "postponed"].contains(last[comma.upperBound...].lowercased()) {
            document.properties["status"] = last[comma.upperBound...].lowercased() == "postponed" ? "postponed" : "cancelled"
        }
        if document.meetingDate == nil || document.committee == nil, let title = head.title,
           let reference = MeetingReference.parse(title) {
            document.meetingDate = document.meetingDate ?? reference.date
            document.committee = document.committee ?? reference.committee
        }
        document.links = actionLinks()
        var properties: [String: String] = [:]
        for node in bodyNodes() { readMeetingNode(node, into: &document, properties: &properties) }
        ModernGovReader.apply(properties, to: &document)
        for block in document.blocks where block.kind == .paragraph {
            guard let text = block.text else { continue }
            if document.venue == nil, LineClassifier.mayStart(text, with: "v"), text.lowercased().hasPrefix("venue:") {
                document.venue = VenueLinks.droppingDirections(HTMLText.normalize(text.dropFirst("venue:".count)))
            } else if document.properties["contact"] == nil, LineClassifier.mayStart(text, with: "c"), text.lowercased().hasPrefix("contact:") {
                document.properties["contact"] = HTMLText.normalize(text.dropFirst("contact:".count))
            }
        }
        if document.meetingDate == nil {
            document.meetingDate = document.blocks.prefix(6).lazy.compactMap { $0.text.flatMap(DateText.firstDate) }.first
        }
        return document
    }

    private func readMeetingNode(_ node: XMLNode, into document: inout Document, properties: inout [String: String]) {
        guard node.isElement, !HTMLText.isSkipped(node) else {
            if node.isText, let text = node.ownText, !HTMLText.normalize(text).isEmpty {
                document.blocks.append(LineClassifier.block(for: HTMLText.normalize(text), line: node.line))
            }
            return
        }
        if node.isElement("table"), ModernGovReader.isItemTable(node) {
            let items = readItemRows(node)
            document.items.append(contentsOf: items)
            document.links.append(contentsOf: items.flatMap(\.links))
            return
        }
        if let pair = LabelPair.read(node, linkReader: linkReader) {
            properties[pair.key] = pair.value
            document.links.append(contentsOf: pair.links)
            return
        }
        if (node.isElement("ul") || node.isElement("ol")), node.hasClass("mgBulletList") || node.hasClass("mgActionList") {
            document.links.append(contentsOf: linkReader.links(in: node))
            return
        }
        if node.firstDescendant(where: { !$0.isSameNode(as: node) && ($0.isElement("table") && ModernGovReader.isItemTable($0)
            || $0.hasClass("mgLabel") || $0.hasClass("mgBulletList")) }) != nil {
            var child = node.firstChild
            while let current = child {
                readMeetingNode(current, into: &document, properties: &properties)
                child = current.nextSibling
            }
            return
        }
        var collector = BlockCollector()
        collector.collect(node)
        document.blocks.append(contentsOf: collector.finish())
        document.links.append(contentsOf: linkReader.links(in: node))
    }

    /// A table of agenda items: `#mgItemTable` / `.mgItemTable`, or rows with `td.mgItemNumberCell`
    /// or `.mgAiTitleTxt` (scrapers disagree on the table's marking, so the rows decide).
    static func isItemTable(_ table: XMLNode) -> Bool {
        if table.id == "mgItemTable" || table.hasClass("mgItemTable") { return true }
        return table.firstDescendant(where: { $0.hasClass("mgItemNumberCell") || $0.hasClass("mgAiTitleTxt") }) != nil
    }

    /// The agenda items of an item table, one per row that has a title.
    func readItemRows(_ table: XMLNode) -> [AgendaItem] {
        let rows = table.descendants(where: { $0.isElement("tr") })
        return rows.compactMap(readItemRow)
    }

    private func readItemRow(_ row: XMLNode) -> AgendaItem? {
        var cells: [XMLNode] = []
        var child = row.firstChildElement
        while let cell = child {
            if cell.isElement("td") || cell.isElement("th") { cells.append(cell) }
            child = cell.nextSiblingElement
        }
        guard !cells.isEmpty else { return nil }
        var numberCell = cells.first { $0.hasClass("mgItemNumberCell") }
        if numberCell == nil, cells.count >= 2, ModernGovReader.itemNumber(HTMLText.inlineText(of: cells[0])) != nil {
            numberCell = cells[0]
        }
        let contentCell = cells.first { cell in
            numberCell.map(cell.isSameNode) != true && cell.firstDescendant(where: { $0.hasClass("mgAiTitleTxt") }) != nil
        } ?? cells.last { numberCell.map($0.isSameNode) != true }
        guard let contentCell else { return nil }
        var number = numberCell.flatMap { ModernGovReader.itemNumber(HTMLText.inlineText(of: $0)) }
        let titleNode = contentCell.firstDescendant(where: { $0.hasClass("mgAiTitleTxt") })
        var title = ""
        var titleLinks: [DocumentLink] = []
        if let titleNode {
            title = HTMLText.inlineText(of: titleNode, skipping: { $0.hasClass("mgFileSize") })
            title = FileSizeText.stripTrailing(title)
            titleLinks = linkReader.links(in: titleNode)
            if let (leading, rest) = LineClassifier.paragraphNumber(title).map({ ($0.0, String($0.1)) }) ?? ModernGovReader.leadingNumber(title) {
                if number == nil || number == leading { number = leading; title = rest }
            }
        }
        guard titleNode != nil || number != nil else { return nil }
        var reader = ItemContentReader(linkReader: linkReader, number: number, title: title)
        reader.skip = titleNode
        reader.item.line = (titleNode ?? row).line
        reader.item.links = titleLinks.map { link in
            var link = link
            link.itemNumber = link.itemNumber ?? number
            return link
        }
        var node = contentCell.firstChild
        while let current = node {
            reader.read(current)
            node = current.nextSibling
        }
        let item = reader.finish()
        if item.title.isEmpty, item.description.isEmpty, item.minutes.isEmpty, item.links.isEmpty { return nil }
        return item
    }

    /// "20." / "187" / "6a" as an item number without its dot; nil for other text.
    static func itemNumber(_ text: String) -> String? {
        var value = HTMLText.normalize(text)
        while value.hasSuffix(".") { value.removeLast() }
        guard !value.isEmpty, value.count <= 8, value.first?.isNumber == true,
              value.allSatisfy({ $0.isNumber || $0.isLetter || $0 == "." }) else { return nil }
        return value
    }

    /// "25 Statement from Chair" → ("25", "Statement from Chair").
    static func leadingNumber(_ text: String) -> (String, String)? {
        let head = text.prefix { $0.isNumber || $0.isLetter && $0.isLowercase && $0.isASCII }
        guard head.first?.isNumber == true, head.count <= 5, text.dropFirst(head.count).first == " ",
              head.dropFirst().allSatisfy({ $0.isNumber }) || head.last?.isLetter == true else { return nil }
        let rest = HTMLText.normalize(text.dropFirst(head.count))
        return rest.isEmpty ? nil : (String(head), rest)
    }
}
