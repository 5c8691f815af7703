import EvidenceModel
import EvidencePackCore
import Foundation
import MinutesTextImporter
import Testing

@Suite struct MinutesTextImporterTests {
    static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/samples/minutes")

    func importText(_ text: String, name: String = "minutes.txt") async throws -> (Document, [Diagnostic]) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("minutes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        let source = Source(path: name, sha256: "", size: Int64(text.utf8.count), mediaType: "text/plain")
        let result = try await MinutesTextImporter().records(from: source, context: ImportContext(inputsRoot: folder, referenceDate: CalendarDate(daysSinceEpoch: 20000)))
        let document = try #require(result.records.first.flatMap { content -> Document? in
            if case .document(let document) = content { return document }
            return nil
        })
        return (document, result.diagnostics)
    }

    @Test func readsAnAgendaItemPage() async throws {
        let (document, diagnostics) = try await importText("""
        Agenda item
        Ofsted - an update
        - Meeting of Children, Young People & Skills Committee, Monday, 13th November, 2017 4.00pm (Item 38.)
        Minutes:
        38.1 The Committee considered the report.
        · first point
        · second point
        RESOLVED that the report be noted.
        Supporting documents:
        - Cover Report, item 4.1 PDF 268 KB
        """)
        #expect(document.kind == .agendaItem)
        #expect(document.title == "Ofsted - an update")
        #expect(document.committee == "Children, Young People & Skills Committee")
        #expect(document.meetingDate?.iso8601 == "2017-11-13")
        #expect(document.itemNumber == "38")
        let item = try #require(document.items.first)
        #expect(document.items.count == 1)
        #expect(item.number == "38")
        #expect(item.minutes.contains { $0.kind == .numberedParagraph && $0.number == "38.1" })
        #expect(item.minutes.contains { $0.kind == .list && $0.children?.count == 2 && $0.marker == "·" })
        #expect(item.decisions.contains { $0.kind == .resolution && $0.marker == "RESOLVED" })
        #expect(document.links.first?.title == "Cover Report, item 4.1")
        #expect(document.links.first?.sizeBytes == 268 * 1024)
        #expect(diagnostics.isEmpty)
    }

    @Test func readsAnIssueHistoryLine() async throws {
        let (document, _) = try await importText("Issue - meetings\n\nStatement\n\nMeeting: 23/01/2020 - Children and Families Scrutiny Panel (Item 25)\n\nText.\n")
        #expect(document.kind == .issueHistory)
        #expect(document.meetingDate?.iso8601 == "2020-01-23")
        #expect(document.committee == "Children and Families Scrutiny Panel")
        #expect(document.itemNumber == "25")
    }

    @Test func sniffsMinutesTextButNotCSV() {
        let importer = MinutesTextImporter()
        let minutes = SourceProbe(path: "a.txt", head: Array("Agenda item\nMinutes:\nRESOLVED that".utf8), size: 40)
        let csv = SourceProbe(path: "a.csv", head: Array("a,b\n1,2\n".utf8), size: 8)
        #expect(importer.confidence(for: minutes) >= 0.8)
        #expect(importer.confidence(for: csv) == 0)
    }

    @Test(.enabled(if: ImportHelpers.hasSamples, "needs ../shared/samples/minutes"))
    func everySampleYieldsADatedOrFlaggedDocument() async throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.samples.path)
        for name in names.sorted() where name.hasSuffix(".txt") {
            let data = try Data(contentsOf: Self.samples.appendingPathComponent(name))
            let source = Source(path: name, sha256: "", size: Int64(data.count), mediaType: "text/plain")
            let result = try await MinutesTextImporter().records(from: source, context: ImportContext(inputsRoot: Self.samples, referenceDate: CalendarDate(daysSinceEpoch: 20000)))
            #expect(result.records.count == 1, "\(name)")
            if case .document(let document)? = result.records.first {
                #expect(document.title?.isEmpty == false || result.diagnostics.contains { $0.code == "minutes.no-title" }, "\(name)")
                #expect(document.effectiveDate != nil || result.diagnostics.contains { $0.code == "minutes.no-date" }, "\(name)")
            }
        }
    }
}
