import EvidenceModel
import LibXML

/// Reads the body of a Word 2007+ document (`word/document.xml`) as blocks: headings (by outline
/// level or heading style, in any language, through `word/styles.xml`), paragraphs, lists (numbered or
/// bulleted paragraphs, grouped) and tables. Deleted tracked changes and field codes are left out.
struct WordprocessingMLReader {
    /// What a paragraph style means for structure.
    struct ParagraphStyle {
        var name: String?
        var basedOn: String?
        var outlineLevel: Int?
        var isNumbered = false
    }

    var styles: [String: ParagraphStyle] = [:]

    /// The blocks of `word/document.xml`; nil when the archive has no such part.
    static func blocks(from archive: OfficeArchive) throws -> [Block]? {
        guard let bytes = try archive.read("word/document.xml") else { return nil }
        var reader = WordprocessingMLReader()
        if let styleBytes = try archive.read("word/styles.xml"), let document = try? XMLDocument(bytes: styleBytes) {
            reader.styles = Self.paragraphStyles(document)
        }
        let document = try XMLDocument(bytes: bytes)
        guard let body = document.root?.childElements.first(where: { $0.name == "body" }) else { return [] }
        var builder = BlockBuilder()
        reader.walk(body, into: &builder)
        return builder.finish()
    }

    static func paragraphStyles(_ document: XMLDocument) -> [String: ParagraphStyle] {
        var styles: [String: ParagraphStyle] = [:]
        for element in document.root?.childElements ?? [] where element.name == "style" && element.attribute("type") == "paragraph" {
            guard let id = element.attribute("styleId") else { continue }
            var style = ParagraphStyle()
            for child in element.childElements {
                switch child.name {
                case "name": style.name = child.attribute("val")
                case "basedOn": style.basedOn = child.attribute("val")
                case "pPr":
                    for property in child.childElements {
                        if property.name == "outlineLvl", let level = property.attribute("val").flatMap({ Int($0) }) { style.outlineLevel = level }
                        if property.name == "numPr" { style.isNumbered = true }
                    }
                default: break
                }
            }
            styles[id] = style
        }
        return styles
    }

    func walk(_ container: XMLNode, into builder: inout BlockBuilder) {
        for element in container.childElements {
            switch element.name {
            case "p": paragraph(element, into: &builder)
            case "tbl": builder.add(table(element))
            case "sdt", "sdtContent", "customXml", "smartTag", "ins", "moveTo": walk(element, into: &builder)
            default: break
            }
        }
    }

    func paragraph(_ element: XMLNode, into builder: inout BlockBuilder) {
        let text = Self.text(of: element)
        guard !text.isEmpty else { return }
        let properties = element.childElements.first { $0.name == "pPr" }
        let styleID = properties?.childElements.first { $0.name == "pStyle" }?.attribute("val")
        if let level = headingLevel(properties: properties, styleID: styleID) {
            builder.add(Block(.heading, text: text, level: level))
            return
        }
        if let numbering = properties?.childElements.first(where: { $0.name == "numPr" }) {
            let numberID = numbering.childElements.first { $0.name == "numId" }?.attribute("val")
            if numberID != "0" {
                let level = numbering.childElements.first { $0.name == "ilvl" }?.attribute("val").flatMap { Int($0) } ?? 0
                builder.addListItem(Block(.listItem, text: text, level: level))
                return
            }
        }
        if let styleID, style(styleID, has: \.isNumbered) {
            builder.addListItem(Block(.listItem, text: text, level: 0))
            return
        }
        builder.add(Block(.paragraph, text: text))
    }

    /// 1 = top: a direct outline level, else the style's (following `basedOn`), else its name
    /// (`heading 2`, `Title`), else the style id Word writes in English (`Heading2`).
    func headingLevel(properties: XMLNode?, styleID: String?) -> Int? {
        if let direct = properties?.childElements.first(where: { $0.name == "outlineLvl" })?.attribute("val").flatMap({ Int($0) }) {
            return direct < 9 ? direct + 1 : nil
        }
        guard let styleID else { return nil }
        var current: String? = styleID
        var visited = Set<String>()
        while let id = current, visited.insert(id).inserted {
            guard let style = styles[id] else { return Self.levelFromName(id) }
            if let level = style.outlineLevel { return level < 9 ? level + 1 : nil }
            if let level = style.name.flatMap(Self.levelFromName) { return level }
            current = style.basedOn
        }
        return Self.levelFromName(styleID)
    }

    func style(_ id: String, has flag: KeyPath<ParagraphStyle, Bool>) -> Bool {
        var current: String? = id
        var visited = Set<String>()
        while let id = current, visited.insert(id).inserted, let style = styles[id] {
            if style[keyPath: flag] { return true }
            current = style.basedOn
        }
        return false
    }

    static func levelFromName(_ name: String) -> Int? {
        let lower = name.lowercased().replacingOccurrences(of: " ", with: "")
        if lower == "title" { return 1 }
        guard lower.hasPrefix("heading"), let level = Int(lower.dropFirst("heading".count)), (1...9).contains(level) else { return nil }
        return level
    }

    func table(_ element: XMLNode) -> Block? {
        var rows: [[String]] = []
        var hasHeader = false
        for (index, row) in element.childElements.filter({ $0.name == "tr" }).enumerated() {
            if index == 0 {
                let rowProperties = row.childElements.first { $0.name == "trPr" }
                hasHeader = rowProperties?.childElements.contains { $0.name == "tblHeader" && $0.attribute("val") != "0" && $0.attribute("val") != "false" } ?? false
            }
            let cells = row.childElements.filter { $0.name == "tc" || $0.name == "sdt" }.map { cell in
                Self.paragraphs(in: cell).joined(separator: " ")
            }
            rows.append(cells)
        }
        guard rows.contains(where: { $0.contains { !$0.isEmpty } }) else { return nil }
        return Block(.table, rows: rows, hasHeader: hasHeader)
    }

    /// The text of every paragraph inside a node (a table cell, with any table nested in it).
    static func paragraphs(in node: XMLNode) -> [String] {
        var texts: [String] = []
        for child in node.childElements {
            if child.name == "p" {
                let text = self.text(of: child)
                if !text.isEmpty { texts.append(text) }
            } else {
                texts.append(contentsOf: paragraphs(in: child))
            }
        }
        return texts
    }

    /// Elements whose text is not the paragraph's visible text.
    static let skipped: Set<String> = ["pPr", "rPr", "del", "moveFrom", "instrText", "delText", "drawing", "pict",
                                        "object", "AlternateContent", "footnoteReference", "endnoteReference", "commentReference"]

    /// A paragraph's visible text, white space collapsed.
    static func text(of paragraph: XMLNode) -> String {
        var text = ""
        func collect(_ node: XMLNode) {
            for child in node.childElements where !skipped.contains(child.name) {
                switch child.name {
                case "t": text += child.textContent
                case "tab", "br", "cr": text += " "
                case "noBreakHyphen": text += "-"
                default: collect(child)
                }
            }
        }
        collect(paragraph)
        return text.collapsingWhitespace
    }
}

/// Collects blocks, grouping consecutive list items into one list block.
struct BlockBuilder {
    private var blocks: [Block] = []
    private var listItems: [Block] = []

    mutating func add(_ block: Block?) {
        guard let block else { return }
        flushList()
        blocks.append(block)
    }

    mutating func addListItem(_ item: Block) {
        listItems.append(item)
    }

    private mutating func flushList() {
        guard !listItems.isEmpty else { return }
        blocks.append(Block(.list, children: listItems))
        listItems = []
    }

    mutating func finish() -> [Block] {
        flushList()
        return blocks
    }
}
