import EvidenceModel
import EvidencePackCore
import LibXML

/// The XML form of an `EvidenceBundle` (current format version), element by element.
///
/// Conventions, so the XSD stays simple: identifiers, codes, enumerations and numbers are
/// attributes; free text (titles, reasons, messages, cell text) is element content, so line breaks
/// survive; optional values are left out when absent, as in `pack.json`; lists inside records are
/// left out when empty, while the bundle's top-level lists are always written.
public enum PackXML {
    /// The namespace of every element.
    public static let namespace = "https://evidencepack.invalid/ns/pack/5"

    /// The document's bytes (UTF-8, not indented, ending with a newline): what `write(_:to:)` streams.
    public static func encode(_ bundle: EvidenceBundle) throws -> [UInt8] {
        let writer = try XMLWriter(indented: false)
        try PackXMLEncoder(writer: writer).write(bundle)
        return try writer.finish()
    }

    /// Streams the document to `sink` as it is written, so the pack's XML is never whole in memory.
    /// Not indented: on a large authority's pack indentation was a quarter of a 160 MB file
    /// (`xmllint --format` shows it indented). `carry`: records whose bytes are taken from an earlier
    /// pack.xml (see `PackXMLCarry`); the document's bytes are the same either way.
    public static func write(_ bundle: EvidenceBundle, to sink: @escaping XMLWriter.Sink, carry: PackXMLCarry? = nil) throws {
        let writer = try XMLWriter(indented: false, sink: carry.map { carry in { bytes in
            carry.offset += bytes.count
            carry.recording?.append(contentsOf: bytes)
            try sink(bytes)
        } } ?? sink)
        try PackXMLEncoder(writer: writer, carry: carry).write(bundle)
        try writer.finishStreaming()
    }

    /// An XML Schema `xs:double` / `xs:decimal`-friendly form: integers without `.0`, else Swift's
    /// shortest round-tripping form; infinities and NaN in XSD spelling.
    static func number(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-INF" : "INF" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }
}

/// Writes a bundle through an `XMLWriter`; one method per model type.
struct PackXMLEncoder {
    let writer: XMLWriter
    var carry: PackXMLCarry? = nil

    func write(_ bundle: EvidenceBundle) throws {
        try writer.startElement("evidencePack", namespace: PackXML.namespace)
        try writer.attribute("formatVersion", String(bundle.formatVersion))
        try writer.element("generator", bundle.generator)
        try writePack(bundle.pack)
        try writer.element("referenceDate", bundle.referenceDate.iso8601)
        if let authority = bundle.authority { try writer.element("authority", authority) }
        try list("sections", always: true, bundle.sections) { section in
            try writer.startElement("section")
            try writer.attribute("id", section.id)
            try writer.element("title", section.title)
            try writer.endElement()
        }
        try list("items", always: true, bundle.items, writeItem)
        try list("sources", always: true, bundle.sources, writeSource)
        try list("records", always: true, bundle.records) { record in
            guard let carry, let origin = carry.origins[record.id] else { return try writeRecord(record) }
            // Flushed around the record, so the sink's count says where its bytes are.
            try writer.raw([])
            try writer.flush()
            let start = carry.offset
            if let (bytes, sha256) = carry.previous?(origin) {
                try writer.raw(bytes)
                try writer.flush()
                carry.written[origin] = PackFilePiece(offset: start, length: carry.offset - start, sha256: sha256)
            } else {
                carry.recording = []
                try writeRecord(record)
                try writer.flush()
                carry.written[origin] = PackFilePiece(offset: start, length: carry.offset - start, sha256: FileHashing.sha256(of: carry.recording ?? []))
                carry.recording = nil
            }
        }
        try list("diagnostics", always: true, bundle.diagnostics, writeDiagnostic)
        try writer.endElement()
    }

    // MARK: helpers

    /// `<name>` holding one element per value; left out when empty unless `always`.
    private func list<T>(_ name: String, always: Bool = false, _ values: [T], _ body: (T) throws -> Void) throws {
        guard always || !values.isEmpty else { return }
        try writer.startElement(name)
        for value in values { try body(value) }
        try writer.endElement()
    }

    /// A list of plain strings: `<name><child>text</child>...</name>`.
    private func strings(_ name: String, _ child: String, _ values: [String]) throws {
        try list(name, values) { try writer.element(child, $0) }
    }

    private func optionalAttribute(_ name: String, _ value: String?) throws {
        if let value { try writer.attribute(name, value) }
    }

    private func optionalAttribute(_ name: String, _ value: Int?) throws {
        if let value { try writer.attribute(name, String(value)) }
    }

    private func optionalElement(_ name: String, _ value: String?) throws {
        if let value { try writer.element(name, value) }
    }

    // MARK: pack and items

    private func writePack(_ pack: PackIdentity) throws {
        try writer.startElement("pack")
        try writer.attribute("id", pack.id)
        try writer.attribute("version", pack.version)
        try writer.element("title", pack.title)
        try optionalElement("framework", pack.framework)
        try writer.endElement()
    }

    private func writeItem(_ item: EvidenceItem) throws {
        try writer.startElement("item")
        try writer.attribute("id", item.id)
        try writer.attribute("section", item.section)
        try writer.attribute("required", item.required ? "true" : "false")
        try writer.attribute("status", item.status.rawValue)
        try optionalAttribute("basis", item.basis)
        try writer.element("title", item.title)
        try optionalElement("why", item.why)
        try writer.element("reason", item.reason)
        try strings("recordIDs", "recordID", item.recordIDs)
        try strings("files", "file", item.files)
        try strings("notes", "note", item.notes)
        try writeWarnings(item.warnings)
        try writeDecision(item.decision)
        if let kpi = item.kpi { try writeBenchmark(kpi) }
        try writer.endElement()
    }

    /// `<kpi indicator="…" …>`: the matched indicator, its latest value and its comparators.
    private func writeBenchmark(_ kpi: KPIBenchmark) throws {
        try writer.startElement("kpi")
        try writer.attribute("indicator", kpi.indicator)
        try writer.attribute("source", kpi.source)
        try writer.attribute("unit", kpi.unit.rawValue)
        try optionalAttribute("better", kpi.better?.rawValue)
        try optionalAttribute("rank", kpi.rank)
        try optionalAttribute("rankedAuthorities", kpi.rankedAuthorities)
        try optionalAttribute("quartile", kpi.quartile)
        try optionalNumber("change", kpi.change)
        try optionalNumber("neighbourAverage", kpi.neighbourAverage)
        try optionalAttribute("neighbourCount", kpi.neighbourCount)
        try optionalNumber("neighbourMinimum", kpi.neighbourMinimum)
        try optionalNumber("neighbourMaximum", kpi.neighbourMaximum)
        try optionalNumber("target", kpi.target)
        try optionalAttribute("rating", kpi.rating)
        try writePeriod("period", kpi.period)
        try writer.startElement("value")
        try writeValue(kpi.value)
        try writer.endElement()
        if let previous = kpi.previousPeriod { try writePeriod("previousPeriod", previous) }
        if let value = kpi.previousValue {
            try writer.startElement("previousValue")
            try writeValue(value)
            try writer.endElement()
        }
        try writeComparator("authority", kpi.authority)
        if let england = kpi.england { try writeComparator("england", england) }
        if let region = kpi.region { try writeComparator("region", region) }
        try list("neighbours", kpi.neighbours) { try writeComparator("neighbour", $0) }
        try writer.endElement()
    }

    /// `<name name="…" code="…">` with its value, when the source has one.
    private func writeComparator(_ element: String, _ comparator: KPIComparator) throws {
        try writer.startElement(element)
        try writer.attribute("name", comparator.name)
        try optionalAttribute("code", comparator.code)
        if let value = comparator.value { try writeValue(value) }
        try writer.endElement()
    }

    /// `<number>` or `<suppressed>`.
    private func writeValue(_ value: ObservedValue) throws {
        switch value {
        case .number(let number): try writer.element("number", PackXML.number(number))
        case .suppressed(let symbol): try writer.element("suppressed", symbol)
        }
    }

    /// `<name kind="…" label="…" end="…"/>`.
    private func writePeriod(_ element: String, _ period: Period) throws {
        try writer.startElement(element)
        try writer.attribute("kind", period.kind.rawValue)
        try writer.attribute("label", period.label)
        try writer.attribute("end", period.end.iso8601)
        try writer.endElement()
    }

    private func optionalNumber(_ name: String, _ value: Double?) throws {
        if let value { try writer.attribute(name, PackXML.number(value)) }
    }

    /// `<decision kind="…" owner="…" due="…">note</decision>`, left out when there is none.
    private func writeDecision(_ decision: ItemDecision?) throws {
        guard let decision, !decision.isEmpty else { return }
        try writer.startElement("decision")
        try optionalAttribute("kind", decision.kind?.rawValue)
        try optionalAttribute("owner", decision.owner)
        try optionalAttribute("due", decision.due?.iso8601)
        if let note = decision.note { try writer.text(note) }
        try writer.endElement()
    }

    /// `<warnings><warning source="…">reason</warning>…</warnings>`, left out when there are none.
    private func writeWarnings(_ warnings: [EvidenceWarning]) throws {
        guard !warnings.isEmpty else { return }
        try writer.startElement("warnings")
        for warning in warnings {
            try writer.startElement("warning")
            try writer.attribute("source", warning.source)
            try writer.text(warning.reason)
            try writer.endElement()
        }
        try writer.endElement()
    }

    private func writeSource(_ source: Source) throws {
        try writer.startElement("source")
        try writer.attribute("path", source.path)
        try writer.attribute("sha256", source.sha256)
        try writer.attribute("size", String(source.size))
        try writer.attribute("mediaType", source.mediaType)
        try writer.endElement()
    }

    // MARK: records

    private func writeRecord(_ record: Record) throws {
        try writer.startElement("record")
        try writer.attribute("id", record.id)
        let provenance = record.provenance
        try writer.startElement("provenance")
        try writer.attribute("source", provenance.source)
        try writer.attribute("sha256", provenance.sha256)
        try writer.attribute("importer", provenance.importer)
        try writer.attribute("importerVersion", provenance.importerVersion)
        try optionalAttribute("firstLine", provenance.firstLine)
        try optionalAttribute("lastLine", provenance.lastLine)
        try writer.endElement()
        switch record.content {
        case .document(let document): try writeDocument(document)
        case .table(let table): try writeTable(table)
        }
        try writer.endElement()
    }

    private func writeDocument(_ document: Document) throws {
        try writer.startElement("document")
        try writer.attribute("kind", document.kind.rawValue)
        try optionalAttribute("meetingDate", document.meetingDate?.iso8601)
        try optionalAttribute("date", document.date?.iso8601)
        try optionalAttribute("dateBasis", document.dateBasis)
        try optionalAttribute("itemNumber", document.itemNumber)
        try optionalElement("title", document.title)
        try optionalElement("committee", document.committee)
        try optionalElement("venue", document.venue)
        try optionalElement("author", document.author)
        try strings("attendance", "person", document.attendance)
        try strings("apologies", "person", document.apologies)
        try list("properties", document.properties.sorted { $0.key < $1.key }) { property in
            try writer.startElement("property")
            try writer.attribute("name", property.key)
            try writer.text(property.value)
            try writer.endElement()
        }
        try list("items", document.items, writeAgendaItem)
        try list("blocks", document.blocks, writeBlock)
        try list("links", document.links, writeLink)
        try list("facts", document.facts, writeFact)
        try writer.endElement()
    }

    private func writeAgendaItem(_ item: AgendaItem) throws {
        try writer.startElement("agendaItem")
        try optionalAttribute("number", item.number)
        try optionalAttribute("line", item.line)
        try writer.element("title", item.title)
        try list("description", item.description, writeBlock)
        try list("minutes", item.minutes, writeBlock)
        try list("decisions", item.decisions, writeBlock)
        try list("links", item.links, writeLink)
        try writer.endElement()
    }

    private func writeBlock(_ block: Block) throws {
        try writer.startElement("block")
        try writer.attribute("kind", block.kind.rawValue)
        try optionalAttribute("number", block.number)
        try optionalAttribute("level", block.level)
        try optionalAttribute("marker", block.marker)
        try optionalAttribute("owner", block.owner)
        if let hasHeader = block.hasHeader { try writer.attribute("hasHeader", hasHeader ? "true" : "false") }
        try optionalAttribute("rowCount", block.rowCount)
        try optionalAttribute("line", block.line)
        try optionalElement("text", block.text)
        try list("children", block.children ?? [], writeBlock)
        if let rows = block.rows { try writeRows(rows) }
        try writer.endElement()
    }

    private func writeRows(_ rows: [[String]]) throws {
        try list("rows", rows) { row in
            try writer.startElement("row")
            for cell in row { try writer.element("cell", cell) }
            try writer.endElement()
        }
    }

    private func writeLink(_ link: DocumentLink) throws {
        try writer.startElement("link")
        try optionalAttribute("href", link.href)
        try optionalAttribute("format", link.format)
        try optionalAttribute("sizeText", link.sizeText)
        try optionalAttribute("sizeBytes", link.sizeBytes)
        try optionalAttribute("itemNumber", link.itemNumber)
        try optionalAttribute("line", link.line)
        try optionalAttribute("date", link.date?.iso8601)
        try optionalAttribute("restricted", link.restricted.map { $0 ? "true" : "false" })
        try writer.text(link.title)
        try writer.endElement()
    }

    private func writeFact(_ fact: Fact) throws {
        try writer.startElement("fact")
        try writer.attribute("kind", fact.kind.rawValue)
        try writer.attribute("value", PackXML.number(fact.value))
        try optionalAttribute("unit", fact.unit)
        try optionalAttribute("line", fact.line)
        try writer.element("subject", fact.subject)
        try writer.element("text", fact.text)
        try writer.element("sentence", fact.sentence)
        try writer.endElement()
    }

    private func writeTable(_ table: Table) throws {
        try writer.startElement("table")
        try writer.attribute("kind", table.kind.rawValue)
        try optionalAttribute("annexAList", table.annexAList)
        try writer.attribute("rowCount", String(table.rowCount))
        try writer.attribute("streamedFromSource", table.streamedFromSource ? "true" : "false")
        try optionalElement("title", table.title)
        try strings("columns", "column", table.columns)
        try writeRows(table.rows)
        try writeObservations(table.observations)
        try writeRankings(table.rankings)
        try writer.endElement()
    }

    /// `<observations>` as columns (formatVersion 5), as pack.json holds them: the indicators,
    /// periods, geographies and units listed once, in order of first use, then one space-separated
    /// list per field with an entry per observation (`indicator`, `period`, `geography`, `unit`:
    /// 0-based positions in those lists; `number`: the value, `NaN` where it is suppressed; `target`:
    /// `NaN` where there is none; `line`: 0 where there is none), and a `suppressed` or `rating`
    /// element naming the position of each observation that has one. One element per observation,
    /// all of it repeated, made a 126 MB pack.xml of an 885 KB DfE file.
    private func writeObservations(_ observations: [KPIObservation]) throws {
        guard !observations.isEmpty else { return }
        let lists = KPIObservationLists(observations)
        try writer.startElement("observations")
        try writer.attribute("count", String(observations.count))
        try strings("indicators", "indicator", lists.indicators)
        try list("periods", lists.periods) { try writePeriod("period", $0) }
        try list("geographies", lists.geographies) { geography in
            try writer.startElement("geography")
            try writer.attribute("level", geography.level.rawValue)
            try optionalAttribute("code", geography.code)
            try writer.attribute("name", geography.name)
            try optionalAttribute("region", geography.region)
            try writer.endElement()
        }
        try writer.element("units", lists.units.map(\.rawValue).joined(separator: " "))
        try writer.element("indicator", PositionList.text(lists.indicator))
        try writer.element("period", PositionList.text(lists.period))
        try writer.element("geography", PositionList.text(lists.geography))
        try writer.element("unit", PositionList.text(lists.unit))
        try writer.element("number", observations.map { PackXML.number($0.value.number ?? .nan) }.joined(separator: " "))
        if observations.contains(where: { $0.target != nil }) {
            try writer.element("target", observations.map { PackXML.number($0.target ?? .nan) }.joined(separator: " "))
        }
        if observations.contains(where: { $0.line != nil }) {
            try writer.element("line", observations.map { String($0.line ?? 0) }.joined(separator: " "))
        }
        for (position, observation) in observations.enumerated() {
            if case .suppressed(let symbol) = observation.value { try positioned("suppressed", position, symbol) }
        }
        for (position, observation) in observations.enumerated() {
            if let rating = observation.rating { try positioned("rating", position, rating) }
        }
        try writer.endElement()
    }

    /// `<rankings>` as columns, in the way of `<observations>`: the indicators and periods listed
    /// once, then `indicator`, `period`, `ranked`, `lower` and `higher` with an entry per ranking.
    private func writeRankings(_ rankings: [KPIRanking]) throws {
        guard !rankings.isEmpty else { return }
        let lists = KPIRankingLists(rankings)
        try writer.startElement("rankings")
        try writer.attribute("count", String(rankings.count))
        try strings("indicators", "indicator", lists.indicators)
        try list("periods", lists.periods) { try writePeriod("period", $0) }
        try writer.element("indicator", PositionList.text(lists.indicator))
        try writer.element("period", PositionList.text(lists.period))
        try writer.element("ranked", rankings.map { String($0.ranked) }.joined(separator: " "))
        try writer.element("lower", rankings.map { String($0.lower) }.joined(separator: " "))
        try writer.element("higher", rankings.map { String($0.higher) }.joined(separator: " "))
        try writer.endElement()
    }

    /// `<name position="…">text</name>`: a value of one observation, by its 0-based position.
    private func positioned(_ name: String, _ position: Int, _ text: String) throws {
        try writer.startElement(name)
        try writer.attribute("position", String(position))
        try writer.text(text)
        try writer.endElement()
    }

    // MARK: diagnostics

    private func writeDiagnostic(_ diagnostic: Diagnostic) throws {
        try writer.startElement("diagnostic")
        try writer.attribute("severity", diagnostic.severity.rawValue)
        try writer.attribute("code", diagnostic.code)
        try optionalAttribute("step", diagnostic.step)
        if let location = diagnostic.location {
            try writer.startElement("location")
            try writer.attribute("path", location.path)
            try optionalAttribute("line", location.line)
            try optionalAttribute("column", location.column)
            try writer.endElement()
        }
        try writer.element("message", diagnostic.message)
        try writer.endElement()
    }
}

/// Records of pack.xml carried over from the file an earlier build wrote: a record whose origin (see
/// `ExportContext.recordOrigins`) `previous` has bytes for (checked by their SHA-256) has those written
/// as they are; where each record's bytes went in the new file, and their SHA-256, is collected in
/// `written` for the next build.
public final class PackXMLCarry {
    /// Record id → origin.
    let origins: [String: String]
    /// An origin's bytes in the earlier file and their SHA-256, when they can be taken from it.
    let previous: ((String) -> ([UInt8], String)?)?
    /// Origin → where its bytes are in the file being written.
    public internal(set) var written: [String: PackFilePiece] = [:]
    /// Bytes written so far.
    var offset = 0
    /// The bytes of the record being written, while it is.
    var recording: [UInt8]?

    public init(origins: [String: String], previous: ((String) -> ([UInt8], String)?)?) {
        self.origins = origins
        self.previous = previous
    }
}

/// Whole numbers written space-separated, as an `xs:list` holds them, without a String per number.
struct PositionList {
    private var bytes: [UInt8] = []

    /// `values` as an `xs:list`.
    static func text(_ values: [Int]) -> String {
        var list = PositionList()
        list.bytes.reserveCapacity(values.count * 3)
        for value in values { list.append(value) }
        return list.text
    }

    mutating func append(_ value: Int) {
        if !bytes.isEmpty { bytes.append(UInt8(ascii: " ")) }
        if value == 0 {
            bytes.append(UInt8(ascii: "0"))
            return
        }
        let start = bytes.count
        var rest = value
        while rest > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(rest % 10))
            rest /= 10
        }
        bytes[start...].reverse()
    }

    var text: String { String(decoding: bytes, as: UTF8.self) }
}
