/// One structural piece of a document's body, in the spirit of pandoc's blocks, kept flat so that
/// it encodes as plain JSON: a heading, a paragraph, a numbered paragraph (`38.1`), a list, a table,
/// a quotation, a resolution (`RESOLVED that:` with its sub-items) or an action (`ACTION: name`).
public struct Block: Hashable, Sendable, Codable {
    /// What kind of block this is.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case heading, paragraph, numberedParagraph, list, listItem, table, quotation, resolution, action
    }

    /// What kind of block this is.
    public var kind: Kind
    /// The block's own text (for a list or table, usually nil).
    public var text: String?
    /// Paragraph or list-item number as written: `38.1`, `20.1.1`, `i)`, `a)`, `19.`.
    public var number: String?
    /// Heading level (1 = top) or list nesting depth (0 = top).
    public var level: Int?
    /// The marker the source used: a bullet (`·`, `•`, `-`, `Ø`), `RESOLVED`, `AGREED`, `Decision`.
    public var marker: String?
    /// Who an action is assigned to (`ACTION: name`); the person's role or name as minuted.
    public var owner: String?
    /// Children: list items, resolution sub-items.
    public var children: [Block]?
    /// Table rows, each a list of cell texts; the first row is the header when `hasHeader` is true.
    public var rows: [[String]]?
    /// Whether the first of `rows` is a header row.
    public var hasHeader: Bool?
    /// Data rows of a table whose cells were left out (a table of children in the pack's summaries):
    /// `rows` then holds only the header. Nil when `rows` is the whole table.
    public var rowCount: Int?
    /// 1-based line in the source where the block starts, when known.
    public var line: Int?

    public init(
        _ kind: Kind, text: String? = nil, number: String? = nil, level: Int? = nil, marker: String? = nil,
        owner: String? = nil, children: [Block]? = nil, rows: [[String]]? = nil, hasHeader: Bool? = nil,
        line: Int? = nil, rowCount: Int? = nil
    ) {
        self.kind = kind
        self.text = text
        self.number = number
        self.level = level
        self.marker = marker
        self.owner = owner
        self.children = children
        self.rows = rows
        self.hasHeader = hasHeader
        self.rowCount = rowCount
        self.line = line
    }

    /// All text in this block and its children, joined by newlines (for matching and search).
    public var plainText: String {
        var parts: [String] = []
        if let text { parts.append(text) }
        if let rows { parts.append(contentsOf: rows.map { $0.joined(separator: " ") }) }
        if let children { parts.append(contentsOf: children.map(\.plainText)) }
        return parts.joined(separator: "\n")
    }
}
