@testable import EvidencePackCore
import EvidenceFixtures
@testable import EvidenceModel
import Foundation
import Testing

/// The import cache writes and reads document records without `Codable` (`CompactBinaryModelWriter.swift`,
/// `CompactBinaryModelValues.swift`): the bytes written must be exactly `CompactBinaryEncoder.encode`'s,
/// and what is read back must be what `Codable` reads from them.
@Suite struct CompactBinaryModelWriterTests {
    typealias Entry = ImportCache.Entry

    static let diagnostics = [
        Diagnostic(.warning, code: "html.no-date", message: "no meeting date", location: SourceLocation(path: "a.html", line: 3)),
        Diagnostic(.note, code: "minutes.encoding", message: "read as Windows-1252", location: nil),
    ]

    /// Entries of one to three generated records, with and without diagnostics and deferred date checks.
    static func entries(seed: UInt64) -> [Entry] {
        let records = GeneratedDocuments.records(300, seed: seed)
        var entries: [Entry] = []
        var start = 0
        while start < records.count {
            let end = min(records.count, start + 1 + start % 3)
            entries.append(Entry(records: Array(records[start..<end]), diagnostics: start % 2 == 0 ? diagnostics : [],
                                 dateChecks: start % 5 == 0 ? [0, 1, 2, 0xFF] : nil))
            start = end
        }
        return entries
    }

    /// Records decoded through `Record.init(from:)` (not the direct path), from the same bytes.
    struct ThroughCodable: Decodable {
        var records: [CodableRecord]
        struct CodableRecord: Decodable {
            var record: Record
            init(from decoder: any Decoder) throws { record = try Record(from: decoder) }
        }
    }

    @Test func generatedEntriesAreWrittenAsTheEncoderWritesThem() throws {
        for (index, entry) in Self.entries(seed: 20261205).enumerated() {
            let direct = try CompactBinaryEncoder.encodeEntry(entry)
            #expect(direct == (try CompactBinaryEncoder.encode(entry)), "entry \(index)")
        }
    }

    @Test func generatedEntriesReadBackAsCodableReadsThem() throws {
        for (index, entry) in Self.entries(seed: 7).enumerated() {
            let bytes = try CompactBinaryEncoder.encodeEntry(entry)
            let read = try CompactBinaryDecoder.decode(Entry.self, from: bytes)
            #expect(read.records == entry.records, "entry \(index)")
            #expect(read.diagnostics == entry.diagnostics && read.dateChecks == entry.dateChecks, "entry \(index)")
            let throughCodable = try CompactBinaryDecoder.decode(ThroughCodable.self, from: bytes)
            #expect(throughCodable.records.map(\.record) == read.records, "entry \(index)")
        }
    }

    /// The writer puts each object's fields in the order the reader asks for them, so the reader's
    /// one pass over them (`ObjectFields`) never has to look for a field by name.
    @Test func generatedEntriesAreReadInOneOrderedPass() throws {
        for (index, entry) in Self.entries(seed: 11).enumerated() {
            let bytes = try CompactBinaryEncoder.encodeEntry(entry)
            let read = try CompactBinaryDecoder.decode(Entry.self, from: bytes, fieldsInOrder: true)
            #expect(read.records == entry.records, "entry \(index)")
        }
    }

    /// Bytes with a model object's keys in another order, or with keys it does not have, are read as
    /// `Codable` reads them: every field found by name, unknown keys passed over.
    @Test func fieldsInAnotherOrderOrUnknownAreFoundByName() throws {
        struct Reordered: Codable { var line: Int; var text: String; var kind: String }
        struct Extra: Codable { var kind: String; var text: String; var colour: String }
        let reordered = try CompactBinaryEncoder.encode([Reordered(line: 4, text: "Noted.", kind: "paragraph")])
        #expect(throws: FieldsOutOfOrder.self) { try CompactBinaryDecoder.decode([Block].self, from: reordered, fieldsInOrder: true) }
        #expect(try CompactBinaryDecoder.decode([Block].self, from: reordered) == [Block(.paragraph, text: "Noted.", line: 4)])
        let extra = try CompactBinaryEncoder.encode([Extra(kind: "heading", text: "Apologies", colour: "red")])
        #expect(try CompactBinaryDecoder.decode([Block].self, from: extra) == [Block(.heading, text: "Apologies")])
        // A whole record with its document's keys reversed.
        let record = GeneratedDocuments.records(1, seed: 3)[0]
        let reversed = try bytesWithKeysReversed(record)
        #expect(try CompactBinaryDecoder.decode(Record.self, from: reversed) == record)
    }

    /// A table record goes through `Codable` inside a directly written entry; a document with 200
    /// properties needs a two-byte entry count, written after its entries.
    @Test func tablesAndLargeObjectsAreWrittenAsTheEncoderWritesThem() throws {
        let provenance = Provenance(source: "kpi.csv", sha256: String(repeating: "0", count: 64), importer: "csv-table",
                                    importerVersion: "1", firstLine: 1, lastLine: 3)
        let table = Record(id: "kpi.csv#1", provenance: provenance,
                           content: .table(Table(kind: "kpi", title: "Figures", columns: ["area", "value"], rows: [["E1", "4.5"], ["E2", ""]])))
        var properties: [String: String] = [:]
        for number in 0..<200 { properties["field\(number)"] = "value \(number) ’" }
        let large = Record(id: "big.html#1", provenance: provenance, content: .document(Document(kind: .page, properties: properties)))
        let entry = Entry(records: [table, large, GeneratedDocuments.records(1, seed: 3)[0]], diagnostics: Self.diagnostics)
        let bytes = try CompactBinaryEncoder.encodeEntry(entry)
        #expect(bytes == (try CompactBinaryEncoder.encode(entry)))
        #expect(try CompactBinaryDecoder.decode(Entry.self, from: bytes).records == entry.records)
    }

    /// The direct path refuses what `Codable` refuses: a record of another type, a document without a
    /// field it must have, a fact of an unknown kind.
    @Test func damagedRecordsAreRefused() throws {
        let provenance = ["source": "a", "sha256": "b", "importer": "c", "importerVersion": "d"]
        struct Shape<Document: Encodable>: Encodable { var id = "a#1"; var provenance: [String: String]; var type: String; var document: Document }
        struct NoAttendance: Encodable { var kind = "page"; var apologies: [String] = []; var properties: [String: String] = [:]
            var items: [String] = []; var blocks: [String] = []; var links: [String] = []; var facts: [String] = [] }
        struct Fact: Encodable { var kind = "guess"; var value = 1.0; var subject = ""; var text = ""; var sentence = "" }
        struct OneFact: Encodable { var kind = "page"; var attendance: [String] = []; var apologies: [String] = []
            var properties: [String: String] = [:]; var items: [String] = []; var blocks: [String] = []; var links: [String] = []
            var facts = [Fact()] }
        let damaged: [[UInt8]] = [
            try CompactBinaryEncoder.encode([Shape(provenance: provenance, type: "poem", document: OneFact())]),
            try CompactBinaryEncoder.encode([Shape(provenance: provenance, type: "document", document: NoAttendance())]),
            try CompactBinaryEncoder.encode([Shape(provenance: provenance, type: "document", document: OneFact())]),
        ]
        for bytes in damaged {
            #expect(throws: DecodingError.self) { try CompactBinaryDecoder.decode([Record].self, from: bytes) }
            #expect(throws: DecodingError.self) { try CompactBinaryDecoder.decode([ThroughCodable.CodableRecord].self, from: bytes) }
        }
        // The same shape with a known fact kind is read: the refusals above are for what they name.
        var fine = OneFact()
        fine.facts = [Fact(kind: "count")]
        fine.attendance = ["Councillor A"]
        let read = try CompactBinaryDecoder.decode([Record].self, from: CompactBinaryEncoder.encode([Shape(provenance: provenance, type: "document", document: fine)]))
        #expect(read.first?.document?.facts.first?.kind == .count && read.first?.document?.attendance == ["Councillor A"])
    }

    /// The writer and the reader name each stored field of the document types; a field added to one
    /// of them must be added to both (else the cache would drop it), and this test says so.
    @Test func theWriterAndReaderKnowEveryStoredField() {
        func fields(_ value: Any) -> [String] { Mirror(reflecting: value).children.compactMap(\.label) }
        #expect(fields(Record(id: "", provenance: Provenance(source: "", sha256: "", importer: "", importerVersion: ""),
                              content: .document(Document(kind: .page)))) == ["id", "provenance", "content"])
        #expect(fields(Provenance(source: "", sha256: "", importer: "", importerVersion: ""))
            == ["source", "sha256", "importer", "importerVersion", "firstLine", "lastLine"])
        #expect(fields(Document(kind: .page)) == ["kind", "title", "committee", "meetingDate", "date", "dateBasis", "venue", "attendance",
                                                  "apologies", "itemNumber", "author", "properties", "items", "blocks", "links", "facts"])
        #expect(fields(Fact(kind: .count, value: 1, subject: "", text: "", sentence: ""))
            == ["kind", "value", "unit", "subject", "text", "sentence", "line"])
        #expect(fields(ImportCache.Entry(records: [], diagnostics: [])) == ["records", "diagnostics", "dateChecks"])
    }
}

/// The bytes of `value` with every object's keys in reverse order (the model's own `Codable`
/// conformances write them forwards), to read back through the by-name path.
private func bytesWithKeysReversed(_ value: some Encodable) throws -> [UInt8] {
    func reversed(_ node: EncodedNode) -> EncodedNode {
        switch node {
        case .object(let object):
            let turned = EncodedObject()
            turned.keys = object.keys.reversed()
            turned.values = object.values.reversed().map(reversed)
            return .object(turned)
        case .array(let array):
            let mapped = EncodedArray()
            mapped.elements = array.elements.map(reversed)
            return .array(mapped)
        default:
            return node
        }
    }
    var writer = CompactBinaryWriter()
    try writer.write(reversed(try EncodedNode.of(value)))
    return writer.bytes
}
