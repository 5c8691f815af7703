/// One structural piece of a document's body, in the spirit of pandoc's blocks, kept flat so that
/// it encodes as plain JSON: a heading, a paragraph, a numbered paragraph (`38.1`), a list, a table,
/// a quotation, a resolution (`RESOLVED that:` with its sub-items) or an action (`ACTION: name`).
public struct Block: Hashable, Sendable, Codable {
    /// What kind of block this is.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case heading, paragraph, numberedParagraph, list, listItem, table, quotation, resolution, action
    }

    // Stored in this order so that the fields pack into 80 bytes (Swift lays them out as declared).
    /// The block's own text (for a list or table, usually nil).
    public var text: String?
    /// Paragraph or list-item number as written: `38.1`, `20.1.1`, `i)`, `a)`, `19.`.
    public var number: String?
    /// The marker the source used: a bullet (`·`, `•`, `-`, `Ø`), `RESOLVED`, `AGREED`, `Decision`.
    public var marker: String?
    /// Children: list items, resolution sub-items.
    public var children: [Block]?
    // The fields few blocks set (a heading's level, an action's owner, a table's rows) live in one
    // shared, immutable box: a large pack holds half a million blocks, and these fields inline made
    // each 144 bytes rather than 80 (about 30 MB more at a 10,000-page build's peak).
    private var seldom: SeldomFields?
    /// 1-based line in the source where the block starts, when known.
    public var line: Int?
    /// What kind of block this is.
    public var kind: Kind

    /// Heading level (1 = top) or list nesting depth (0 = top).
    public var level: Int? {
        get { seldom?.level }
        set { updateSeldom { $0.level = newValue } }
    }
    /// Who an action is assigned to (`ACTION: name`); the person's role or name as minuted.
    public var owner: String? {
        get { seldom?.owner }
        set { updateSeldom { $0.owner = newValue } }
    }
    /// Table rows, each a list of cell texts; the first row is the header when `hasHeader` is true.
    public var rows: [[String]]? {
        get { seldom?.rows }
        set { updateSeldom { $0.rows = newValue } }
    }
    /// Whether the first of `rows` is a header row.
    public var hasHeader: Bool? {
        get { seldom?.hasHeader }
        set { updateSeldom { $0.hasHeader = newValue } }
    }
    /// Data rows of a table whose cells were left out (a table of children in the pack's summaries):
    /// `rows` then holds only the header. Nil when `rows` is the whole table.
    public var rowCount: Int? {
        get { seldom?.rowCount }
        set { updateSeldom { $0.rowCount = newValue } }
    }

    public init(
        _ kind: Kind, text: String? = nil, number: String? = nil, level: Int? = nil, marker: String? = nil,
        owner: String? = nil, children: [Block]? = nil, rows: [[String]]? = nil, hasHeader: Bool? = nil,
        line: Int? = nil, rowCount: Int? = nil
    ) {
        self.kind = kind
        self.text = text
        self.number = number
        self.marker = marker
        self.children = children
        self.line = line
        self.seldom = SeldomFields.Values(level: level, owner: owner, rows: rows, hasHeader: hasHeader, rowCount: rowCount).boxed
    }

    /// Changes the seldom-set fields: a new box (the old one may be shared with copies of this
    /// block), or none when they are all nil again.
    private mutating func updateSeldom(_ change: (inout SeldomFields.Values) -> Void) {
        var values = seldom?.values ?? SeldomFields.Values()
        change(&values)
        seldom = values.boxed
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

/// The fields of a `Block` that few blocks set, held once and never changed (so copies of a block
/// share it safely; a change makes a new box).
private final class SeldomFields: Sendable {
    struct Values: Hashable {
        var level: Int?
        var owner: String?
        var rows: [[String]]?
        var hasHeader: Bool?
        var rowCount: Int?

        /// A box for these values, or nil when every one is nil.
        var boxed: SeldomFields? {
            level == nil && owner == nil && rows == nil && hasHeader == nil && rowCount == nil ? nil : SeldomFields(self)
        }
    }

    let values: Values
    var level: Int? { values.level }
    var owner: String? { values.owner }
    var rows: [[String]]? { values.rows }
    var hasHeader: Bool? { values.hasHeader }
    var rowCount: Int? { values.rowCount }

    init(_ values: Values) { self.values = values }
}

extension Block {
    /// Equal when every field is, as the memberwise conformance compared them before the seldom-set
    /// fields moved into their box.
    public static func == (lhs: Block, rhs: Block) -> Bool {
        lhs.kind == rhs.kind && lhs.text == rhs.text && lhs.number == rhs.number && lhs.marker == rhs.marker
            && lhs.line == rhs.line && lhs.seldom?.values == rhs.seldom?.values && lhs.children == rhs.children
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(kind)
        hasher.combine(text)
        hasher.combine(number)
        hasher.combine(marker)
        hasher.combine(line)
        hasher.combine(seldom?.values)
        hasher.combine(children)
    }

    /// The keys of a block's JSON (and cache) form: the fields' names, as before the box.
    enum CodingKeys: String, CodingKey, CaseIterable {
        case kind, text, number, level, marker, owner, children, rows, hasHeader, rowCount, line
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(try container.decode(Kind.self, forKey: .kind),
                  text: try container.decodeIfPresent(String.self, forKey: .text),
                  number: try container.decodeIfPresent(String.self, forKey: .number),
                  level: try container.decodeIfPresent(Int.self, forKey: .level),
                  marker: try container.decodeIfPresent(String.self, forKey: .marker),
                  owner: try container.decodeIfPresent(String.self, forKey: .owner),
                  children: try container.decodeIfPresent([Block].self, forKey: .children),
                  rows: try container.decodeIfPresent([[String]].self, forKey: .rows),
                  hasHeader: try container.decodeIfPresent(Bool.self, forKey: .hasHeader),
                  line: try container.decodeIfPresent(Int.self, forKey: .line),
                  rowCount: try container.decodeIfPresent(Int.self, forKey: .rowCount))
    }

    /// Encodes the set fields in the order the memberwise conformance did (so caches and outputs
    /// written before read the same).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encodeIfPresent(text, forKey: .text)
        try container.encodeIfPresent(number, forKey: .number)
        try container.encodeIfPresent(level, forKey: .level)
        try container.encodeIfPresent(marker, forKey: .marker)
        try container.encodeIfPresent(owner, forKey: .owner)
        try container.encodeIfPresent(children, forKey: .children)
        try container.encodeIfPresent(rows, forKey: .rows)
        try container.encodeIfPresent(hasHeader, forKey: .hasHeader)
        try container.encodeIfPresent(rowCount, forKey: .rowCount)
        try container.encodeIfPresent(line, forKey: .line)
    }
}
