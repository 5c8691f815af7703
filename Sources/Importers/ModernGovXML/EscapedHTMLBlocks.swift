import Foundation
import CouncilText
import EvidenceModel
import LibXML

/// Turns the Word HTML the web service carries entity-escaped inside its XML (`agendatext`,
/// `minutesnonemptyhtmlbody`) into blocks: paragraphs, headings, lists, tables and resolutions.
/// The XML parser has already decoded the escaping; the HTML is parsed with libxml2's HTML parser
/// (recover mode, network off) through `LibXML`.
enum EscapedHTMLBlocks {
    /// The blocks of one HTML fragment; `line` is the XML line the fragment starts on.
    static func blocks(html: String, line: Int?) -> [Block] {
        guard let document = try? HTMLDocument(bytes: Array(html.utf8), encoding: "UTF-8"),
              let root = document.root else { return [] }
        var blocks: [Block] = []
        collect(root, into: &blocks, line: line)
        return UnlabelledResolution.promote(attachResolutionLists(blocks)).map { mark($0) }
    }

    /// Elements whose content is one block each.
    static let paragraphLike: Set<String> = ["p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "address"]

    /// Walks the tree, making a block of each paragraph-like element, list and table; loose text in a
    /// container becomes a paragraph of its own.
    static func collect(_ node: XMLNode, into blocks: inout [Block], line: Int?) {
        var loose = ""
        func flushLoose() {
            if let text = ElementValues.nonEmpty(loose) { blocks.append(Block(.paragraph, text: text, line: line)) }
            loose = ""
        }
        for child in node.children {
            guard child.isElement else {
                if child.isText { loose += child.textContent }
                continue
            }
            let name = child.name.lowercased()
            if paragraphLike.contains(name) {
                flushLoose()
                if let text = ElementValues.nonEmpty(child.textContent) {
                    let level = name.count == 2 && name.hasPrefix("h") ? Int(name.dropFirst()) : nil
                    blocks.append(Block(level == nil ? .paragraph : .heading, text: text, level: level, line: line))
                }
            } else if name == "ul" || name == "ol" {
                flushLoose()
                let items = child.childElements.filter { $0.name.lowercased() == "li" }
                    .compactMap { ElementValues.nonEmpty($0.textContent) }
                    .map { Block(.listItem, text: $0, level: 0, line: line) }
                if !items.isEmpty { blocks.append(Block(.list, children: items, line: line)) }
            } else if name == "table" {
                flushLoose()
                if let table = tableBlock(child, line: line) { blocks.append(table) }
            } else if ["div", "body", "html", "section", "article", "span", "font", "b", "strong", "i", "em", "u", "a"].contains(name)
                        && containsBlocks(child) {
                flushLoose()
                collect(child, into: &blocks, line: line)
            } else if name == "br" {
                flushLoose()
            } else if !["script", "style", "head", "title", "meta", "link"].contains(name) {
                loose += child.textContent
            }
        }
        flushLoose()
    }

    /// Whether an element holds block-level children (so it is walked, not read as one run of text).
    static func containsBlocks(_ node: XMLNode) -> Bool {
        node.childElements.contains { child in
            let name = child.name.lowercased()
            return paragraphLike.contains(name) || ["ul", "ol", "table", "div", "br"].contains(name) || containsBlocks(child)
        }
    }

    /// A table's rows of cell texts; nil when it holds no text (Word's layout tables often hold one cell).
    static func tableBlock(_ table: XMLNode, line: Int?) -> Block? {
        let rows = table.descendants { $0.name.lowercased() == "tr" }.map { row in
            row.childElements.filter { ["td", "th"].contains($0.name.lowercased()) }
                .map { ElementValues.nonEmpty($0.textContent) ?? "" }
        }.filter { !$0.allSatisfy(\.isEmpty) }
        guard !rows.isEmpty else { return nil }
        if rows.allSatisfy({ $0.filter { !$0.isEmpty }.count <= 1 }) {
            // A one-column layout table: its cells are paragraphs.
            let text = rows.compactMap { $0.first { !$0.isEmpty } }.joined(separator: " ")
            return Block(.paragraph, text: text, line: line)
        }
        let hasHeader = table.firstDescendant { $0.name.lowercased() == "th" } != nil
        return Block(.table, rows: rows, hasHeader: hasHeader, line: line)
    }

    /// Labels that open a resolution, as minuted.
    static let resolutionLabels = ["RESOLVED", "AGREED", "DECISION", "DECIDED", "RECOMMENDED"]

    /// The label a paragraph opens with (`RESOLVED`, `Decision`), or nil.
    static func resolutionLabel(_ text: String) -> String? {
        let upper = text.uppercased()
        for label in resolutionLabels where upper.hasPrefix(label) {
            let rest = upper.dropFirst(label.count)
            if rest.isEmpty || rest.first.map({ !$0.isLetter }) == true { return String(text.prefix(label.count)) }
        }
        return nil
    }

    /// A paragraph that opens with a resolution label becomes a resolution (marker = the label); a
    /// bare label ("RESOLVED:") takes the list that follows it as its points.
    static func attachResolutionLists(_ blocks: [Block]) -> [Block] {
        var result: [Block] = []
        var index = 0
        while index < blocks.count {
            var block = blocks[index]
            if block.kind == .paragraph, let text = block.text, let label = resolutionLabel(text) {
                block.kind = .resolution
                block.marker = label
                let rest = text.dropFirst(label.count).trimmingCharacters(in: .whitespacesAndNewlines.union(.init(charactersIn: ":-–—.")))
                block.text = rest.isEmpty ? nil : rest
                if rest.isEmpty, index + 1 < blocks.count, blocks[index + 1].kind == .list {
                    block.children = blocks[index + 1].children
                    index += 1
                }
            }
            result.append(block)
            index += 1
        }
        return result
    }

    /// A paragraph opening with a number such as `38.1` becomes a numbered paragraph.
    static func mark(_ block: Block) -> Block {
        guard block.kind == .paragraph, let text = block.text,
              let match = text.prefixMatch(of: Self.paragraphNumber) else { return block }
        var numbered = block
        numbered.kind = .numberedParagraph
        numbered.number = String(match.1)
        numbered.text = String(text[match.range.upperBound...])
        return numbered
    }
}

// Regex literals are parsed again each time they are evaluated: these are built once.
extension EscapedHTMLBlocks {
    /// "12.3.1 " opening a paragraph.
    nonisolated(unsafe) static let paragraphNumber = /([0-9]{1,3}(?:\.[0-9]{1,3})+\.?)\s+/
}
