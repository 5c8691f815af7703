import EvidenceModel
import LibXML

/// Reads OpenDocument files (ODF 1.2/1.3, as LibreOffice writes them): `meta.xml` for the title,
/// author, dates and page count, `content.xml` for the text as headings, paragraphs, lists and tables.
/// Footnotes, annotations, tracked deletions and the table of contents are left out of the text.
struct OpenDocumentReader {
    /// Automatic style name → the named style it derives from (`P1` → `Title`).
    var parentStyles: [String: String] = [:]

    static func metadata(from archive: OfficeArchive) throws -> DocumentMetadata {
        guard let bytes = try archive.read("meta.xml") else { return DocumentMetadata() }
        let document = try XMLDocument(bytes: bytes)
        let meta = document.root?.childElements.first { $0.name == "meta" }
        let fields = OOXMLProperties.childTexts(of: meta)
        var metadata = DocumentMetadata()
        metadata.title = fields["title"]
        metadata.author = fields["initial-creator"] ?? fields["creator"]
        metadata.subject = fields["subject"]
        metadata.created = fields["creation-date"].flatMap(MetadataDate.iso8601)
        metadata.modified = fields["date"].flatMap(MetadataDate.iso8601)
        let statistics = meta?.childElements.first { $0.name == "document-statistic" }
        metadata.pageCount = statistics?.attribute("page-count").flatMap { Int($0) }.flatMap { $0 > 0 ? $0 : nil }
        if metadata.title != nil || metadata.created != nil || metadata.modified != nil || metadata.author != nil {
            metadata.origin = "meta.xml"
        }
        return metadata
    }

    /// True when the manifest says the parts are encrypted (a password-protected ODF file).
    static func isEncrypted(_ archive: OfficeArchive) -> Bool {
        guard let bytes = try? archive.read("META-INF/manifest.xml") else { return false }
        return String(decoding: bytes, as: UTF8.self).contains("encryption-data")
    }

    /// The text body's blocks; nil when there is no `content.xml`.
    static func blocks(from archive: OfficeArchive) throws -> [Block]? {
        guard let bytes = try archive.read("content.xml") else { return nil }
        let document = try XMLDocument(bytes: bytes)
        var reader = OpenDocumentReader()
        for styles in document.root?.childElements ?? [] where styles.name == "automatic-styles" {
            for style in styles.childElements where style.name == "style" {
                if let name = style.attribute("name"), let parent = style.attribute("parent-style-name") { reader.parentStyles[name] = parent }
            }
        }
        let body = document.root?.childElements.first { $0.name == "body" }
        guard let text = body?.childElements.first(where: { $0.name == "text" }) else { return [] }
        var builder = BlockBuilder()
        reader.walk(text, into: &builder)
        return builder.finish()
    }

    func walk(_ container: XMLNode, into builder: inout BlockBuilder) {
        for element in container.childElements {
            switch element.name {
            case "h":
                let text = Self.text(of: element)
                if !text.isEmpty {
                    let level = element.attribute("outline-level").flatMap { Int($0) } ?? 1
                    builder.add(Block(.heading, text: text, level: level))
                }
            case "p":
                let text = Self.text(of: element)
                guard !text.isEmpty else { continue }
                let style = element.attribute("style-name").map { parentStyles[$0] ?? $0 }
                builder.add(Block(style == "Title" ? .heading : .paragraph, text: text, level: style == "Title" ? 1 : nil))
            case "list":
                for item in listItems(element, level: 0) { builder.addListItem(item) }
            case "table":
                builder.add(table(element))
            case "section", "index-body":
                walk(element, into: &builder)
            default:
                break
            }
        }
    }

    func listItems(_ list: XMLNode, level: Int) -> [Block] {
        var items: [Block] = []
        for item in list.childElements where item.name == "list-item" || item.name == "list-header" {
            for child in item.childElements {
                switch child.name {
                case "p", "h":
                    let text = Self.text(of: child)
                    if !text.isEmpty { items.append(Block(.listItem, text: text, level: level)) }
                case "list":
                    items.append(contentsOf: listItems(child, level: level + 1))
                default:
                    break
                }
            }
        }
        return items
    }

    func table(_ element: XMLNode) -> Block? {
        var rows: [[String]] = []
        var hasHeader = false
        func collectRows(_ node: XMLNode) {
            for child in node.childElements {
                switch child.name {
                case "table-header-rows":
                    if rows.isEmpty { hasHeader = true }
                    collectRows(child)
                case "table-rows", "table-row-group":
                    collectRows(child)
                case "table-row":
                    rows.append(cells(of: child))
                default:
                    break
                }
            }
        }
        collectRows(element)
        guard rows.contains(where: { $0.contains { !$0.isEmpty } }) else { return nil }
        return Block(.table, rows: rows, hasHeader: hasHeader)
    }

    /// A row's cells; a repeated cell is repeated only when it has content (empty repeats pad to 16384).
    func cells(of row: XMLNode) -> [String] {
        var cells: [String] = []
        for cell in row.childElements where cell.name == "table-cell" || cell.name == "covered-table-cell" {
            let text = Self.paragraphs(in: cell).joined(separator: " ")
            let repeats = text.isEmpty ? 1 : min(cell.attribute("number-columns-repeated").flatMap { Int($0) } ?? 1, 64)
            cells.append(contentsOf: Array(repeating: text, count: max(1, repeats)))
        }
        while cells.last?.isEmpty == true { cells.removeLast() }
        return cells
    }

    static func paragraphs(in node: XMLNode) -> [String] {
        var texts: [String] = []
        for child in node.childElements {
            if child.name == "p" || child.name == "h" {
                let text = self.text(of: child)
                if !text.isEmpty { texts.append(text) }
            } else {
                texts.append(contentsOf: paragraphs(in: child))
            }
        }
        return texts
    }

    /// Inline elements whose text is not part of the paragraph as read.
    static let skipped: Set<String> = ["note", "annotation", "annotation-end", "tracked-changes", "frame", "change", "change-start", "change-end"]

    /// A paragraph's text: `text:s` is `c` spaces, tabs and line breaks are spaces; white space collapsed.
    static func text(of paragraph: XMLNode) -> String {
        var text = ""
        func collect(_ node: XMLNode) {
            for child in node.children {
                if child.isText {
                    text += child.textContent
                    continue
                }
                guard child.isElement, !skipped.contains(child.name) else { continue }
                switch child.name {
                case "s": text += String(repeating: " ", count: max(1, min(child.attribute("c").flatMap { Int($0) } ?? 1, 100)))
                case "tab", "line-break": text += " "
                default: collect(child)
                }
            }
        }
        collect(paragraph)
        return text.collapsingWhitespace
    }
}
