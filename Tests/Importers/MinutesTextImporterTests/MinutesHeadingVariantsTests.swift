import EvidenceModel
import EvidencePackCore
import Foundation
@testable import MinutesTextImporter
import Testing

/// Headings of minutes from no democracy system, and minutes whose "Present" heading a copy lost: shapes
/// from a ninth held-out set of council pages (measured unseen first), modelled on them; names invented.
@Suite struct MinutesHeadingVariantsTests {
    /// "Advisory Board – Minutes of Meeting": the body before the word; the day and place from the labels
    /// under it; people beside their services with no comma.
    @Test func aBodyBeforeMinutesOfMeetingIsTheCommittee() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Advisory Board – Minutes of Meeting
        Date: Wednesday 17th June 2015 Venue: HILLSIDE COMMUNITY HOUSE
        Present:
        David Ward CAB Manager (Chair)
        Hazel Jones LB Children's Centre
        Lucy Bent 0-19 Team Nursery Nurse
        Maria de Vries SEPT 0-19 Team
        1. / Welcome & Apologies
        · David welcomed everyone to the meeting.
        """)
        #expect(document.kind == .meeting)
        #expect(document.committee == "Advisory Board")
        #expect(document.meetingDate == CalendarDate(year: 2015, month: 6, day: 17))
        #expect(document.attendance == ["David Ward", "Hazel Jones", "Lucy Bent", "Maria de Vries"])
    }

    /// "Early Years Reference Group Minutes: 14 Nov 2023, 14.00 - 15.30 via Teams", then bullets of people and
    /// their posts whose heading was lost: the body, the day, the place met "via", and the people present.
    @Test func anUnlabelledListOfPeopleAtTheTopOfMinutesIsWhoWasPresent() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        ERG Minutes 14 Nov 2023

        Early Years Reference Group Minutes: 14 Nov 2023, 14.00 - 15.30 via Teams


          • Helen Grant - EY Lead (Chair)
          • Jo Chen - Early Years Team - CC
          • Tim Hope -Humpty Dumpty Nursery
          • Sharon Kean - Childminder


        1. Welcome

        Helen welcomed everyone.
        """)
        #expect(document.kind == .meeting)
        #expect(document.committee == "Early Years Reference Group")
        #expect(document.meetingDate == CalendarDate(year: 2023, month: 11, day: 14))
        #expect(document.venue == "Teams")
        #expect(document.attendance == ["Helen Grant", "Jo Chen", "Tim Hope", "Sharon Kean"])
    }

    /// The body and the day above a "Minutes of the meeting" heading that names neither, then a Word table's
    /// rows ("Name / Post, Body / Initials") with no "Present" heading.
    @Test func theBodyAndTheDayAboveMinutesOfTheMeeting() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Kirkton Children's Partnership Board Meeting

        Monday 27th March 2017 13:00 – 15:00pm, Meeting Rooms 2 & 3, Shire Hall

        Minutes of the meeting


        Det. Sup. Sam Atkins / Detective Superintendent, Kirkton Constabulary / SA
        Tom Brown / Head of Education, KCC / TB
        Mike Dale / Chief Executive, Kirkton Borough Council / MD

        1.0 Minutes of the Previous Meeting
        """)
        #expect(document.committee == "Kirkton Children's Partnership Board")
        #expect(document.meetingDate == CalendarDate(year: 2017, month: 3, day: 27))
        #expect(document.venue == "Meeting Rooms 2 & 3, Shire Hall")
        #expect(document.attendance == ["Sam Atkins", "Tom Brown", "Mike Dale"])
    }

    /// The same rows under a heading of members, or of attendees and apologies together, are no list of who came.
    @Test(arguments: ["Membership", "Attendees / Apologies"])
    func rowsUnderAMembershipHeadingAreNoAttendance(heading: String) async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Kirkton Children's Partnership Board Minutes

        \(heading)
        Sam Atkins / Detective Superintendent, Kirkton Constabulary / SA
        Tom Brown / Head of Education, KCC / TB
        Mike Dale / Chief Executive, Kirkton Borough Council / MD
        """)
        #expect(document.attendance.isEmpty)
    }

    /// A dash after another cell's dash heads no person: "John Dale – Schools / Greg Mott - VCFS" is two rows' cells.
    @Test func aDashAfterAnotherCellHeadsNoPerson() {
        #expect(!(NameList.people(inLine: "John Dale – Secondary Schools / Greg Mott - VCFS") ?? []).contains { $0.contains("/") })
    }
}
