import EvidenceModel
import EvidencePackCore
import Foundation
import MinutesTextImporter
import Testing

/// A committee's "Browse meetings" page, as text: the meetings it lists, one record each.
@Suite struct MeetingListTests {
    static let browseMeetings = """
    Browse meetings - Corporate Parenting Panel
    This page lists the meetings for Corporate Parenting Panel.
    Meetings
    Earlier meetings.
    Tue 10 Mar 2026 6.00 pm
    Mon 12 Jan 2026 6.00 pm CANCELLED
    • Wed 5 Nov 2025 6.30 pm
    Later meetings.
    """

    static func documents(_ result: ImportResult) -> [Document] {
        result.records.compactMap { content -> Document? in
            if case .document(let document) = content { return document }
            return nil
        }
    }

    @Test func eachListedMeetingIsARecordOfTheCommitteeWithItsLine() async throws {
        let result = try await ImportHelpers.importResult(Self.browseMeetings)
        let documents = Self.documents(result)
        let page = try #require(documents.first)
        #expect(page.kind == .meetingList)
        #expect(page.committee == "Corporate Parenting Panel")
        #expect(page.title == nil && page.effectiveDate == nil)
        let meetings = Array(documents.dropFirst())
        #expect(meetings.map { $0.meetingDate?.iso8601 } == ["2026-03-10", "2026-01-12", "2025-11-05"])
        #expect(meetings.allSatisfy { $0.kind == .meeting && $0.committee == "Corporate Parenting Panel" })
        #expect(meetings.map { $0.properties["status"] } == [nil, "cancelled", nil])
        #expect(meetings.allSatisfy { $0.properties[Document.listedInProperty] == "meetingList" })
        #expect(Array(result.lineRanges.dropFirst()) == [5...5, 6...6, 7...7])
        // A list of meetings has no title or date of its own to miss.
        #expect(!result.diagnostics.contains { $0.code == "minutes.no-date" || $0.code == "minutes.no-title" })
    }

    /// A committee's details page that mentions a date in its remit lists no meeting.
    @Test func aRemitThatMentionsADateListsNoMeeting() async throws {
        let text = """
        Committee details
        Corporate Parenting Panel
        Purpose of committee
        The Panel was set up on 12 May 2010 to monitor the outcomes of children in care.
        Membership
        Councillor Ann Smith (Chair)
        """
        let result = try await ImportHelpers.importResult(text)
        let documents = Self.documents(result)
        #expect(documents.count == 1)
        #expect(documents.first?.kind == .committee)
        #expect(documents.first?.committee == "Corporate Parenting Panel")
    }
}
