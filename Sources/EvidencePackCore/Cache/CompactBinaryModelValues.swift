import EvidenceModel

/// Records, documents, blocks, agenda items, links and facts decoded without `Codable`'s containers.
/// A large pack's cache holds millions of blocks and table cells, and going through `init(from:)` (a
/// container, a box and generic lookups per field) was most of reading it back. These read the same bytes the
/// synthesized `encode(to:)` wrote (keys as the property names, nil fields left out) and check them
/// as strictly; `BlockDecodingTests` compares them with the `Codable` path and fails when one of
/// these types gains a property they do not read.
extension NodeDecoder {
    /// The object at this node, its fields found by name.
    private func object() throws -> ObjectFields {
        guard depth < CompactBinary.maximumDepth else { throw input.corrupted("nesting deeper than \(CompactBinary.maximumDepth)") }
        guard try input.tag(at: offset, limit: end) == .object else { throw mismatch("an object") }
        return ObjectFields(input: input, entries: try ObjectEntries(input: input, offset: offset, end: end), depth: depth + 1)
    }

    /// A field that must be there, as `Codable` requires of a non-optional property.
    private func required(_ field: NodeDecoder?, _ name: String) throws -> NodeDecoder {
        guard let field else { throw input.corrupted("no value for '\(name)'") }
        return field
    }

    /// An `AgendaItem` at this node.
    func decodeAgendaItem() throws -> AgendaItem {
        let field = try object()
        var item = AgendaItem(title: try required(field("title"), "title").decode(String.self))
        item.number = try field("number")?.decode(String.self)
        item.description = try required(field("description"), "description").decodeBlocks()
        item.minutes = try required(field("minutes"), "minutes").decodeBlocks()
        item.decisions = try required(field("decisions"), "decisions").decodeBlocks()
        item.links = try required(field("links"), "links").decodeLinks()
        item.line = try field("line")?.decode(Int.self)
        return item
    }

    /// A `[AgendaItem]` at this node.
    func decodeAgendaItems() throws -> [AgendaItem] {
        try elements { try $0.decodeAgendaItem() }
    }

    /// A `DocumentLink` at this node.
    func decodeLink() throws -> DocumentLink {
        let field = try object()
        var link = DocumentLink(title: try required(field("title"), "title").decode(String.self))
        link.href = try field("href")?.decode(String.self)
        link.format = try field("format")?.decode(String.self)
        link.sizeText = try field("sizeText")?.decode(String.self)
        link.sizeBytes = try field("sizeBytes")?.decode(Int.self)
        link.itemNumber = try field("itemNumber")?.decode(String.self)
        link.line = try field("line")?.decode(Int.self)
        link.date = try field("date")?.decodeValue(CalendarDate.self)
        link.restricted = try field("restricted")?.decode(Bool.self)
        return link
    }

    /// A `[DocumentLink]` at this node.
    func decodeLinks() throws -> [DocumentLink] {
        try elements { try $0.decodeLink() }
    }

    /// A `Block` at this node.
    func decodeBlock() throws -> Block {
        let field = try object()
        guard let kindNode = field("kind") else { throw input.corrupted("a block without its kind") }
        guard let kind = Block.Kind(rawValue: try kindNode.decode(String.self)) else { throw input.corrupted("a block of an unknown kind") }
        var block = Block(kind)
        block.text = try field("text")?.decode(String.self)
        block.number = try field("number")?.decode(String.self)
        block.level = try field("level")?.decode(Int.self)
        block.marker = try field("marker")?.decode(String.self)
        block.owner = try field("owner")?.decode(String.self)
        block.children = try field("children")?.decodeBlocks()
        block.rows = try field("rows")?.decodeRows()
        block.hasHeader = try field("hasHeader")?.decode(Bool.self)
        block.rowCount = try field("rowCount")?.decode(Int.self)
        block.line = try field("line")?.decode(Int.self)
        return block
    }

    /// A `Record` at this node: a document read directly, a table through `Codable`.
    func decodeRecord() throws -> Record {
        let field = try object()
        let id = try required(field("id"), "id").decode(String.self)
        let provenance = try required(field("provenance"), "provenance").decodeProvenance()
        switch try required(field("type"), "type").decode(String.self) {
        case "document":
            return Record(id: id, provenance: provenance, content: .document(try required(field("document"), "document").decodeDocument()))
        case "table":
            return Record(id: id, provenance: provenance, content: .table(try required(field("table"), "table").decodeValue(Table.self)))
        default:
            throw input.corrupted("a record of an unknown type")
        }
    }

    /// A `[Record]` at this node.
    func decodeRecords() throws -> [Record] {
        try elements { try $0.decodeRecord() }
    }

    /// A `Provenance` at this node.
    func decodeProvenance() throws -> Provenance {
        let field = try object()
        return Provenance(source: try required(field("source"), "source").decode(String.self),
                          sha256: try required(field("sha256"), "sha256").decode(String.self),
                          importer: try required(field("importer"), "importer").decode(String.self),
                          importerVersion: try required(field("importerVersion"), "importerVersion").decode(String.self),
                          firstLine: try field("firstLine")?.decode(Int.self),
                          lastLine: try field("lastLine")?.decode(Int.self))
    }

    /// A `Document` at this node.
    func decodeDocument() throws -> Document {
        let field = try object()
        var document = Document(kind: DocumentKind(rawValue: try required(field("kind"), "kind").decode(String.self)))
        document.title = try field("title")?.decode(String.self)
        document.committee = try field("committee")?.decode(String.self)
        document.meetingDate = try field("meetingDate")?.decodeValue(CalendarDate.self)
        document.date = try field("date")?.decodeValue(CalendarDate.self)
        document.dateBasis = try field("dateBasis")?.decode(String.self)
        document.venue = try field("venue")?.decode(String.self)
        document.attendance = try required(field("attendance"), "attendance").decodeStrings()
        document.apologies = try required(field("apologies"), "apologies").decodeStrings()
        document.itemNumber = try field("itemNumber")?.decode(String.self)
        document.author = try field("author")?.decode(String.self)
        document.properties = try required(field("properties"), "properties").decodeTextDictionary()
        document.items = try required(field("items"), "items").decodeAgendaItems()
        document.blocks = try required(field("blocks"), "blocks").decodeBlocks()
        document.links = try required(field("links"), "links").decodeLinks()
        document.facts = try required(field("facts"), "facts").elements { try $0.decodeFact() }
        return document
    }

    /// A `Fact` at this node.
    func decodeFact() throws -> Fact {
        let field = try object()
        guard let kind = Fact.Kind(rawValue: try required(field("kind"), "kind").decode(String.self)) else {
            throw input.corrupted("a fact of an unknown kind")
        }
        return Fact(kind: kind, value: try required(field("value"), "value").decode(Double.self),
                    unit: try field("unit")?.decode(String.self),
                    subject: try required(field("subject"), "subject").decode(String.self),
                    text: try required(field("text"), "text").decode(String.self),
                    sentence: try required(field("sentence"), "sentence").decode(String.self),
                    line: try field("line")?.decode(Int.self))
    }

    /// A `[String: String]` at this node (an object of texts, as `Dictionary` encodes one).
    func decodeTextDictionary() throws -> [String: String] {
        let fields = try object()
        var result: [String: String] = [:]
        result.reserveCapacity(fields.entries.table.count)
        for entry in fields.entries.table {
            let key = UnsafeBufferPointer(rebasing: input.bytes[entry.keyStart..<(entry.keyStart + entry.keyCount)])
            guard let name = CompactBinaryInput.text(key) else { throw input.corrupted("a key that is not UTF-8") }
            result[name] = try NodeDecoder(input: input, offset: entry.valueStart, end: entry.valueEnd, depth: fields.depth).decode(String.self)
        }
        return result
    }

    /// A `[Block]` at this node.
    func decodeBlocks() throws -> [Block] {
        try elements { try $0.decodeBlock() }
    }

    /// A `[[String]]` (table rows) at this node.
    func decodeRows() throws -> [[String]] {
        try elements { try $0.decodeStrings() }
    }

    /// A `[String]` at this node.
    func decodeStrings() throws -> [String] {
        try elements { try $0.decode(String.self) }
    }

    /// The elements of the array at this node, each decoded by `element`.
    private func elements<Element>(_ element: (NodeDecoder) throws -> Element) throws -> [Element] {
        guard depth < CompactBinary.maximumDepth else { throw input.corrupted("nesting deeper than \(CompactBinary.maximumDepth)") }
        guard try input.tag(at: offset, limit: end) == .array else { throw mismatch("an array") }
        let (length, contents) = try input.containerLength(at: offset, limit: end)
        let limit = contents + length
        var (count, position) = try input.length(at: contents, limit: limit)
        var result: [Element] = []
        result.reserveCapacity(min(count, length))
        while count > 0 {
            let valueEnd = try input.valueEnd(at: position, limit: limit)
            result.append(try element(NodeDecoder(input: input, offset: position, end: valueEnd, depth: depth + 1)))
            position = valueEnd
            count -= 1
        }
        guard position == limit else { throw input.corrupted("an array's elements do not fill it") }
        return result
    }
}

/// An object's fields, found by name: `field("title")` is the value under that key, or nil when it is
/// absent or null (as `decodeIfPresent` reads it).
struct ObjectFields {
    let input: CompactBinaryInput
    let entries: ObjectEntries
    /// The depth of the fields' values.
    let depth: Int

    func callAsFunction(_ name: StaticString) -> NodeDecoder? {
        let wanted = UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)
        guard let entry = entries.find(wanted, in: input) else { return nil }
        let node = NodeDecoder(input: input, offset: entry.valueStart, end: entry.valueEnd, depth: depth)
        return node.decodeNil() ? nil : node
    }
}
