import EvidenceModel
#if canImport(Glibc)
import Glibc
#endif

/// Records, documents, blocks, agenda items, links and facts decoded without `Codable`'s containers.
/// A large pack's cache holds millions of blocks and table cells, and going through `init(from:)` (a
/// container, a box and generic lookups per field) was most of reading it back. These read the same bytes the
/// synthesized `encode(to:)` wrote (keys as the property names, nil fields left out) and check them
/// as strictly; `BlockDecodingTests` compares them with the `Codable` path and fails when one of
/// these types gains a property they do not read.
extension NodeDecoder {
    /// The object at this node, its fields read in the order written (or found by name, see `ObjectFields`).
    private func object() throws -> ObjectFields {
        guard depth < CompactBinary.maximumDepth else { throw input.corrupted("nesting deeper than \(CompactBinary.maximumDepth)") }
        guard try input.tag(at: offset, limit: end) == .object else { throw mismatch("an object") }
        return try ObjectFields(input: input, offset: offset, end: end, depth: depth + 1)
    }

    /// An `AgendaItem` at this node.
    func decodeAgendaItem() throws -> AgendaItem {
        var field = try object()
        let number = try field("number")?.decode(String.self)
        var item = AgendaItem(title: try field.required("title").decode(String.self))
        item.number = number
        item.description = try field.required("description").decodeBlocks()
        item.minutes = try field.required("minutes").decodeBlocks()
        item.decisions = try field.required("decisions").decodeBlocks()
        item.links = try field.required("links").decodeLinks()
        item.line = try field("line")?.decode(Int.self)
        try field.finish()
        return item
    }

    /// A `[AgendaItem]` at this node.
    func decodeAgendaItems() throws -> [AgendaItem] {
        try elements { try $0.decodeAgendaItem() }
    }

    /// A `DocumentLink` at this node.
    func decodeLink() throws -> DocumentLink {
        var field = try object()
        var link = DocumentLink(title: try field.required("title").decode(String.self))
        link.href = try field("href")?.decode(String.self)
        link.format = try field("format")?.decode(String.self)
        link.sizeText = try field("sizeText")?.decode(String.self)
        link.sizeBytes = try field("sizeBytes")?.decode(Int.self)
        link.itemNumber = try field("itemNumber")?.decode(String.self)
        link.line = try field("line")?.decode(Int.self)
        link.date = try field("date")?.decodeValue(CalendarDate.self)
        link.restricted = try field("restricted")?.decode(Bool.self)
        try field.finish()
        return link
    }

    /// A `[DocumentLink]` at this node.
    func decodeLinks() throws -> [DocumentLink] {
        try elements { try $0.decodeLink() }
    }

    /// A `Block` at this node.
    func decodeBlock() throws -> Block {
        var field = try object()
        guard let kindNode = try field("kind") else { throw field.missing("kind") }
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
        try field.finish()
        return block
    }

    /// A `Record` at this node: a document read directly, a table through `Codable`.
    func decodeRecord() throws -> Record {
        var field = try object()
        let id = try field.required("id").decode(String.self)
        let provenance = try field.required("provenance").decodeProvenance()
        let content: Record.Content
        switch try field.required("type").decode(String.self) {
        case "document": content = .document(try field.required("document").decodeDocument())
        case "table": content = .table(try field.required("table").decodeValue(Table.self))
        default: throw input.corrupted("a record of an unknown type")
        }
        try field.finish()
        return Record(id: id, provenance: provenance, content: content)
    }

    /// A `[Record]` at this node.
    func decodeRecords() throws -> [Record] {
        try elements { try $0.decodeRecord() }
    }

    /// A `Provenance` at this node.
    func decodeProvenance() throws -> Provenance {
        var field = try object()
        let provenance = Provenance(source: try field.required("source").decode(String.self),
                                    sha256: try field.required("sha256").decode(String.self),
                                    importer: try field.required("importer").decode(String.self),
                                    importerVersion: try field.required("importerVersion").decode(String.self),
                                    firstLine: try field("firstLine")?.decode(Int.self),
                                    lastLine: try field("lastLine")?.decode(Int.self))
        try field.finish()
        return provenance
    }

    /// A `Document` at this node.
    func decodeDocument() throws -> Document {
        var field = try object()
        var document = Document(kind: DocumentKind(rawValue: try field.required("kind").decode(String.self)))
        document.title = try field("title")?.decode(String.self)
        document.committee = try field("committee")?.decode(String.self)
        document.meetingDate = try field("meetingDate")?.decodeValue(CalendarDate.self)
        document.date = try field("date")?.decodeValue(CalendarDate.self)
        document.dateBasis = try field("dateBasis")?.decode(String.self)
        document.venue = try field("venue")?.decode(String.self)
        document.attendance = try field.required("attendance").decodeStrings()
        document.apologies = try field.required("apologies").decodeStrings()
        document.itemNumber = try field("itemNumber")?.decode(String.self)
        document.author = try field("author")?.decode(String.self)
        document.properties = try field.required("properties").decodeTextDictionary()
        document.items = try field.required("items").decodeAgendaItems()
        document.blocks = try field.required("blocks").decodeBlocks()
        document.links = try field.required("links").decodeLinks()
        document.facts = try field.required("facts").elements { try $0.decodeFact() }
        try field.finish()
        return document
    }

    /// A `Fact` at this node.
    func decodeFact() throws -> Fact {
        var field = try object()
        guard let kind = Fact.Kind(rawValue: try field.required("kind").decode(String.self)) else {
            throw input.corrupted("a fact of an unknown kind")
        }
        let fact = Fact(kind: kind, value: try field.required("value").decode(Double.self),
                        unit: try field("unit")?.decode(String.self),
                        subject: try field.required("subject").decode(String.self),
                        text: try field.required("text").decode(String.self),
                        sentence: try field.required("sentence").decode(String.self),
                        line: try field("line")?.decode(Int.self))
        try field.finish()
        return fact
    }

    /// A `[String: String]` at this node (an object of texts, as `Dictionary` encodes one).
    func decodeTextDictionary() throws -> [String: String] {
        guard depth < CompactBinary.maximumDepth else { throw input.corrupted("nesting deeper than \(CompactBinary.maximumDepth)") }
        guard try input.tag(at: offset, limit: end) == .object else { throw mismatch("an object") }
        let entries = try ObjectEntries(input: input, offset: offset, end: end)
        var result: [String: String] = [:]
        result.reserveCapacity(entries.table.count)
        for entry in entries.table {
            let key = UnsafeBufferPointer(rebasing: input.bytes[entry.keyStart..<(entry.keyStart + entry.keyCount)])
            guard let name = CompactBinaryInput.text(key) else { throw input.corrupted("a key that is not UTF-8") }
            result[name] = try NodeDecoder(input: input, offset: entry.valueStart, end: entry.valueEnd, depth: depth + 1).decode(String.self)
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

/// An object's fields: `field("title")` is the value under that key, or nil when it is absent or null
/// (as `decodeIfPresent` reads it).
///
/// The import cache's writer puts each object's keys in the order the decoders here ask for them, so
/// the fields are read in one pass: a name is either the next entry's key or absent, and no table of
/// the entries is made (two allocations for each of a large pack's million blocks). When the bytes
/// hold keys in another order or keys not asked for, `finish()` or a required field throws
/// `FieldsOutOfOrder` and `CompactBinaryDecoder` reads the whole value again finding every field by
/// name (`CompactBinaryInput.readsFieldsInOrder` false), as `Codable` would.
struct ObjectFields {
    let input: CompactBinaryInput
    /// The depth of the fields' values.
    let depth: Int
    /// The entries by name, when not read in order.
    private let entries: ObjectEntries?
    private let limit: Int
    private var position: Int
    private var remaining: Int

    init(input: CompactBinaryInput, offset: Int, end: Int, depth: Int) throws {
        self.input = input
        self.depth = depth
        if input.readsFieldsInOrder {
            entries = nil
            let (length, contents) = try input.containerLength(at: offset, limit: end)
            limit = contents + length
            (remaining, position) = try input.length(at: contents, limit: limit)
        } else {
            entries = try ObjectEntries(input: input, offset: offset, end: end)
            (limit, position, remaining) = (end, end, 0)
        }
    }

    mutating func callAsFunction(_ name: StaticString) throws -> NodeDecoder? {
        let wanted = UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)
        let node: NodeDecoder
        if let entries {
            guard let entry = entries.find(wanted, in: input) else { return nil }
            node = NodeDecoder(input: input, offset: entry.valueStart, end: entry.valueEnd, depth: depth)
        } else {
            guard remaining > 0 else { return nil }
            let (keyCount, keyStart) = try input.length(at: position, limit: limit)
            guard keyCount == wanted.count,
                  keyCount == 0 || memcmp(input.bytes.baseAddress! + keyStart, wanted.baseAddress!, keyCount) == 0 else { return nil }
            let valueEnd = try input.valueEnd(at: keyStart + keyCount, limit: limit)
            node = NodeDecoder(input: input, offset: keyStart + keyCount, end: valueEnd, depth: depth)
            position = valueEnd
            remaining -= 1
        }
        return node.decodeNil() ? nil : node
    }

    /// A field that must be there, as `Codable` requires of a non-optional property.
    mutating func required(_ name: StaticString) throws -> NodeDecoder {
        guard let node = try self(name) else { throw missing(name) }
        return node
    }

    /// Why a field is not there: read in order, maybe only because it is elsewhere in the object.
    func missing(_ name: StaticString) -> any Error {
        entries == nil ? FieldsOutOfOrder() : input.corrupted("no value for '\(name)'")
    }

    /// Read in order, every entry must have been read.
    func finish() throws {
        guard entries == nil else { return }
        guard remaining == 0, position == limit else { throw FieldsOutOfOrder() }
    }
}

/// Thrown when an object's fields are not in the order they are read (see `ObjectFields`).
struct FieldsOutOfOrder: Error {}
