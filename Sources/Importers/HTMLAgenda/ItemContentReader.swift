import CouncilText
import EvidenceModel
import LibXML

/// Reads the body of one agenda item (an `mgAi.aspx` page's content, a meeting table row's content
/// cell, one meeting of an issue history) into an `AgendaItem`: description, then the sections a
/// "Minutes:" / "Decision:" / "Supporting documents:" heading opens.
///
/// Several councils print no "Minutes:" heading: the minutes directly follow the description. Then
/// the first text block is the description and the later ones the minutes; a lone block holding a
/// resolution is minutes.
struct ItemContentReader {
    let linkReader: LinkReader
    /// The item being read (number and title are set by the caller).
    var item: AgendaItem
    /// Labelled fields (`<span class="mgLabel">Label: </span>value`) met inside the item.
    var properties: [String: String] = [:]
    private var section: ItemSection = .description
    private var descriptionChunks: [[Block]] = []
    private var minutes: [Block] = []
    private var decisions: [Block] = []
    private var sawMinutesOrDecision = false
    /// An element to leave out (the row's title, read separately).
    var skip: XMLNode?

    init(linkReader: LinkReader, number: String?, title: String) {
        self.linkReader = linkReader
        item = AgendaItem(number: number, title: title)
    }

    /// Reads one top-level node of the item's container.
    mutating func read(_ node: XMLNode) {
        if let skip, node.isSameNode(as: skip) { return }
        if node.isText {
            let text = HTMLText.normalize(node.ownText ?? "")
            if !text.isEmpty { add([LineClassifier.block(for: text, line: node.line)]) }
            return
        }
        guard node.isElement, !HTMLText.isSkipped(node) else { return }
        if let label = ItemContentReader.sectionLabel(of: node) {
            open(label.section, labelText: label.text, line: node.line)
            return
        }
        if let pair = LabelPair.read(node, linkReader: linkReader) {
            properties[pair.key] = pair.value
            item.links.append(contentsOf: pair.links.map { numbered($0) })
            return
        }
        if node.isElement("ul") || node.isElement("ol") {
            if section == .documents || node.hasClass("mgBulletList") || node.hasClass("mgActionList") {
                item.links.append(contentsOf: linkReader.links(in: node).map { numbered($0) })
                return
            }
        }
        if ItemContentReader.isWrapper(node, skip: skip) {
            var child = node.firstChild
            while let current = child {
                read(current)
                child = current.nextSibling
            }
            return
        }
        var collector = BlockCollector()
        collector.collect(node)
        let blocks = collector.finish()
        item.links.append(contentsOf: linkReader.links(in: node).map { numbered($0) })
        if section != .documents || !blocks.isEmpty { add(blocks) }
    }

    /// The item, with unlabelled minutes sorted out and inline resolutions listed as decisions.
    func finish() -> AgendaItem {
        var result = item
        var description = descriptionChunks.flatMap { $0 }
        var minutes = self.minutes
        if !sawMinutesOrDecision, minutes.isEmpty {
            if descriptionChunks.count >= 2 {
                description = descriptionChunks[0]
                minutes = descriptionChunks.dropFirst().flatMap { $0 }
            } else if description.contains(where: { $0.kind == .resolution }) {
                minutes = description
                description = []
            }
        }
        // "That the report be noted." minuted without a label is a decision here as in the text reader.
        minutes = UnlabelledResolution.promote(minutes)
        var decisions = self.decisions
        for block in minutes where block.kind == .resolution && !decisions.contains(block) {
            decisions.append(block)
        }
        result.description = description
        result.minutes = minutes
        result.decisions = decisions
        return result
    }

    private mutating func open(_ next: ItemSection, labelText: String, line: Int?) {
        section = next
        if next == .minutes || next == .decisions { sawMinutesOrDecision = true }
        // "Reason for Decision:", "Alternative options considered:": about the decision, not part of it. They
        // go on with the minutes under their heading, as the text reader has them.
        let name = HTMLText.labelName(labelText)
        if next == .decisions, !["decision", "decisions", "decision taken", "decision made", "resolution", "resolutions"].contains(name.lowercased()) {
            section = .minutes
            minutes.append(Block(.heading, text: name, level: 3, line: line))
        }
    }

    private mutating func add(_ blocks: [Block]) {
        guard !blocks.isEmpty else { return }
        switch section {
        case .description, .documents: descriptionChunks.append(blocks)
        case .minutes: minutes.append(contentsOf: blocks)
        case .decisions: decisions.append(contentsOf: blocks)
        }
    }

    private func numbered(_ link: DocumentLink) -> DocumentLink {
        var link = link
        if link.itemNumber == nil { link.itemNumber = item.number }
        return link
    }

    /// A heading that opens an item section: `p.mgSubItemTitleTxt` "Minutes:", `p.mgLabel`
    /// "Supporting documents:", or any short element whose whole text is such a label.
    static func sectionLabel(of node: XMLNode) -> (section: ItemSection, text: String)? {
        guard node.isElement("p") || node.headingLevel != nil || node.isElement("div") || node.isElement("strong")
                || node.isElement("b") || node.isElement("span") || node.isElement("dt") else { return nil }
        if node.isElement("div"), node.firstDescendant(where: { !$0.isSameNode(as: node) && HTMLText.isBlock($0) }) != nil {
            return nil
        }
        let text = HTMLText.inlineText(of: node)
        guard text.hasAtMost(60), let section = HTMLText.sectionLabel(text) else { return nil }
        return (section, text)
    }

    /// A container to look inside rather than read as one block: it holds section headings, label
    /// pairs or document lists.
    static func isWrapper(_ node: XMLNode, skip: XMLNode?) -> Bool {
        guard node.isElement("div") || node.isElement("section") || node.isElement("td") || node.isElement("span")
                || node.isElement("article") || node.isElement("form") else { return false }
        if node.hasClass("mgWordPara") { return false }
        return node.firstDescendant(where: { element in
            guard !element.isSameNode(as: node) else { return false }
            if let skip, element.isSameNode(as: skip) { return true }
            if element.hasClass("mgSubItemTitleTxt") || element.hasClass("mgLabel") || element.hasClass("mgBulletList")
                || element.hasClass("mgActionList") || element.hasClass("mgWordPara") || element.hasClass("mgSubSubTitleTxt") {
                return true
            }
            return element.isElement("p") && sectionLabel(of: element) != nil
        }) != nil
    }
}

/// A ModernGov label/value pair: `<p><span class="mgLabel">Decision Maker: </span>Cabinet</p>`.
struct LabelPair {
    /// The label in camel case (`decisionMaker`).
    var key: String
    /// The label as printed, without its colon.
    var label: String
    /// The value text.
    var value: String
    /// Links in the value ("Decided at meeting").
    var links: [DocumentLink]

    /// Reads a pair from an element whose first element child is `span.mgLabel` followed by a value.
    static func read(_ node: XMLNode, linkReader: LinkReader) -> LabelPair? {
        guard node.isElement("p") || node.isElement("div") || node.isElement("li"),
              let first = node.firstChildElement, first.isElement("span"), first.hasClass("mgLabel") else { return nil }
        // Only text before the label span may be whitespace.
        var before = node.firstChild
        while let current = before, !current.isSameNode(as: first) {
            if current.isText, !HTMLText.normalize(current.ownText ?? "").isEmpty { return nil }
            before = current.nextSibling
        }
        let label = HTMLText.labelName(HTMLText.inlineText(of: first))
        guard !label.isEmpty else { return nil }
        let value = HTMLText.inlineText(of: node, skipping: { $0.isSameNode(as: first) })
        let links = linkReader.links(in: node)
        return LabelPair(key: HTMLText.propertyKey(label), label: label, value: value, links: links)
    }
}
