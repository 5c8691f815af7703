import EvidenceModel
import EvidencePackCore
import Foundation
import HTMLAgendaImporter
import Testing

/// The real pages in ../shared/samples/html, read in place through the importer interface; each
/// test skips with a message when the samples are absent.
@Suite(.enabled(if: FileManager.default.fileExists(atPath: TestSupport.samples("html").path), "needs ../shared/samples/html"))
struct SampleFileTests {
    static let folder = TestSupport.samples("html")

    /// Imports one sample file, or nil (recorded as a failure: the suite runs only where the samples are).
    static func importSample(_ name: String) async throws -> (Document, [Diagnostic])? {
        let url = folder.appendingPathComponent(name)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            Issue.record("sample \(url.path) is absent")
            return nil
        }
        let source = Source(path: name, sha256: "", size: Int64(data.count), mediaType: "text/html")
        let context = ImportContext(inputsRoot: folder, referenceDate: CalendarDate(daysSinceEpoch: 20000))
        let result = try await HTMLAgendaImporter().records(from: source, context: context)
        // A decision list also gives one record per decision it lists; every other page one record.
        #expect(result.records.count == 1 || name.contains("decisions_list"))
        #expect(!result.diagnostics.contains { $0.severity == .error })
        return TestSupport.document(of: result).map { ($0, result.diagnostics) }
    }

    @Test func modernGovDecisionDetails() async throws {
        guard let (document, diagnostics) = try await Self.importSample("lgsf_modgov_decision_detail.html") else { return }
        #expect(document.kind == .decision)
        #expect(document.title == "Minutes of Previous Meeting")
        #expect(document.properties["decisionStatus"] == "Recommendations Approved")
        #expect(document.properties["isKeyDecision"] == "No")
        #expect(document.properties["isSubjectToCallIn"] == "No")
        #expect(document.properties["publicationDate"] == "2015-10-22")
        #expect(document.properties["dateOfDecision"] == "2015-10-19")
        #expect(document.properties["decidedAtMeeting"] == "19/10/2015 - Policy Committee")
        #expect(document.properties["decision"] == "The Minutes of the Policy Committee meeting on 23 September 2015 were approved as a correct record.")
        #expect(document.date?.iso8601 == "2015-10-19")
        #expect(document.meetingDate?.iso8601 == "2015-10-19")
        #expect(document.committee == "Policy Committee")
        #expect(document.links.map(\.href) == ["mgIssueHistoryHome.aspx?IId=6535&Opt=0", "ieListDocuments.aspx?CId=151&MID=4832",
                                               "documents/s7942/polc2 - 23.09.2015.pdf"])
        let paper = try #require(document.links.last)
        #expect(paper.title == "polc2 - 23.09.2015")
        #expect(paper.format == "PDF" && paper.sizeText == "119 KB" && paper.sizeBytes == 119 * 1024)
        #expect(paper.line == 26)
        #expect(!diagnostics.contains { $0.code == "html.layout.unrecognised" })
    }

    @Test func modernGovDecisionsList() async throws {
        guard let (document, diagnostics) = try await Self.importSample("lgsf_modgov_decisions_list.html") else { return }
        #expect(document.kind == .decisionList)
        #expect(document.title == "Decisions published")
        #expect(document.links.map(\.href) == ["ieDecisionDetails.aspx?ID=13567", "ieDecisionDetails.aspx?ID=13149",
                                               "mgIssueHistoryHome.aspx?IId=6535&Opt=0"])
        #expect(document.links[1].title == "Admission of the Public")
        // One decision record per row that links a decision, with the row's date; the issue-history row is none.
        let url = Self.folder.appendingPathComponent("lgsf_modgov_decisions_list.html")
        let outcome = try HTMLAgendaImporter.read(bytes: Array(try Data(contentsOf: url)), path: url.lastPathComponent)
        #expect(outcome.listed.map(\.kind) == [.decision, .decision])
        #expect(outcome.listed.map { $0.date?.iso8601 } == ["2025-04-01", "2025-11-03"])
        #expect(outcome.listed.map { $0.links.first?.href } == ["ieDecisionDetails.aspx?ID=13567", "ieDecisionDetails.aspx?ID=13149"])
        #expect(document.links[0].title.hasPrefix("Settlement Agreement with Network Rail Infrastructure Limited (NRIL)"))
        #expect(document.links[0].title.hasSuffix("Railway Street, Huddersfield"))
        let table = try #require(document.blocks.first { $0.kind == .table })
        #expect(table.hasHeader == true)
        #expect(table.rows?.first == ["Title", "Date", "Effective from", "Call-ins"])
        #expect(table.rows?.dropFirst().map { $0[1] } == ["01/04/2025", "03/11/2025", "04/11/2025"])
        #expect(table.rows?.dropFirst().allSatisfy { $0[3] == "Not for call-in" } == true)
        // The hidden " ref: 13567" spans are gone from titles and cells.
        #expect(!document.plainText.contains("ref:"))
        #expect(!document.links.contains { $0.title.contains("ref") })
        #expect(!diagnostics.contains { $0.code == "html.layout.unrecognised" })
    }

    @Test func cmisMeetingSummary() async throws {
        guard let (document, diagnostics) = try await Self.importSample("lgsf_cmis_meeting_summary.html") else { return }
        #expect(document.kind == .meeting)
        #expect(document.committee == "Licensing Sub-Committee A")
        #expect(document.title == "Licensing Sub-Committee A")
        #expect(document.meetingDate?.iso8601 == "2026-08-03")
        #expect(document.properties["dateTime"] == "3 Aug 2026 - 10:00")
        #expect(document.properties["status"] == "Scheduled")
        #expect(document.venue == "On-line meeting")
        let minutes = try #require(document.links.first { $0.title == "Minutes of the previous meeting" })
        #expect(minutes.href == "/birmingham/Document.ashx?czJKcaeAi5tUFL1DTL2UE4sOqCLHzE2A")
        #expect(!diagnostics.contains { $0.code == "html.layout.unrecognised" || $0.code == "html.no-date" })
    }

    @Test func cmisDocumentsWithMinutes() async throws {
        guard let (document, diagnostics) = try await Self.importSample("lgsf_cmis_detail_with_minutes.html") else { return }
        #expect(document.kind == .meeting)
        #expect(document.links.map(\.title) == ["Final Planning Minutes 16042026", "Final Agenda Reports - 9th July 2026"])
        #expect(document.links.map(\.href) == ["/Birmingham/Document.ashx?id=abc123", "/Birmingham/Document.ashx?id=def456"])
        #expect(document.links.map(\.sizeText) == ["156Kb", "2Mb"])
        #expect(document.links.map(\.sizeBytes) == [156 * 1024, 2 * 1024 * 1024])
        #expect(document.links.allSatisfy { $0.format == "PDF" })
        // The date CMIS glues onto the minutes' title dates the page.
        #expect(document.date?.iso8601 == "2026-04-16")
        #expect(document.dateBasis == "content")
        #expect(!diagnostics.contains { $0.code == "html.layout.unrecognised" || $0.code == "html.no-date" })
    }

    @Test func everySampleYieldsADatedDocumentWithoutUnrecognisedLayout() async throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path)
        let pages = names.filter { $0.hasSuffix(".html") || $0.hasSuffix(".htm") }.sorted()
        #expect(!pages.isEmpty)
        for name in pages {
            guard let (document, diagnostics) = try await Self.importSample(name) else { continue }
            #expect(document.kind != .page, "\(name)")
            #expect(!diagnostics.contains { $0.code == "html.layout.unrecognised" }, "\(name)")
            #expect(document.effectiveDate != nil || document.kind == .decisionList, "\(name)")
            #expect(!document.links.isEmpty, "\(name)")
        }
    }
}
