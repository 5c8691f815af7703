import EvidenceModel
import LibXML

/// Reads the text of a PowerPoint 2007+ file: each slide (`ppt/slides/slideN.xml`, in slide-number
/// order) gives its title placeholder as a heading, its other text paragraphs and its tables.
enum PresentationMLReader {
    /// The slides' blocks; nil when there are no slides.
    static func blocks(from archive: OfficeArchive) throws -> [Block]? {
        let slides = archive.paths.compactMap { path -> (Int, String)? in
            guard path.hasPrefix("ppt/slides/slide"), path.hasSuffix(".xml"),
                  let number = Int(path.dropFirst("ppt/slides/slide".count).dropLast(4)) else { return nil }
            return (number, path)
        }.sorted { $0.0 < $1.0 }
        guard !slides.isEmpty else { return nil }
        var builder = BlockBuilder()
        for (_, path) in slides {
            guard let bytes = try archive.read(path) else { continue }
            let document = try XMLDocument(bytes: bytes)
            guard let tree = document.root?.childElements.first(where: { $0.name == "cSld" })?
                .childElements.first(where: { $0.name == "spTree" }) else { continue }
            walk(tree, into: &builder)
        }
        return builder.finish()
    }

    static func walk(_ container: XMLNode, into builder: inout BlockBuilder) {
        for shape in container.childElements {
            switch shape.name {
            case "sp":
                let isTitle = placeholderType(of: shape).map { $0 == "title" || $0 == "ctrTitle" } ?? false
                guard let body = shape.childElements.first(where: { $0.name == "txBody" }) else { continue }
                let paragraphs = body.childElements.filter { $0.name == "p" }.map(text).filter { !$0.isEmpty }
                if isTitle {
                    let title = paragraphs.joined(separator: " ")
                    if !title.isEmpty { builder.add(Block(.heading, text: title, level: 1)) }
                } else {
                    for paragraph in paragraphs { builder.add(Block(.paragraph, text: paragraph)) }
                }
            case "graphicFrame":
                for table in descendants(of: shape, named: "tbl") {
                    let rows = table.childElements.filter { $0.name == "tr" }.map { row in
                        row.childElements.filter { $0.name == "tc" }.map { cell in
                            descendants(of: cell, named: "p").map(text).filter { !$0.isEmpty }.joined(separator: " ")
                        }
                    }
                    if rows.contains(where: { $0.contains { !$0.isEmpty } }) { builder.add(Block(.table, rows: rows)) }
                }
            case "grpSp":
                walk(shape, into: &builder)
            default:
                break
            }
        }
    }

    /// `title`, `ctrTitle`, `body`... from `p:nvSpPr/p:nvPr/p:ph/@type`.
    static func placeholderType(of shape: XMLNode) -> String? {
        let properties = shape.childElements.first { $0.name == "nvSpPr" }?.childElements.first { $0.name == "nvPr" }
        return properties?.childElements.first { $0.name == "ph" }?.attribute("type")
    }

    static func descendants(of node: XMLNode, named name: String) -> [XMLNode] {
        var found: [XMLNode] = []
        for child in node.childElements {
            if child.name == name { found.append(child) } else { found += descendants(of: child, named: name) }
        }
        return found
    }

    /// A DrawingML paragraph's text (`a:r/a:t`, `a:fld/a:t`; `a:br` is a space).
    static func text(_ paragraph: XMLNode) -> String {
        var text = ""
        for child in paragraph.childElements {
            switch child.name {
            case "r", "fld": text += child.childElements.filter { $0.name == "t" }.map(\.textContent).joined()
            case "br": text += " "
            default: break
            }
        }
        return text.collapsingWhitespace
    }
}
