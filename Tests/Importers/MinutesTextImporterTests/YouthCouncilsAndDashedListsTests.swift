import EvidenceModel
import Foundation
@testable import MinutesTextImporter
import Testing

/// Youth councils' titles, attendees run together each with a dash and their post, a heading under its day with the
/// place and no day of its own, notices that are no committee, and decisions' sub-headings and dashed details.
/// Modelled on held-out set 15's shapes; the names are invented.
@Suite struct YouthCouncilsAndDashedListsTests {
    /// "Youth Cllr" is a title, as "Cllr" is; "Youth Cllrs A, B" a plural one; the day above the heading and the
    /// place after "held at" are the meeting's.
    @Test func aYouthCouncilsMinutes() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        19th October 2016
        Minutes of the meeting of Kirkton Community Youth Council, held at the Town Hall, 34 High Street, Kirkton, Commencing at 2.00pm
        Present:- Youth Cllr Jacob Arch
        Youth Cllr Logan Blythe
        Youth Cllr Nathan Bell
        159. Apologies
        Apologies were accepted from Youth Cllrs MacDougall, Cheshire and Mustow.
        160. Declarations of Interest
        There were none
        """)
        #expect(document.committee == "Kirkton Community Youth Council")
        #expect(document.meetingDate == CalendarDate(year: 2016, month: 10, day: 19))
        #expect(document.venue == "Town Hall, 34 High Street, Kirkton")
        #expect(document.attendance == ["Jacob Arch", "Logan Blythe", "Nathan Bell"])
        #expect(document.apologies == ["MacDougall", "Cheshire", "Mustow"])
    }

    /// "Name - post Name - post …" run together: each person followed by a dash, the posts' commas no separators.
    @Test func attendeesEachFollowedByADashAndTheirPost() {
        let people = RunTogetherPeople.people(in: "Amy Bux-Jennings - Director of Commissioning and Improvement Angela Crag - Attending on behalf of Fiona Mart Ann Lork - Acting Designated Doctor for Child Protection Annie Hudd - Strategic Director, Children’s Services Cllr Jane Edge - Cabinet Member for Children")
        #expect(people == ["Amy Bux-Jennings", "Angela Crag", "Ann Lork", "Annie Hudd", "Cllr Jane Edge"])
        // A sentence with dashes is no such list.
        #expect(RunTogetherPeople.dashedPeople(in: "The plan - agreed in May - was noted - and Ann Lork - who chaired - closed the meeting - at noon") == nil)
    }

    /// A notice under ModernGov's "Agenda and minutes" heading is no committee, and its date no meeting's.
    @Test func aNoticeUnderTheHeadingIsNoCommittee() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Agenda and minutes

        With effect from 1 April 2016 Agenda and Minutes will be available in both Welsh and English.

        Venue: Council Chamber, Guildhall

        Items
        No. Item

        1.

        Apologies for absence

        Minutes:

        An apology for absence was submitted on behalf of Councillor Rhys Gilmore.
        """)
        #expect(document.committee == nil)
        #expect(document.meetingDate == nil)
        #expect(document.apologies == ["Rhys Gilmore"])
    }

    /// Under "Decision:", a short lettered heading is what the decision is about; "Reason for Recommendations – …"
    /// is the decision's detail, not another decision.
    @Test func subheadingsAndDashedReasonsAreNoDecisions() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Agenda item

        Kirkton Safeguarding Children Partnership Annual Report

        Decision:

        RESOLVED

        That the Executive received the Partnership’s Annual Report and noted the findings.

        Reason for Recommendations – To accord with legislation or the policy of the Council; the partnership must publish a report.
        """)
        #expect(document.items.first?.decisions.count == 1)
        #expect(Labels.parse("Reason for Recommendations – To accord with legislation")?.role == .decisionDetail)
        #expect(Labels.parse("Ann Gray - Chair") == nil)
        let blocks = BlockBuilder(lines: SourceLine.split("a)    Provision of Gym Passes\n\nMembers were advised that funding had not continued."),
                                  leadingResolutionMarker: "Decision").build()
        #expect(!blocks.contains { $0.kind == .resolution && $0.text?.contains("Gym Passes") == true })
    }
}

/// Partnership minutes headed by the body alone, the day, then the time and the place; items whose titles end with a
/// colon; a body's meeting over its time and day, above a "MINUTES" heading.
@Suite struct PartnershipHeadersTests {
    @Test func theBodyTheDayThenTheTimeAndThePlace() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Minutes of Kirkton 14-19 Strategic Partnership
        Thursday 26 May 2011
        10 AM Block B Room 3 Kirkton House
        Thalia Bell (TB) Kirkton City College
        Cathy Star (CS)
        1.Minutes of Last Meeting:
        Align resources to analyse data between Directorates.
        2.Increasing Participation in Learning and reducing NEET:
        AH gave a presentation.
        3. ESF Funding:
        SG presented a paper.
        """)
        #expect(document.committee == "Kirkton 14-19 Strategic Partnership")
        #expect(document.meetingDate == CalendarDate(year: 2011, month: 5, day: 26))
        #expect(document.venue == "Block B Room 3 Kirkton House")
        #expect(document.items.map(\.title) == ["Minutes of Last Meeting", "Increasing Participation in Learning and reducing NEET", "ESF Funding"])
        #expect(document.attendance.map { NameList.personKey($0) } == ["thalia bell", "cathy star"])
    }

    /// The place on the line between the body and the day, below a council's name and a heading.
    @Test func thePlaceBetweenTheBodyAndTheDay() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Kirkton

        Islands Council

        MINUTES A&B - Public


        Education and Families Committee
        Council Chamber, Town Hall, Kirkton
        Monday 23 April 2018 at 10:00am

        Present:
        Councillors:
        P Campbell J Fraser
        """)
        #expect(document.committee == "Education and Families Committee")
        #expect(document.venue == "Council Chamber, Town Hall, Kirkton")
    }

    @Test func aBodysMeetingOverItsTimeAndDay() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        CVC Partnership meeting
        9am on Tuesday 28th February 2012
        MINUTES
        Present: Paul Hemm (Costello), Betty Elk (Cranbourne)
        1. / Sally welcomed everyone.
        """)
        #expect(document.committee == "CVC Partnership")
        #expect(document.meetingDate == CalendarDate(year: 2012, month: 2, day: 28))
        #expect(PageLayout.dayAfterTime("10.00 am, Monday 3 May 2010") == CalendarDate(year: 2010, month: 5, day: 3))
        #expect(PageLayout.dayAfterTime("Item 9 on Monday 3 May 2010") == nil)
        #expect(PageLayout.placeAfterTime("2.00pm Council Chamber") == "Council Chamber")
        #expect(PageLayout.placeAfterTime("10 apples were eaten") == nil)
    }
}
