import EvidenceModel
import Foundation
import Testing

@Suite struct RecordCodingTests {
    let provenance = Provenance(source: "minutes/a.txt", sha256: String(repeating: "a", count: 64), importer: "minutes-text", importerVersion: "1.0.0", firstLine: 1, lastLine: 9)

    @Test func documentRecordRoundTripsWithATypeTag() throws {
        var document = Document(kind: .agendaItem, title: "Ofsted update", committee: "Corporate Parenting Board",
                                meetingDate: CalendarDate(iso8601: "2026-09-14"))
        document.blocks = [Block(.resolution, text: "RESOLVED that the report be noted.", marker: "RESOLVED", line: 4)]
        document.facts = [Fact(kind: .count, value: 412, subject: "Children Looked After", text: "412", sentence: "There were 412 Children Looked After.")]
        let record = Record(id: "minutes/a.txt#1", provenance: provenance, content: .document(document))
        let data = try JSONEncoder().encode(record)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["type"] as? String == "document")
        #expect(object["table"] == nil)
        let decoded = try JSONDecoder().decode(Record.self, from: data)
        #expect(decoded == record)
        #expect(decoded.document?.meetingDate?.iso8601 == "2026-09-14")
    }

    @Test func suppressedValuesStaySuppressed() throws {
        let period = Period(kind: .reportingYear, label: "2025", end: try #require(CalendarDate(iso8601: "2025-03-31")))
        let table = Table(kind: .kpi, columns: ["x"], observations: [
            KPIObservation(indicator: "rereferral_percent", period: period, geography: Geography(level: .localAuthority, code: "E06000047", name: "County Durham"), value: .suppressed("c"), unit: .percent),
            KPIObservation(indicator: "rereferral_percent", period: period, geography: Geography(level: .national, code: "E92000001", name: "England"), value: .number(22.6), unit: .percent),
        ])
        let record = Record(id: "kpi.csv#1", provenance: provenance, content: .table(table))
        let decoded = try JSONDecoder().decode(Record.self, from: try JSONEncoder().encode(record))
        #expect(decoded.table?.observations.first?.value == .suppressed("c"))
        #expect(decoded.table?.observations.first?.value.number == nil)
        #expect(decoded.table?.observations.last?.value.number == 22.6)
    }

    @Test func sourceNeverEncodesItsModificationTime() throws {
        let source = Source(path: "a.txt", sha256: "00", size: 3, mediaType: "text/plain", modified: 1_700_000_000)
        let text = String(decoding: try JSONEncoder().encode(source), as: UTF8.self)
        #expect(!text.contains("modified"))
        #expect(!text.contains("1700000000"))
    }

    @Test func bundleCompletenessFollowsRequiredItems() {
        func item(_ id: String, required: Bool, status: EvidenceStatus) -> EvidenceItem {
            EvidenceItem(id: id, title: id, section: "s", required: required, status: status, reason: "")
        }
        let pack = PackIdentity(id: "p", title: "P", version: "1")
        var bundle = EvidenceBundle(generator: "t", pack: pack, referenceDate: CalendarDate(daysSinceEpoch: 0), sections: [],
                                    items: [item("a", required: true, status: .present), item("b", required: false, status: .missing)],
                                    sources: [], records: [], diagnostics: [])
        #expect(bundle.isComplete)
        #expect(bundle.statusCounts[.missing] == 1)
        bundle.items.append(item("c", required: true, status: .stale))
        #expect(!bundle.isComplete)
    }
}
