import CouncilText
import EvidenceModel
import EvidencePackCore
import LibXML

/// Reads ModernGov pages (`div#modgov`, `mg*` classes) of the kinds councils publish minutes and
/// decisions in: agenda item, meeting, issue history, decision details and decision lists.
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
            if key == "venue" {
                if document.venue == nil { document.venue = value }
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
                document.venue = HTMLText.normalize(text.dropFirst("venue:".count))
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

    // MARK: Decision details (ieDecisionDetails.aspx)

    func readDecision() -> Document {
        var document = Document(kind: .decision)
        document.title = subtitleLines.first ?? head.title
        document.links = actionLinks()
        var properties: [String: String] = [:]
        var sectionKey: String?
        var sectionTexts: [(String, [String])] = []
        var inDocuments = false
        /// Whether the current "Decision:" section has given its decision: its first paragraph, as the
        /// text reader takes the line after the label. Later paragraphs ("This decision was authorised
        /// by the Cabinet …") are resolutions only when worded as one.
        var decisionGiven = false

        func visit(_ node: XMLNode) {
            guard node.isElement, !HTMLText.isSkipped(node) else {
                if node.isText, let text = node.ownText.map(HTMLText.normalize), !text.isEmpty {
                    document.blocks.append(LineClassifier.block(for: text, line: node.line))
                }
                return
            }
            if let pair = LabelPair.read(node, linkReader: linkReader) {
                properties[pair.key] = pair.value
                document.links.append(contentsOf: pair.links)
                if pair.key == "decidedAtMeeting" {
                    let reference = pair.links.lazy.compactMap { MeetingReference.parse($0.title) }.first ?? MeetingReference.parse(pair.value)
                    document.meetingDate = reference?.date
                    document.committee = reference?.committee
                }
                sectionKey = nil
                inDocuments = false
                return
            }
            if let label = ModernGovReader.decisionSectionLabel(node) {
                let key = HTMLText.propertyKey(label)
                inDocuments = HTMLText.sectionLabel(label) == .documents
                sectionKey = inDocuments ? nil : key
                decisionGiven = false
                if !inDocuments {
                    document.blocks.append(Block(.heading, text: label, level: 3, line: node.line))
                    sectionTexts.append((key, []))
                }
                return
            }
            if (node.isElement("ul") || node.isElement("ol")), inDocuments || node.hasClass("mgBulletList") {
                document.links.append(contentsOf: linkReader.links(in: node))
                return
            }
            if ItemContentReader.isWrapper(node, skip: nil) {
                var child = node.firstChild
                while let current = child {
                    visit(current)
                    child = current.nextSibling
                }
                return
            }
            var collector = BlockCollector()
            collector.collect(node)
            var blocks = collector.finish()
            // What the "Decision:" section says is the decision, as the text reader marks it.
            if sectionKey == "decision" {
                blocks = blocks.map { block in
                    guard !decisionGiven else { return UnlabelledResolution.promote(block) }
                    guard block.kind == .paragraph || block.kind == .list || block.kind == .numberedParagraph else { return block }
                    decisionGiven = true
                    guard block.kind == .paragraph else { return UnlabelledResolution.promote(block) }
                    var resolution = block
                    resolution.kind = .resolution
                    resolution.marker = "Decision"
                    return resolution
                }
            }
            document.blocks.append(contentsOf: blocks)
            document.links.append(contentsOf: linkReader.links(in: node))
            if sectionKey != nil, !blocks.isEmpty, !sectionTexts.isEmpty {
                sectionTexts[sectionTexts.count - 1].1.append(contentsOf: blocks.map(\.plainText))
            }
        }

        for node in bodyNodes() { visit(node) }
        for (key, texts) in sectionTexts where !texts.isEmpty && properties[key] == nil {
            properties[key] = texts.joined(separator: "\n")
        }
        ModernGovReader.apply(properties, to: &document)
        // A decision maker that is a body that meets ("Cabinet") is the committee, as the text reader
        // takes it; a post ("Strategic Director for Environment") is none.
        if document.committee == nil, let maker = document.properties["decisionMaker"], CouncilText.namesMeetingBody(maker) {
            document.committee = maker
        }
        if let decided = document.properties["dateOfDecision"].flatMap({ CalendarDate(iso8601: $0) }) {
            document.date = decided
            document.dateBasis = "content"
        } else if let published = document.properties["publicationDate"].flatMap({ CalendarDate(iso8601: $0) }) {
            document.date = published
            document.dateBasis = "content"
        }
        return document
    }

    /// A decision page's section heading: `h3.mgSubSubTitleTxt` "Decision:", `p.mgLabel`
    /// "Accompanying Documents:", or a short heading ending in a colon.
    static func decisionSectionLabel(_ node: XMLNode) -> String? {
        let isLabelElement = node.hasClass("mgSubSubTitleTxt") || (node.isElement("p") && node.hasClass("mgLabel"))
            || node.hasClass("mgSubItemTitleTxt") || node.headingLevel != nil
        guard isLabelElement else {
            if node.isElement("p"), let (_, text) = ItemContentReader.sectionLabel(of: node) { return HTMLText.labelName(text) }
            return nil
        }
        let text = HTMLText.inlineText(of: node)
        guard !text.isEmpty, text.hasAtMost(80) else { return nil }
        return HTMLText.labelName(text)
    }

    // MARK: A committee's own page (mgCommitteeDetails.aspx, ieListMeetings.aspx)

    /// "Committee details" or "Browse meetings": the committee (the subtitle, the heading's
    /// "Browse meetings - Cabinet", or "This page lists the meetings for Cabinet."), its remit and
    /// links. No title or date of its own: the meetings it lists are records of their own (`meetingRows`).
    func readCommitteePage() -> Document {
        var document = Document(kind: .committee)
        var collector = BlockCollector()
        for node in bodyNodes() { collector.collect(node) }
        document.blocks = collector.finish()
        document.links = actionLinks()
        for node in bodyNodes() where node.isElement { document.links.append(contentsOf: linkReader.links(in: node)) }
        let heading = survey.mainTitle.map { HTMLText.inlineText(of: $0) } ?? ""
        let lead = "this page lists the meetings for "
        let listsLine = document.blocks.lazy.compactMap(\.text).first { $0.lowercased().hasPrefix(lead) }
        if let name = subtitleLines.first, !name.isEmpty {
            document.committee = name
        } else if let dash = heading.range(of: " - "), ModernGovLayout.kind(pageType: String(heading[..<dash.lowerBound])) == .committee {
            document.committee = HTMLText.normalize(String(heading[dash.upperBound...]))
        } else if let listsLine {
            var name = listsLine.dropFirst(lead.count)
            while let last = name.last, last == "." || last == " " { name = name.dropLast() }
            document.committee = String(name)
        }
        if document.committee?.isEmpty == true { document.committee = nil }
        return document
    }

    /// The meetings a committee's list names: each link to a meeting page (`ieListDocuments.aspx`)
    /// whose text is a dated row ("15 Mar 2026 6.30 pm", "… CANCELLED"), of the page's committee
    /// unless the row names another.
    static func meetingRows(of page: Document) -> [Document] {
        page.links.compactMap { link in
            guard link.href?.lowercased().contains("ielistdocuments.aspx") == true, let row = ListedMeeting.parse(link.title) else { return nil }
            return Document.listedMeeting(committee: row.committee ?? page.committee, meetingDate: row.date, status: row.status, links: [link])
        }
    }

    // MARK: Decision lists (mgTabTable) and other lists of decisions or meetings

    func readDecisionList() -> Document {
        var document = Document(kind: .decisionList)
        let caption = survey.tabTables.lazy.compactMap { table in
            table.firstDescendant(where: { $0.isElement("caption") }).map { HTMLText.inlineText(of: $0) }
        }.first
        document.title = caption ?? subtitleLines.first ?? survey.mainTitle.map { HTMLText.inlineText(of: $0) } ?? head.title
        document.links = actionLinks()
        if survey.tabTables.isEmpty {
            var collector = BlockCollector()
            for node in bodyNodes() { collector.collect(node) }
            document.blocks = collector.finish()
            for node in bodyNodes() where node.isElement { document.links.append(contentsOf: linkReader.links(in: node)) }
            return document
        }
        for table in survey.tabTables {
            let (block, links) = ModernGovReader.listTable(table, linkReader: linkReader)
            if let block { document.blocks.append(block) }
            document.links.append(contentsOf: links)
        }
        return document
    }

    /// Each row of a decision list that links a decision ("ieDecisionDetails.aspx?ID=…") as a decision
    /// record: its title, the first date in its other cells, and the link. Rows linking elsewhere (an
    /// issue's history) are not decisions.
    static func decisionRows(_ table: XMLNode, linkReader: LinkReader) -> [Document] {
        var decisions: [Document] = []
        for row in table.descendants(where: { $0.isElement("tr") }) {
            guard let link = linkReader.links(in: row).first(where: { isDecisionLink($0.href) }) else { continue }
            var date: CalendarDate?
            var cell = row.firstChildElement
            while let current = cell, date == nil {
                if current.isElement("td"), current.firstDescendant(where: { $0.isElement("a") }) == nil {
                    date = DateText.parse(HTMLText.inlineText(of: current))
                }
                cell = current.nextSiblingElement
            }
            decisions.append(Document(kind: .decision, title: link.title, date: date, dateBasis: date == nil ? nil : "content",
                                      links: [link]))
        }
        return decisions
    }

    /// ModernGov's decision pages: `ieDecisionDetails.aspx`, `mgDecisionDetails.aspx`.
    static func isDecisionLink(_ href: String?) -> Bool {
        guard let lower = href?.lowercased() else { return false }
        return lower.contains("iedecisiondetails.aspx") || lower.contains("mgdecisiondetails.aspx")
    }

    /// A list table's rows as a table block (header row first), and each row's links.
    static func listTable(_ table: XMLNode, linkReader: LinkReader) -> (Block?, [DocumentLink]) {
        var rows: [[String]] = []
        var hasHeader = false
        var links: [DocumentLink] = []
        for row in table.descendants(where: { $0.isElement("tr") }) {
            var cells: [String] = []
            var headerCells = 0
            var cell = row.firstChildElement
            while let current = cell {
                if current.isElement("td") || current.isElement("th") {
                    cells.append(HTMLText.inlineText(of: current))
                    if current.isElement("th") { headerCells += 1 }
                }
                cell = current.nextSiblingElement
            }
            guard !cells.allSatisfy(\.isEmpty) else { continue }
            if rows.isEmpty, headerCells == cells.count { hasHeader = true }
            rows.append(cells)
            links.append(contentsOf: linkReader.links(in: row))
        }
        guard !rows.isEmpty else { return (nil, links) }
        return (Block(.table, rows: rows, hasHeader: hasHeader, line: table.line), links)
    }
}
