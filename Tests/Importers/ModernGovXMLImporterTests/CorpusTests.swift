import EvidenceModel
import EvidencePackCore
import Foundation
import ModernGovXMLImporter
import Testing

/// The real replies in ../shared/corpus/mgws, read in place field by field; skipped when absent.
@Suite struct CorpusTests {
    static let withMinutes = "lgsf_GetMeeting_manchester_meeting_with_minutes.xml"
    static let noMinutes = "lgsf_GetMeeting_manchester_meeting_no_minutes.xml"
    static let meetings = "lgsf_GetMeetings_manchester_meetings.xml"
    static let committees = "lgsf_GetCommittees_manchester_committees.xml"

    @Test(.enabled(if: TestSupport.corpusHas(withMinutes)))
    func meetingWithMinutes() async throws {
        let result = try await TestSupport.importFile(Self.withMinutes, in: TestSupport.corpus)
        #expect(!result.diagnostics.contains { $0.severity >= .warning }, "\(result.diagnostics)")
        let meeting = try #require(TestSupport.document(of: result))
        #expect(meeting.kind == .meeting)
        #expect(meeting.committee == "Audit Committee")
        #expect(meeting.title == "Audit Committee meeting")
        #expect(meeting.meetingDate?.iso8601 == "2026-02-10")
        #expect(meeting.venue == "Council Antechamber, Level 2, Town Hall Extension")
        #expect(meeting.properties["meetingId"] == "4967")
        #expect(meeting.properties["meetingTime"] == "10:00")
        #expect(meeting.properties["plannedFinishTime"] == "14:00")
        #expect(meeting.properties["actualStartTime"] == nil)
        #expect(meeting.properties["meetingStatus"] == "Confirmed")
        #expect(meeting.properties["agendaPublished"] == "true")
        #expect(meeting.properties["minutesPublished"] == "true")
        #expect(meeting.properties["decisionsPublished"] == "false")
        #expect(meeting.properties["isWebcast"] == "false")
        #expect(meeting.items.map(\.number) == ["1", "9"])
        #expect(meeting.items.map(\.title) == ["Minutes", "Work Programme"])
        let first = meeting.items[0]
        #expect(first.description.map(\.text) == ["To approve as a correct record the minutes of the meeting held on 25 November 2025."])
        #expect(first.minutes.map(\.text) == ["To approve the minutes of the meeting held on 25 November 2025 as a correct record."])
        let second = meeting.items[1]
        #expect(second.description.map(\.text) == ["The report of the Governance and Scrutiny Support Unit, attached."])
        #expect(second.minutes.first?.text?.hasPrefix("The Committee considered a report of the Governance and Scrutiny Support Unit") == true)
        #expect(second.minutes.first?.text?.hasSuffix("remainder of 2025/26 municipal year.") == true)
        #expect(first.links.count == 1 && second.links.count == 1)
        let minutesPDF = first.links[0]
        #expect(minutesPDF.title == "6 - CHAIR APPROVED Minutes Audit Committee 25 Nov 2025")
        #expect(minutesPDF.href == "https://democracy.manchester.gov.uk/mgConvert2PDF.aspx?ID=60860")
        #expect(minutesPDF.date?.iso8601 == "2026-02-02")
        #expect(minutesPDF.restricted == false)
        #expect(minutesPDF.itemNumber == "1")
        #expect(second.links[0].title == "DRAFT WP FEBRUARY 2026")
        #expect(second.links[0].href == "https://democracy.manchester.gov.uk/mgConvert2PDF.aspx?ID=60909")
        #expect(meeting.links.count == 2)
        #expect(meeting.attendance == ["Councillor Basil Curley (Committee Member, Expected)"])
        #expect(meeting.apologies.isEmpty)
    }

    @Test(.enabled(if: TestSupport.corpusHas(noMinutes)))
    func cancelledMeetingWithoutMinutes() async throws {
        let result = try await TestSupport.importFile(Self.noMinutes, in: TestSupport.corpus)
        let meeting = try #require(TestSupport.document(of: result))
        #expect(meeting.kind == .meeting)
        #expect(meeting.meetingDate?.iso8601 == "2026-01-13")
        #expect(meeting.properties["meetingStatus"] == "Cancelled")
        #expect(meeting.properties["meetingTime"] == "10:00")
        #expect(meeting.properties["agendaPublished"] == "false")
        #expect(meeting.venue == "Council Antechamber, Level 2, Town Hall Extension")
        #expect(meeting.items.isEmpty)
        #expect(meeting.attendance == ["Councillor Basil Curley (Committee Member, Expected)"])
        // Cancelled: flagged so that it never counts as the minutes of a meeting held; the committee is
        // not named in the reply (no linked documents, no GetMeetings reply beside it in the corpus folder).
        #expect(result.diagnostics.map(\.code).contains("meeting.cancelled"))
        #expect(result.diagnostics.map(\.code).contains("moderngov.meeting.no-committee"))
        #expect(meeting.committee == nil)
    }

    @Test(.enabled(if: TestSupport.corpusHas(meetings)))
    func meetingsList() async throws {
        let result = try await TestSupport.importFile(Self.meetings, in: TestSupport.corpus)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let list = try #require(TestSupport.document(of: result))
        #expect(list.kind == .meetingList)
        #expect(list.committee == nil)
        #expect(list.properties["meetingCount"] == "2")
        #expect(list.date?.iso8601 == "2026-02-10")
        #expect(list.blocks.first?.rows == [
            ["Committee id", "Committee", "Meeting id", "Date", "Time", "Status"],
            ["144", "Audit Committee", "4966", "2026-01-13", "10:00", "Cancelled"],
            ["144", "Audit Committee", "4967", "2026-02-10", "10:00", "Confirmed"],
        ])
        // Each dated meeting is a record of its own, known only from the list (never minutes).
        let meetings = result.records.dropFirst().compactMap { content -> Document? in
            if case .document(let document) = content { return document }
            return nil
        }
        #expect(meetings.map { $0.meetingDate?.iso8601 } == ["2026-01-13", "2026-02-10"])
        #expect(meetings.allSatisfy { $0.kind == .meeting && $0.committee == "Audit Committee" && $0.properties[Document.listedInProperty] == "meetingList" })
        #expect(meetings.map { $0.properties["status"] } == ["cancelled", "confirmed"])
    }

    @Test(.enabled(if: TestSupport.corpusHas(committees)))
    func committeesList() async throws {
        let result = try await TestSupport.importFile(Self.committees, in: TestSupport.corpus)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let list = try #require(TestSupport.document(of: result))
        #expect(list.kind == .committee)
        #expect(list.properties["committeeCount"] == "3")
        #expect(list.blocks.first?.rows == [
            ["Committee id", "Committee", "Category", "Deleted", "Expired"],
            ["312", "Appointment Sub Committee for Director of Adult Social Services", "Governance and Decision Making Committees", "no", "yes"],
            ["163", "Art Galleries Committee", "Governance and Decision Making Committees", "no", "no"],
            ["144", "Audit Committee", "Governance and Decision Making Committees", "no", "no"],
        ])
    }

    @Test(.enabled(if: TestSupport.corpusHas(withMinutes)))
    func contentsForTheFetch() throws {
        let bytes = try [UInt8](Data(contentsOf: TestSupport.corpus.appendingPathComponent(Self.withMinutes)))
        let contents = try WebServiceContents.parse(bytes)
        #expect(contents.method == "GetMeeting")
        #expect(contents.documents.map(\.attachmentId) == ["60860", "60909"])
        #expect(contents.documents.allSatisfy { !$0.restricted })
    }
}
