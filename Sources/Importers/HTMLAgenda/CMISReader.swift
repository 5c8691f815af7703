import CouncilText
import EvidenceModel
import EvidencePackCore
import LibXML

/// Reads Civica CMIS pages (DotNetNuke): meeting summaries (`div.holder` label/value pairs:
/// Committee, Date/Time, Venue, Status), document lists (`li.DocumentListItem a.TitleLink
/// span.FileSize`) and Telerik list views (`tr.rgRow`/`tr.rgAltRow`). Ids are generated per site
/// (`dnn_ctr397_…`), so only classes are matched.
struct CMISReader {
    let survey: PageSurvey
    let head: HeadInfo
    let linkReader: LinkReader

    /// The page, and the meetings a list view names (one record each, dated rows only).
    func read() -> (document: Document, listed: [Document]) {
        let container = survey.cmisRoot ?? survey.body
        let isList = !survey.cmisGridRows.isEmpty && survey.cmisHolders.isEmpty
        var document = Document(kind: isList ? .meetingList : .meeting)
        readHolders(into: &document)
        for item in survey.cmisDocumentItems {
            guard let anchor = item.firstDescendant(where: { $0.isElement("a") && ($0.hasClass("TitleLink") || $0.attribute("href") != nil) }),
                  var link = linkReader.link(anchor, sizeNear: item.firstDescendant(where: { $0.hasClass("FileSize") })) else { continue }
            if link.format == nil, let icon = item.firstDescendant(where: { $0.isElement("img") }),
               let alt = icon.attribute("alt").map(HTMLText.normalize), FileSizeText.formats.contains(alt.uppercased()) {
                link.format = alt.uppercased()
            }
            document.links.append(link)
        }
        var listed: [Document] = []
        if !survey.cmisGridRows.isEmpty {
            let grid = readGrid()
            if let table = grid.table { document.blocks.append(table) }
            document.links.append(contentsOf: grid.links)
            listed = isList ? grid.meetings : []
        }
        if let container { readOtherContent(container, into: &document) }
        let heading = container?.firstDescendant(where: { $0.headingLevel != nil }).map { HTMLText.inlineText(of: $0) }
        document.title = document.committee ?? heading ?? head.title
        if document.meetingDate == nil {
            // A documents tab names no date; CMIS glues the minutes' date onto their link text
            // ("Final Planning Minutes 16042026").
            if let date = document.links.lazy.compactMap({ CMISReader.minutesDate($0.title) }).first {
                document.date = date
                document.dateBasis = "content"
            }
        }
        return (document, listed)
    }

    /// A Telerik grid (list view "9 Jul 2026 11:00 - Planning Committee" | venue; or the printable
    /// calendar "Tuesday, 9 June" | "10:00 Licensing Sub-Committee B"): its rows as a table block under
    /// the grid's own header row, their links, and each row that dates a meeting in full as a meeting.
    /// The calendar's days carry no year, so its meetings stay undated rows of the table.
    private func readGrid() -> (table: Block?, links: [DocumentLink], meetings: [Document]) {
        var rows: [[String]] = []
        var links: [DocumentLink] = []
        var meetings: [Document] = []
        let header = CMISReader.headerCells(of: survey.cmisGridRows[0])
        if let header { rows.append(header) }
        let venueColumn = header?.firstIndex { ["venue", "location"].contains(HTMLText.labelName($0).lowercased()) }
        for row in survey.cmisGridRows {
            let cells = CMISReader.cellTexts(of: row, headers: false)
            if !cells.allSatisfy(\.isEmpty) { rows.append(cells) }
            let rowLinks = linkReader.links(in: row)
            links.append(contentsOf: rowLinks)
            guard let (link, meeting) = rowLinks.lazy.compactMap({ link in ListedMeeting.parse(link.title).map { (link, $0) } }).first
            else { continue }
            let venue = venueColumn.flatMap { cells.indices.contains($0) && !cells[$0].isEmpty ? cells[$0] : nil }
            meetings.append(Document.listedMeeting(committee: meeting.committee, meetingDate: meeting.date, status: meeting.status,
                                                   venue: venue, links: [link]))
        }
        let table = rows.isEmpty ? nil : Block(.table, rows: rows, hasHeader: header != nil, line: survey.cmisGridRows.first?.line)
        return (table, links, meetings)
    }

    /// The `th` texts of the header row above a grid row's table (`thead tr`), if it has one.
    static func headerCells(of gridRow: XMLNode) -> [String]? {
        var table = gridRow.parent
        while let current = table, !current.isElement("table") { table = current.parent }
        guard let headerRow = table?.firstDescendant(where: { node in
            node.isElement("tr") && node.firstChildElement.map { $0.isElement("th") } == true
        }) else { return nil }
        let cells = cellTexts(of: headerRow, headers: true)
        return cells.allSatisfy(\.isEmpty) ? nil : cells
    }

    /// The texts of a row's `td` cells, and of its `th` cells too when `headers`.
    static func cellTexts(of row: XMLNode, headers: Bool) -> [String] {
        var cells: [String] = []
        var cell = row.firstChildElement
        while let current = cell {
            if current.isElement("td") || (headers && current.isElement("th")) { cells.append(HTMLText.inlineText(of: current)) }
            cell = current.nextSiblingElement
        }
        return cells
    }

    /// Label/value pairs: Committee → committee, Date/Time → meeting date, Venue → venue, the rest
    /// (Status...) → properties in camel case.
    private func readHolders(into document: inout Document) {
        for holder in survey.cmisHolders {
            var label: String?
            var value: String?
            var child = holder.firstChildElement
            while let current = child {
                if label == nil, current.hasClass("DNNLabel") || current.hasClass("dnnLabel") {
                    label = HTMLText.labelName(HTMLText.inlineText(of: current))
                } else if label != nil, value == nil, current.hasClass("Value") {
                    value = HTMLText.inlineText(of: current)
                    document.links.append(contentsOf: linkReader.links(in: current))
                }
                child = current.nextSiblingElement
            }
            guard let label, let value, !value.isEmpty else { continue }
            let key = HTMLText.propertyKey(label)
            switch key {
            case "committee", "meeting", "body": document.committee = document.committee ?? value
            case "dateTime", "date", "meetingDate":
                if let date = DateText.firstDate(in: value) { document.meetingDate = document.meetingDate ?? date }
                document.properties[key] = value
            case "venue", "location": document.venue = document.venue ?? value
            default: document.properties[key] = value
            }
        }
    }

    /// Text outside holders, document lists and grids (agenda items, notes) as blocks.
    private func readOtherContent(_ container: XMLNode, into document: inout Document) {
        var collector = BlockCollector()
        var child = container.firstChild
        func visit(_ node: XMLNode) {
            guard node.isElement else {
                collector.collect(node)
                return
            }
            if node.hasClass("holder") || node.hasClass("DocumentList") || node.hasClass("CmisDocumentList")
                || node.hasClass("DocumentListItem") || node.hasClass("rgRow") || node.hasClass("rgAltRow")
                || node.hasClass("RadGrid") || node.hasClass("rgHeader") || node.isElement("thead") || node.headingLevel != nil { return }
            if node.firstDescendant(where: { !$0.isSameNode(as: node) && ($0.hasClass("holder") || $0.hasClass("DocumentListItem")
                || $0.hasClass("rgRow") || $0.hasClass("DocumentList")) }) != nil {
                var inner = node.firstChild
                while let current = inner {
                    visit(current)
                    inner = current.nextSibling
                }
                return
            }
            collector.collect(node)
            document.links.append(contentsOf: linkReader.links(in: node))
        }
        while let current = child {
            visit(current)
            child = current.nextSibling
        }
        document.blocks.append(contentsOf: collector.finish())
    }

    /// "Final Planning Minutes 16042026" → 2026-04-16 (a ddmmyyyy date glued on), or any date
    /// DateText reads in a minutes link's title.
    static func minutesDate(_ title: String) -> CalendarDate? {
        guard title.lowercased().contains("minutes") else { return nil }
        if let date = DateText.firstDate(in: title) { return date }
        for word in title.split(separator: " ").reversed() where word.count == 8 && word.allSatisfy(\.isNumber) {
            let digits = Array(word)
            if let day = Int(String(digits[0...1])), let month = Int(String(digits[2...3])), let year = Int(String(digits[4...7])),
               let date = CalendarDate(year: year, month: month, day: day) {
                return date
            }
        }
        return nil
    }
}
