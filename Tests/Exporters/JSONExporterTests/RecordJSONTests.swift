import AnnexASampleGenerator
import EvidenceFixtures
@testable import EvidenceModel
import EvidencePackCore
import Foundation
@testable import JSONExporter
import Testing

/// pack.json's records are written straight into bytes (`RecordJSON`): they must be exactly the bytes
/// `JSONEncoder` gives, for every shape a document or table can take, and the records the writer does
/// not cover must still reach the encoder.
@Suite struct RecordJSONTests {
    static func encoded(_ record: Record) throws -> Data {
        try EvidenceJSON.encoder(pretty: false).encode(record)
    }

    @Test func generatedDocumentsAreWrittenAsTheEncoderWritesThem() throws {
        var random = SeededRandom(seed: 20261205)
        for index in 0..<400 {
            let record = GeneratedDocuments.record(index, &random)
            let written = try #require(RecordJSON.json(for: record), "record \(index)")
            let expected = try Self.encoded(record)
            #expect(written == expected, "record \(index):\n\(String(decoding: written, as: UTF8.self))\n\(String(decoding: expected, as: UTF8.self))")
        }
    }

    @Test func generatedTablesAreWrittenAsTheEncoderWritesThem() throws {
        var random = SeededRandom(seed: 20261206)
        var observations = 0, rankings = 0
        for index in 0..<400 {
            let record = GeneratedTables.record(index, &random)
            if case .table(let table) = record.content {
                observations += table.observations.count
                rankings += table.rankings.count
            }
            let written = try #require(RecordJSON.json(for: record), "table \(index)")
            let expected = try Self.encoded(record)
            #expect(written == expected, "table \(index):\n\(String(decoding: written, as: UTF8.self))\n\(String(decoding: expected, as: UTF8.self))")
        }
        // The tables were not all empty.
        #expect(observations > 2_000 && rankings > 500)
    }

    /// As for documents: a field added to a table type must be added to the writer too.
    @Test func theWriterKnowsEveryStoredTableField() {
        func fields(_ value: Any) -> [String] { Mirror(reflecting: value).children.compactMap(\.label).sorted() }
        let period = Period(kind: .year, label: "2025", end: CalendarDate(year: 2025, month: 12, day: 31)!)
        let geography = Geography(level: .national, name: "England")
        #expect(fields(Table(kind: .kpi)) == ["annexAList", "columns", "kind", "observations", "rankings", "rowCount", "rows",
                                              "streamedFromSource", "title"])
        #expect(fields(KPIObservation(indicator: "", period: period, geography: geography, value: .number(1), unit: .count))
            == ["geography", "indicator", "line", "period", "rating", "target", "unit", "value"])
        #expect(fields(geography) == ["code", "level", "name", "region"])
        #expect(fields(period) == ["end", "kind", "label"])
        #expect(fields(KPIRanking(indicator: "", period: period, ranked: 1, lower: 0, higher: 0)) == ["higher", "indicator", "lower", "period", "ranked"])
    }

    /// The writer names each stored field of the model's document types; a field added to one of them
    /// must be added to the writer too (else pack.json would silently leave it out), and this test says so.
    @Test func theWriterKnowsEveryStoredField() {
        func fields(_ value: Any) -> [String] { Mirror(reflecting: value).children.compactMap(\.label).sorted() }
        #expect(fields(Record(id: "", provenance: Provenance(source: "", sha256: "", importer: "", importerVersion: ""),
                              content: .document(Document(kind: .page)))) == ["content", "id", "provenance"])
        #expect(fields(Provenance(source: "", sha256: "", importer: "", importerVersion: ""))
            == ["firstLine", "importer", "importerVersion", "lastLine", "sha256", "source"])
        #expect(fields(Document(kind: .page)) == ["apologies", "attendance", "author", "blocks", "committee", "date", "dateBasis",
                                                  "facts", "itemNumber", "items", "kind", "links", "meetingDate", "properties",
                                                  "title", "venue"])
        #expect(fields(AgendaItem(title: "")) == ["decisions", "description", "line", "links", "minutes", "number", "title"])
        #expect(fields(DocumentLink(title: "")) == ["date", "format", "href", "itemNumber", "line", "restricted", "sizeBytes",
                                                    "sizeText", "title"])
        #expect(fields(Fact(kind: .count, value: 1, subject: "", text: "", sentence: "")) == ["kind", "line", "sentence", "subject",
                                                                                                "text", "unit", "value"])
        // A block keeps its seldom-set fields in a box; its coding keys are the whole list.
        #expect(Block.CodingKeys.allCases.map(\.stringValue).sorted() == ["children", "hasHeader", "kind", "level", "line", "marker",
                                                                           "number", "owner", "rowCount", "rows", "text"])
    }

    /// Every escape and number form the encoder has, one at a time.
    @Test(arguments: ["", "plain", "quote \" and backslash \\ and slash /", "\u{0}\u{1}\u{8}\u{9}\u{A}\u{B}\u{C}\u{D}\u{1F}\u{7F}",
                      "e\u{301} é 😀 \u{2028}\u{2029} £ ’", "\\u0041 \\n"])
    func textsAreEscapedAsTheEncoderEscapesThem(text: String) throws {
        let values: [Double] = [0, -0.0, 1, 3, 96.5, 0.1, 4_200_000, 1e15, 1.5e15, 1e16, 2e17, 1e21, 1e-7, 0.000123, -12.75, 1e300, .leastNonzeroMagnitude]
        let facts = values.map { Fact(kind: .money, value: $0, unit: text, subject: text, text: text, sentence: text) }
        let document = Document(kind: DocumentKind(text), title: text, committee: text, dateBasis: text, venue: text,
                                attendance: [text], apologies: [text, text], itemNumber: text, author: text,
                                properties: ["decisionMaker": text, "b": text, "B": text, "_x": text, "a1": text],
                                blocks: [Block(.table, text: text, rows: [[text, text], []], hasHeader: false)],
                                links: [DocumentLink(title: text, href: text, sizeBytes: 0, restricted: true)], facts: facts)
        let record = Record(id: text, provenance: Provenance(source: text, sha256: text, importer: text, importerVersion: text),
                            content: .document(document))
        #expect(RecordJSON.json(for: record) == (try Self.encoded(record)))
    }

    /// A property named outside ASCII and a number that is not finite (in a document or a table) are
    /// left to the encoder (which refuses the last); pack.json is still what the encoder writes for the
    /// whole bundle.
    @Test func whatTheWriterLeavesReachesTheEncoder() throws {
        let provenance = Provenance(source: "a.csv", sha256: String(repeating: "0", count: 64), importer: "csv-table", importerVersion: "1")
        let table = Record(id: "a.csv#1", provenance: provenance, content: .table(Table(kind: "kpi", title: "Figures", columns: ["a"], rows: [["1"]])))
        let accented = Record(id: "b.html#1", provenance: provenance,
                              content: .document(Document(kind: .meeting, properties: ["décision": "x", "date": "y"])))
        let notFinite = Record(id: "c.html#1", provenance: provenance,
                               content: .document(Document(kind: .report, facts: [Fact(kind: .count, value: .nan, subject: "s", text: "t", sentence: "u")])))
        let period = Period(kind: .year, label: "2025", end: CalendarDate(year: 2025, month: 12, day: 31)!)
        let infiniteTarget = Record(id: "d.csv#1", provenance: provenance, content: .table(Table(kind: .kpi, observations: [
            KPIObservation(indicator: "i", period: period, geography: Geography(level: .national, name: "England"), value: .number(1),
                           unit: .count, target: .infinity)])))
        #expect(RecordJSON.json(for: table) == (try Self.encoded(table)))
        #expect(RecordJSON.json(for: accented) == nil)
        #expect(RecordJSON.json(for: notFinite) == nil)
        #expect(RecordJSON.json(for: infiniteTarget) == nil)

        var random = SeededRandom(seed: 7)
        var bundle = try BundleFixture.bundle()
        bundle.records += [table, accented] + (0..<20).map { GeneratedDocuments.record($0, &random) }
        var streamed = Data()
        try PackJSON.write(bundle) { streamed.append($0) }
        #expect(streamed == (try EvidenceJSON.encode(bundle, pretty: false)))
    }
}
