import EvidenceModel
import LibXML

/// Turns HTML body content into the shared `Block`s, with the same meanings the text importer
/// gives them: headings, paragraphs, numbered paragraphs (`20.1`), bulleted and lettered lists,
/// tables, quotations, `RESOLVED`/`AGREED` resolutions (with their sub-items) and `ACTION:` lines.
///
/// One pass over the subtree. Word-pasted markup is read the way a browser shows it: `&nbsp;`-only
/// paragraphs vanish, hard line breaks inside a sentence are joined, Symbol-font bullets are bullets.
struct BlockCollector {
    /// The blocks collected so far, in document order.
    private(set) var blocks: [Block] = []
    /// Lines of the paragraph being read (`<br>` starts a new one), with their source lines.
    private var pending: [(text: String, line: Int?)] = []
    /// The UTF-8 text of the line being read (gathered as bytes: one String per line, not per node).
    private var current: [UInt8] = []
    private var currentLine: Int?
    /// Where the innermost element opened before the pending line's text starts, and the line
    /// breaks seen since: libxml2 dates a text node by where it ends, an element by where it starts.
    private var openedLine: Int?
    private var newlinesSinceOpened = 0
    /// Deeper than this, a subtree is read as plain text (unclosed tags can nest thousands deep).
    private static let maximumDepth = 120

    /// Reads the children of `node` (not the node itself, which is usually a container).
    mutating func collect(childrenOf node: XMLNode) {
        var child = node.firstChild
        while let current = child {
            visit(current, depth: 0)
            child = current.nextSibling
        }
        flush()
    }

    /// Reads `node` and its subtree.
    mutating func collect(_ node: XMLNode) {
        visit(node, depth: 0)
        flush()
    }

    /// The collected blocks with resolutions' sub-items attached.
    func finish() -> [Block] {
        BlockCollector.attachResolutionItems(blocks)
    }

    private mutating func visit(_ node: XMLNode, depth: Int) {
        if node.isText {
            let start = current.count
            if node.appendOwnText(to: &current), currentLine == nil {
                let (breaks, hasContent) = current.withUnsafeBufferPointer {
                    BlockCollector.scanStart(of: UnsafeBufferPointer(rebasing: $0[start...]))
                }
                noteStart(breaks: breaks, hasContent: hasContent, line: node.line)
            }
            return
        }
        guard node.isElement, !HTMLText.isSkipped(node) else { return }
        if node.isElement("br") {
            breakLine()
            return
        }
        if depth > BlockCollector.maximumDepth {
            breakLine()
            for line in HTMLText.lines(of: node) { pending.append((line, node.line)) }
            return
        }
        if let level = node.headingLevel {
            flush()
            let text = HTMLText.inlineText(of: node)
            if !text.isEmpty { blocks.append(Block(.heading, text: text, level: level, line: node.line)) }
            return
        }
        if node.isElement("ul") || node.isElement("ol") {
            flush()
            if let list = BlockCollector.list(node, level: 0) { blocks.append(list) }
            return
        }
        if node.isElement("table") {
            flush()
            readTable(node, depth: depth)
            return
        }
        if node.isElement("blockquote") {
            flush()
            var inner = BlockCollector()
            inner.collect(childrenOf: node)
            let text = inner.blocks.map(\.plainText).joined(separator: "\n")
            if !text.isEmpty { blocks.append(Block(.quotation, text: text, line: node.line)) }
            return
        }
        let isBlock = HTMLText.isBlock(node)
        if isBlock { flush() }
        if currentLine == nil {
            openedLine = node.line > 0 ? node.line : nil
            newlinesSinceOpened = 0
        }
        var child = node.firstChild
        while let current = child {
            visit(current, depth: depth + 1)
            child = current.nextSibling
        }
        if isBlock { flush() }
    }

    private mutating func breakLine() {
        let line = HTMLText.normalize(bytes: current)
        if !line.isEmpty { pending.append((line, currentLine)) }
        current.removeAll(keepingCapacity: true)
        currentLine = nil
        openedLine = nil
    }

    /// Sets the line the pending text starts on, once it holds more than whitespace.
    private mutating func noteStart(breaks: Int, hasContent: Bool, line: Int) {
        if hasContent {
            currentLine = openedLine.map { $0 + newlinesSinceOpened + breaks } ?? (line > 0 ? line : nil)
        } else {
            newlinesSinceOpened += breaks
        }
    }

    /// The line breaks before a text node's first character that is not whitespace, and whether it
    /// has one.
    static func scanStart(of text: UnsafeBufferPointer<UInt8>) -> (breaks: Int, hasContent: Bool) {
        // ASCII up to the first other character (and one past it, so no combining mark joins it):
        // bytes are Characters there, except CR LF, which counts as one break, as below.
        var breaks = 0
        var index = 0
        while index < text.count, text[index] < 0x80, index + 1 == text.count || text[index + 1] < 0x80 {
            switch text[index] {
            case 0x0A:
                breaks += 1
            case 0x0D:
                if index + 1 < text.count, text[index + 1] == 0x0A { breaks += 1; index += 1 }
            case 0x09, 0x0B, 0x0C, 0x20:
                break
            default:
                return (breaks, true)
            }
            index += 1
        }
        return index == text.count ? (breaks, false) : scanStart(of: String(decoding: text, as: UTF8.self))
    }

    /// `scanStart` by Characters, for text that is not plain ASCII.
    static func scanStart(of text: String) -> (breaks: Int, hasContent: Bool) {
        var breaks = 0
        for character in text {
            if character == "\n" || character == "\r\n" {
                breaks += 1
            } else if !character.isWhitespace && !HTMLText.isSpace(character.unicodeScalars.first ?? " ") {
                return (breaks, true)
            }
        }
        return (breaks, false)
    }

    /// Ends the paragraph being read: joins hard breaks inside sentences, then classifies each line.
    private mutating func flush() {
        breakLine()
        guard !pending.isEmpty else { return }
        var lines: [(text: String, line: Int?)] = []
        for entry in pending {
            if let last = lines.last, BlockCollector.continuesSentence(previous: last.text, next: entry.text) {
                lines[lines.count - 1].text += " " + entry.text
            } else {
                lines.append(entry)
            }
        }
        pending = []
        for entry in lines { append(LineClassifier.block(for: entry.text, line: entry.line)) }
    }

    /// Appends a block, gathering consecutive list items with the same marker into one list
    /// (as the text importer does for "·" lines).
    private mutating func append(_ block: Block) {
        guard block.kind == .listItem else {
            blocks.append(block)
            return
        }
        if let last = blocks.last, last.kind == .list, last.marker == block.marker, last.level == nil || last.level == 0,
           last.children?.last?.number == nil || block.number != nil || block.marker != nil {
            blocks[blocks.count - 1].children?.append(block)
        } else {
            blocks.append(Block(.list, marker: block.marker, children: [block], line: block.line))
        }
    }

    /// A hard line break inside a sentence (Word pastes them): the next line starts in lower case
    /// and the previous one does not end a sentence or a label.
    static func continuesSentence(previous: String, next: String) -> Bool {
        guard let first = next.first, first.isLowercase, let last = previous.last else { return false }
        if ".:;!?".contains(last) { return false }
        return LineClassifier.listMarker(next) == nil
    }

    /// A `<ul>`/`<ol>` as a list block; nested lists become items one level deeper. A `<ul>`'s
    /// items carry the bullet a browser draws (`•`), as the text rendering of the page shows them.
    static func list(_ node: XMLNode, level: Int) -> Block? {
        var items: [Block] = []
        appendItems(of: node, level: level, to: &items)
        guard !items.isEmpty else { return nil }
        let markers = Set(items.map(\.marker))
        let marker = markers.count == 1 ? markers.first ?? nil : nil
        return Block(.list, level: level == 0 ? nil : level, marker: marker, children: items, line: node.line)
    }

    /// The bullet browsers draw for `<ul>` items.
    static let unorderedBullet = "•"

    private static func appendItems(of list: XMLNode, level: Int, to items: inout [Block]) {
        let ordered = list.isElement("ol")
        // A start beyond 32 bits is clamped (as browsers do), so counting items on cannot overflow.
        var counter = Int(list.attribute("start").map(HTMLText.normalize) ?? "").map { min(max($0, Int(Int32.min)), Int(Int32.max)) } ?? 1
        let style = list.attribute("type") ?? "1"
        var child = list.firstChildElement
        while let item = child {
            defer { child = item.nextSiblingElement }
            if item.isElement("ul") || item.isElement("ol") {
                appendItems(of: item, level: level + 1, to: &items)
                continue
            }
            var nested: [XMLNode] = []
            let text = HTMLText.inlineText(of: item, skipping: { element in
                if element.isElement("ul") || element.isElement("ol") { nested.append(element); return true }
                return false
            })
            if !text.isEmpty {
                var block = LineClassifier.listItem(text, line: item.line)
                block.level = level
                if ordered, block.number == nil { block.number = numberLabel(counter, style: style) }
                if !ordered, block.number == nil, block.marker == nil { block.marker = unorderedBullet }
                items.append(block)
            }
            if ordered { counter += 1 }
            for sublist in nested { appendItems(of: sublist, level: level + 1, to: &items) }
        }
    }

    /// `1.`, `a.`, `iv.` for an ordered list's `type`.
    static func numberLabel(_ value: Int, style: String) -> String {
        switch style {
        case "a": return letters(value).lowercased() + "."
        case "A": return letters(value) + "."
        case "i": return roman(value).lowercased() + "."
        case "I": return roman(value) + "."
        default: return "\(value)."
        }
    }

    private static func letters(_ value: Int) -> String {
        guard value > 0 else { return "\(value)" }
        var n = value
        var result = ""
        while n > 0 {
            n -= 1
            result = String(UnicodeScalar(UInt8(65 + n % 26))) + result
            n /= 26
        }
        return result
    }

    private static func roman(_ value: Int) -> String {
        guard value > 0, value < 4000 else { return "\(value)" }
        let table: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                      (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var n = value
        var result = ""
        for (amount, symbol) in table {
            while n >= amount { result += symbol; n -= amount }
        }
        return result
    }

    /// A data table as a table block; a one-column table (Word layout) is read as its content.
    private mutating func readTable(_ table: XMLNode, depth: Int) {
        var rows: [[String]] = []
        var headerRow = false
        var rowNodes: [XMLNode] = []
        table.walk { node in
            if node.isSameNode(as: table) { return true }
            if node.isElement("table") { return false }
            if node.isElement("tr") { rowNodes.append(node); return false }
            return node.isElement
        }
        for (index, row) in rowNodes.enumerated() {
            var cells: [String] = []
            var allHeaders = true
            var cell = row.firstChildElement
            while let current = cell {
                if current.isElement("td") || current.isElement("th") {
                    cells.append(HTMLText.inlineText(of: current))
                    if !current.isElement("th") { allHeaders = false }
                }
                cell = current.nextSiblingElement
            }
            if cells.allSatisfy(\.isEmpty) { continue }
            if index == 0, allHeaders || row.parent?.isElement("thead") == true { headerRow = true }
            rows.append(cells)
        }
        guard !rows.isEmpty else { return }
        if rows.allSatisfy({ $0.count <= 1 }) {
            // Layout table: read the cells as ordinary content.
            for row in rowNodes {
                var cell = row.firstChildElement
                while let current = cell {
                    var child = current.firstChild
                    while let inner = child {
                        visit(inner, depth: depth + 2)
                        child = inner.nextSibling
                    }
                    flush()
                    cell = current.nextSiblingElement
                }
            }
            return
        }
        blocks.append(Block(.table, rows: rows, hasHeader: headerRow, line: table.line))
    }

    /// Makes a resolution that announces sub-items ("RESOLVED that:", "RESOLVED –") own the list
    /// that follows it, as `children`.
    static func attachResolutionItems(_ blocks: [Block]) -> [Block] {
        var result: [Block] = []
        var index = 0
        while index < blocks.count {
            var block = blocks[index]
            index += 1
            guard block.kind == .resolution, let text = block.text, LineClassifier.announcesItems(text) else {
                result.append(block)
                continue
            }
            var children: [Block] = []
            while index < blocks.count {
                let next = blocks[index]
                if next.kind == .list, let items = next.children {
                    children.append(contentsOf: items)
                } else if next.kind == .numberedParagraph, next.number.map({ !$0.contains(".") }) == true {
                    children.append(Block(.listItem, text: next.text, number: next.number, line: next.line))
                } else {
                    break
                }
                index += 1
            }
            if !children.isEmpty { block.children = children }
            result.append(block)
        }
        return result
    }
}

