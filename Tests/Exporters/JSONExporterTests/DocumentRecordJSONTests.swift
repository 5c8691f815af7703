import AnnexASampleGenerator
import EvidenceFixtures
@testable import EvidenceModel
import EvidencePackCore
import Foundation
@testable import JSONExporter
import Testing

/// pack.json's document records are written straight into bytes (`DocumentRecordJSON`): they must be
/// exactly the bytes `JSONEncoder` gives, for every shape a document can take, and the records the
/// writer does not cover must still reach the encoder.
@Suite struct DocumentRecordJSONTests {
    static func encoded(_ record: Record) throws -> Data {
        try EvidenceJSON.encoder(pretty: false).encode(record)
    }

    @Test func generatedDocumentsAreWrittenAsTheEncoderWritesThem() throws {
        var random = SeededRandom(seed: 20261205)
        for index in 0..<400 {
            let record = GeneratedDocuments.record(index, &random)
            let written = try #require(DocumentRecordJSON.json(for: record), "record \(index)")
            let expected = try Self.encoded(record)
            #expect(written == expected, "record \(index):\n\(String(decoding: written, as: UTF8.self))\n\(String(decoding: expected, as: UTF8.self))")
        }
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
        let values: [Double] = [0, -0.0, 1, 3, 96.5, 0.1, 4_200_000, 1e15, 1.5e15, 1e16, 2e17, 1e21, 1e-7, 0.000123, -12.75, 1e300, 5e-324]
        let facts = values.map { Fact(kind: .money, value: $0, unit: text, subject: text, text: text, sentence: text) }
        let document = Document(kind: DocumentKind(text), title: text, committee: text, dateBasis: text, venue: text,
                                attendance: [text], apologies: [text, text], itemNumber: text, author: text,
                                properties: ["decisionMaker": text, "b": text, "B": text, "_x": text, "a1": text],
                                blocks: [Block(.table, text: text, rows: [[text, text], []], hasHeader: false)],
                                links: [DocumentLink(title: text, href: text, sizeBytes: 0, restricted: true)], facts: facts)
        let record = Record(id: text, provenance: Provenance(source: text, sha256: text, importer: text, importerVersion: text),
                            content: .document(document))
        #expect(DocumentRecordJSON.json(for: record) == (try Self.encoded(record)))
    }

    /// A table, a property named outside ASCII and a number that is not finite are left to the encoder
    /// (which refuses the last); pack.json is still what the encoder writes for the whole bundle.
    @Test func whatTheWriterLeavesReachesTheEncoder() throws {
        let provenance = Provenance(source: "a.csv", sha256: String(repeating: "0", count: 64), importer: "csv-table", importerVersion: "1")
        let table = Record(id: "a.csv#1", provenance: provenance, content: .table(Table(kind: "kpi", title: "Figures", columns: ["a"], rows: [["1"]])))
        let accented = Record(id: "b.html#1", provenance: provenance,
                              content: .document(Document(kind: .meeting, properties: ["décision": "x", "date": "y"])))
        let notFinite = Record(id: "c.html#1", provenance: provenance,
                               content: .document(Document(kind: .report, facts: [Fact(kind: .count, value: .nan, subject: "s", text: "t", sentence: "u")])))
        #expect(DocumentRecordJSON.json(for: table) == nil)
        #expect(DocumentRecordJSON.json(for: accented) == nil)
        #expect(DocumentRecordJSON.json(for: notFinite) == nil)

        var random = SeededRandom(seed: 7)
        var bundle = try BundleFixture.bundle()
        bundle.records += [table, accented] + (0..<20).map { GeneratedDocuments.record($0, &random) }
        var streamed = Data()
        try PackJSON.write(bundle) { streamed.append($0) }
        #expect(streamed == (try EvidenceJSON.encode(bundle, pretty: false)))
    }
}

/// Documents of every shape, drawn from a seeded generator: optional fields set or not, nested blocks,
/// tables, facts of all magnitudes, texts with escapes and characters outside ASCII.
enum GeneratedDocuments {
    static let pieces = ["Children looked after", "\"quoted\"", "back\\slash", "a/b", "tab\there", "line\nbreak", "\u{1}\u{1F}",
                         "£4.2m", "café", "cafe\u{301}", "’ “ ” –", "😀", "\u{2028}", "", " ", "RESOLVED that:", "38.1"]

    static func text(_ random: inout SeededRandom) -> String {
        (0..<random.int(1...4)).map { _ in pieces[random.int(0...(pieces.count - 1))] }.joined(separator: " ")
    }

    static func maybe<T>(_ random: inout SeededRandom, _ make: (inout SeededRandom) -> T) -> T? {
        random.chance(0.5) ? make(&random) : nil
    }

    static func date(_ random: inout SeededRandom) -> CalendarDate {
        CalendarDate(year: random.int(1990...2030), month: random.int(1...12), day: random.int(1...28))!
    }

    static func number(_ random: inout SeededRandom) -> Double {
        switch random.int(0...4) {
        case 0: Double(random.int(-5...100_000))
        case 1: Double(random.int(0...100_000)) / 100
        case 2: Double(bitPattern: random.next() & 0x7FEF_FFFF_FFFF_FFFF)
        case 3: Double(random.int(1...9)) * pow(10, Double(random.int(-12...25)))
        default: -Double(random.int(0...1_000)) / 8
        }
    }

    static func block(_ random: inout SeededRandom, depth: Int) -> Block {
        Block(Block.Kind.allCases[random.int(0...(Block.Kind.allCases.count - 1))],
              text: maybe(&random, text), number: maybe(&random, text), level: maybe(&random) { $0.int(0...6) },
              marker: maybe(&random, text), owner: maybe(&random, text),
              children: depth < 2 ? maybe(&random) { r in (0..<r.int(0...3)).map { _ in block(&r, depth: depth + 1) } } : nil,
              rows: maybe(&random) { r in (0..<r.int(0...3)).map { _ in (0..<r.int(0...3)).map { _ in text(&r) } } },
              hasHeader: maybe(&random) { $0.chance(0.5) }, line: maybe(&random) { $0.int(1...9_999) },
              rowCount: maybe(&random) { $0.int(0...1_000_000) })
    }

    static func link(_ random: inout SeededRandom) -> DocumentLink {
        DocumentLink(title: text(&random), href: maybe(&random, text), format: maybe(&random, text), sizeText: maybe(&random, text),
                     sizeBytes: maybe(&random) { $0.int(0...90_000_000) }, itemNumber: maybe(&random, text),
                     line: maybe(&random) { $0.int(1...500) }, date: maybe(&random, date), restricted: maybe(&random) { $0.chance(0.5) })
    }

    static func record(_ index: Int, _ random: inout SeededRandom) -> Record {
        func blocks(_ r: inout SeededRandom) -> [Block] { (0..<r.int(0...4)).map { _ in block(&r, depth: 0) } }
        func links(_ r: inout SeededRandom) -> [DocumentLink] { (0..<r.int(0...3)).map { _ in link(&r) } }
        let items = (0..<random.int(0...3)).map { _ in
            AgendaItem(number: maybe(&random, text), title: text(&random), description: blocks(&random), minutes: blocks(&random),
                       decisions: blocks(&random), links: links(&random), line: maybe(&random) { $0.int(1...900) })
        }
        let facts = (0..<random.int(0...4)).map { _ in
            Fact(kind: Fact.Kind.allCases[random.int(0...(Fact.Kind.allCases.count - 1))], value: number(&random),
                 unit: maybe(&random, text), subject: text(&random), text: text(&random), sentence: text(&random),
                 line: maybe(&random) { $0.int(1...900) })
        }
        var properties: [String: String] = [:]
        for _ in 0..<random.int(0...4) {
            properties[["decisionMaker", "decisionStatus", "isKeyDecision", "publicationDate", "a", "B", "z_9"][random.int(0...6)]] = text(&random)
        }
        let document = Document(kind: [.meeting, .agendaItem, .report, "decision"][random.int(0...3)], title: maybe(&random, text),
                                committee: maybe(&random, text), meetingDate: maybe(&random, date), date: maybe(&random, date),
                                dateBasis: maybe(&random, text), venue: maybe(&random, text),
                                attendance: (0..<random.int(0...3)).map { _ in text(&random) },
                                apologies: (0..<random.int(0...2)).map { _ in text(&random) }, itemNumber: maybe(&random, text),
                                author: maybe(&random, text), properties: properties, items: items, blocks: blocks(&random),
                                links: links(&random), facts: facts)
        let provenance = Provenance(source: "pages/page-\(index).html", sha256: String(repeating: "ab", count: 32), importer: "html-agenda",
                                    importerVersion: "2.1.0", firstLine: maybe(&random) { $0.int(1...10) }, lastLine: maybe(&random) { $0.int(10...900) })
        return Record(id: "pages/page-\(index).html#1", provenance: provenance, content: .document(document))
    }
}
