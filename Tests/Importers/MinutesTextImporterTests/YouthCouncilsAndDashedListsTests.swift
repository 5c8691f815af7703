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
