import CouncilText
import EvidenceModel
import EvidencePackCore
import LibXML

/// Decision pages (label pairs, "Decision:" sections) and the lists that name decisions.
extension ModernGovReader {
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
        /// Where the section's first paragraph was made its decision: an account of the meeting ("The
        /// Programme Director introduced the item …") is none when a resolution follows in the same section.
        var wrappedIndex: Int?

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
                wrappedIndex = nil
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
            if sectionKey == "decision", let wrapped = wrappedIndex, blocks.contains(where: { $0.kind == .resolution }),
               let text = document.blocks[wrapped].text, UnlabelledResolution.isNarrative(text) {
                document.blocks[wrapped].kind = .paragraph
                document.blocks[wrapped].marker = nil
                wrappedIndex = nil
            }
            let firstWrapped = sectionKey == "decision" ? blocks.firstIndex { $0.marker == "Decision" } : nil
            if let firstWrapped, wrappedIndex == nil { wrappedIndex = document.blocks.count + firstWrapped }
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
