import EvidenceModel

/// An import cache entry's document records written straight into `CompactBinary` bytes: the very bytes
/// `CompactBinaryEncoder.encode(_:)` writes for them (keys as the property names in the order the
/// conformances encode them, nil fields left out), without the tree of `EncodedNode`s and the
/// `Codable` containers that build it. A large pack stores 10,000 page imports, and that tree was
/// about 1.7 CPU-s of a full build. `CompactBinaryModelWriterTests` holds the two together over
/// generated documents and fails when a document type gains a field this writer does not write.
extension CompactBinaryEncoder {
    /// The entry's bytes, equal to `encode(entry)`'s: document records written directly, tables and
    /// diagnostics through `Codable`.
    static func encodeEntry(_ entry: ImportCache.Entry) throws -> [UInt8] {
        var writer = CompactBinaryWriter()
        try writer.writeEntry(entry)
        return writer.bytes
    }
}

extension CompactBinaryWriter {
    /// `ImportCache.Entry`: its synthesized conformance's keys, `dateChecks` only when set.
    mutating func writeEntry(_ entry: ImportCache.Entry) throws {
        try writeObject { writer in
            writer.key("records")
            try writer.writeList(entry.records) { try $0.writeRecord($1) }
            writer.key("diagnostics")
            try writer.write(EncodedNode.of(entry.diagnostics))
            if let dateChecks = entry.dateChecks {
                writer.key("dateChecks")
                writer.writeBytes(dateChecks)
            }
        }
    }

    /// A record: a document directly, a table through its `Codable` conformance.
    mutating func writeRecord(_ record: Record) throws {
        guard case .document(let document) = record.content else { return try write(EncodedNode.of(record)) }
        try writeObject { writer in
            writer.entry("id", record.id)
            writer.key("provenance")
            try writer.writeProvenance(record.provenance)
            writer.entry("type", "document")
            writer.key("document")
            try writer.writeDocument(document)
        }
    }

    mutating func writeProvenance(_ provenance: Provenance) throws {
        try writeObject { writer in
            writer.entry("source", provenance.source)
            writer.entry("sha256", provenance.sha256)
            writer.entry("importer", provenance.importer)
            writer.entry("importerVersion", provenance.importerVersion)
            writer.entry("firstLine", provenance.firstLine)
            writer.entry("lastLine", provenance.lastLine)
        }
    }

    mutating func writeDocument(_ document: Document) throws {
        try writeObject { writer in
            writer.entry("kind", document.kind.rawValue)
            writer.entry("title", document.title)
            writer.entry("committee", document.committee)
            writer.entry("meetingDate", document.meetingDate?.iso8601)
            writer.entry("date", document.date?.iso8601)
            writer.entry("dateBasis", document.dateBasis)
            writer.entry("venue", document.venue)
            writer.key("attendance")
            try writer.writeStrings(document.attendance)
            writer.key("apologies")
            try writer.writeStrings(document.apologies)
            writer.entry("itemNumber", document.itemNumber)
            writer.entry("author", document.author)
            writer.key("properties")
            // As `Dictionary`'s own conformance writes a String-keyed dictionary: in its iteration order.
            try writer.writeObject { properties in
                for (name, value) in document.properties { properties.entry(name, value) }
            }
            writer.key("items")
            try writer.writeList(document.items) { try $0.writeAgendaItem($1) }
            writer.key("blocks")
            try writer.writeList(document.blocks) { try $0.writeBlock($1) }
            writer.key("links")
            try writer.writeList(document.links) { try $0.writeLink($1) }
            writer.key("facts")
            try writer.writeList(document.facts) { try $0.writeFact($1) }
        }
    }

    mutating func writeAgendaItem(_ item: AgendaItem) throws {
        try writeObject { writer in
            writer.entry("number", item.number)
            writer.entry("title", item.title)
            writer.key("description")
            try writer.writeList(item.description) { try $0.writeBlock($1) }
            writer.key("minutes")
            try writer.writeList(item.minutes) { try $0.writeBlock($1) }
            writer.key("decisions")
            try writer.writeList(item.decisions) { try $0.writeBlock($1) }
            writer.key("links")
            try writer.writeList(item.links) { try $0.writeLink($1) }
            writer.entry("line", item.line)
        }
    }

    /// A block, its fields in `Block.encode(to:)`'s order.
    mutating func writeBlock(_ block: Block) throws {
        try writeObject { writer in
            writer.entry("kind", block.kind.rawValue)
            writer.entry("text", block.text)
            writer.entry("number", block.number)
            writer.entry("level", block.level)
            writer.entry("marker", block.marker)
            writer.entry("owner", block.owner)
            if let children = block.children {
                writer.key("children")
                try writer.writeList(children) { try $0.writeBlock($1) }
            }
            if let rows = block.rows {
                writer.key("rows")
                try writer.writeList(rows) { try $0.writeStrings($1) }
            }
            writer.entry("hasHeader", block.hasHeader)
            writer.entry("rowCount", block.rowCount)
            writer.entry("line", block.line)
        }
    }

    mutating func writeLink(_ link: DocumentLink) throws {
        try writeObject { writer in
            writer.entry("title", link.title)
            writer.entry("href", link.href)
            writer.entry("format", link.format)
            writer.entry("sizeText", link.sizeText)
            writer.entry("sizeBytes", link.sizeBytes)
            writer.entry("itemNumber", link.itemNumber)
            writer.entry("line", link.line)
            writer.entry("date", link.date?.iso8601)
            writer.entry("restricted", link.restricted)
        }
    }

    mutating func writeFact(_ fact: Fact) throws {
        try writeObject { writer in
            writer.entry("kind", fact.kind.rawValue)
            writer.key("value")
            writer.writeDouble(fact.value)
            writer.entry("unit", fact.unit)
            writer.entry("subject", fact.subject)
            writer.entry("text", fact.text)
            writer.entry("sentence", fact.sentence)
            writer.entry("line", fact.line)
        }
    }

    mutating func writeStrings(_ texts: [String]) throws {
        try writeList(texts) { $0.writeString($1) }
    }

    // MARK: objects and their entries

    /// An object whose entries `body` writes (each with `key` and its value, or `entry`); its entry
    /// count is filled in afterwards.
    mutating func writeObject(_ body: (inout CompactBinaryWriter) throws -> Void) throws {
        append(CompactBinary.Tag.object.rawValue)
        let lengthAt = bytes.count
        append(contentsOf: [0, 0, 0, 0])
        // The count is a varint, so its size is known only at the end: one byte is held for it (the
        // model's objects have under 128 entries) and widened in place for a larger count.
        let countAt = bytes.count
        append(0)
        let enclosing = objectEntries
        objectEntries = 0
        try body(&self)
        if objectEntries < 0x80 {
            replaceBytes(countAt..<(countAt + 1), with: CollectionOfOne(UInt8(objectEntries)))
        } else {
            var count = CompactBinaryWriter()
            count.writeVarint(UInt64(objectEntries))
            replaceBytes(countAt..<(countAt + 1), with: count.bytes)
        }
        objectEntries = enclosing
        try fillLength(at: lengthAt)
    }

    /// An array of `elements`, each written by `write`.
    mutating func writeList<Element>(_ elements: [Element], _ write: (inout CompactBinaryWriter, Element) throws -> Void) throws {
        try writeContainer(.array, count: elements.count) { writer in
            for element in elements { try write(&writer, element) }
        }
    }

    /// An entry's key in the object being written; its value is written next.
    mutating func key(_ name: StaticString) {
        objectEntries += 1
        writeVarint(UInt64(name.utf8CodeUnitCount))
        name.withUTF8Buffer { append(contentsOf: $0) }
    }

    /// A text entry; nil leaves the key out, as `encodeIfPresent` does.
    mutating func entry(_ name: StaticString, _ value: String?) {
        guard let value else { return }
        key(name)
        writeString(value)
    }

    /// A text entry under a key known only at run time (a dictionary's).
    mutating func entry(_ name: String, _ value: String) {
        objectEntries += 1
        writeText(name)
        writeString(value)
    }

    mutating func entry(_ name: StaticString, _ value: Int?) {
        guard let value else { return }
        key(name)
        writeInteger(Int64(value))
    }

    mutating func entry(_ name: StaticString, _ value: Bool?) {
        guard let value else { return }
        key(name)
        writeBoolean(value)
    }
}
