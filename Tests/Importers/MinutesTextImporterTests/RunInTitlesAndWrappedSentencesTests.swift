import EvidenceModel
import Foundation
@testable import MinutesTextImporter
import Testing

/// Shapes of held-out set 33's school, partnership and board minutes: a heading naming the actions beside the minutes, a
/// list's label glued to its first person, an apologies sentence wrapped mid-name, titles run into their minutes after a
/// dash, a date label naming the body. The names are invented.
@Suite struct RunInTitlesAndWrappedSentencesTests {
    /// "Minutes/Action Points of the X Meeting on DATE": the body and the day; "N. Title – what was reported." items.
    @Test func actionPointsHeadingAndDashedTitles() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Minutes/Action Points of the North Kirkton Local Children’s Partnership Meeting on 25th January 2011

        Present:

        Lena Clarke, Pam Lucas, Jean Hume

        1. Welcome

        The chair welcomed everyone.

        2. Funding – MC reported that the £2500 of set up monies had been spent.

        3. Key Data – an example of the key data sets available was given.

        4. Aims/objectives of the LCP

        The aims were circulated.
        """)
        #expect(document.kind == .meeting)
        #expect(document.committee == "North Kirkton Local Children’s Partnership")
        #expect(document.meetingDate == CalendarDate(year: 2011, month: 1, day: 25))
        #expect(document.items.map(\.title) == ["Welcome", "Funding", "Key Data", "Aims/objectives of the LCP"])
        #expect(document.items[1].minutes.first?.text?.hasPrefix("MC reported") == true)
    }

    /// An agenda's title with a dash in it stays whole: what follows the dash tells nothing that happened.
    @Test func agendaTitlesWithDashesStayWhole() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Agenda

        1. Welcome and apologies

        2. Playground policy – Bea Rams to discuss the scoping of the playground policy

        3. Review of Nursery Admission Criteria - report by Director of Education (herewith)
        """)
        #expect(document.items.map(\.title) == [
            "Welcome and apologies",
            "Playground policy – Bea Rams to discuss the scoping of the playground policy",
            "Review of Nursery Admission Criteria - report by Director of Education (herewith)",
        ])
    }

    /// "PRESENTMr D Roth(Chair)", "IN ATTENDANCEMr J Hals (Clerk)": the labels a copy glued to the first person.
    @Test func listLabelsGluedToTheirFirstPerson() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        KIRKTON HIGH SCHOOL

        MINUTES OF THE LOCAL GOVERNING BODY MEETING HELD ON FRIDAY 15 MARCH 2013 AT 3.45PM AT THE SCHOOL

        PRESENTMr D Rothe(Chair)

        Mr T Horsham

        Mrs B Johns

        IN ATTENDANCEMr J Halsey (Clerk)

        1. Apologies

        None.
        """)
        #expect(document.attendance.map { $0.replacingOccurrences(of: "(Chair)", with: "") }.contains("Mr D Rothe"))
        #expect(document.attendance.contains("Mr T Horsham"))
        #expect(document.attendance.contains { $0.hasPrefix("Mr J Halsey") })
        #expect(!document.attendance.contains { $0.contains("PRESENT") || $0.contains("ATTENDANCE") })
    }

    /// A hard-wrapped apologies sentence stopping on a given name goes on with the next line.
    @Test func apologiesSentenceWrappedMidName() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Minutes of the Governors Meeting held on 7 December 2010

        Present: Kevin Shore, Andrew Jolly.

        1. Introduction:

        Apologies for absence: Apologies were received and accepted from Astrid
        Gibbs, Spencer Spear and Bernice Mant.

        Declaration of Interest: There were no declarations of interest made.
        """)
        #expect(document.apologies == ["Astrid Gibbs", "Spencer Spear", "Bernice Mant"])
        #expect(document.attendance == ["Kevin Shore", "Andrew Jolly"])
    }

    /// "Date of Board of Management Meeting: 23/10/24": the day, and the body the label names.
    @Test func dateLabelNamingTheBody() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Agreed Report on Board of Management Meeting
        Date of Board of Management Meeting: 23/10/24
        - The Chairperson welcomed the Board.
        - The Board agreed that a fundraiser should take place.
        """)
        #expect(document.committee == "Board of Management")
        #expect(document.meetingDate == CalendarDate(year: 2024, month: 10, day: 23))
    }

    /// "Date of next meeting:" names no body and no day of this meeting.
    @Test func nextMeetingsDateLabelNamesNoBody() {
        #expect(Labels.bodyOfDateLabel("Date of next meeting") == nil)
        #expect(Labels.bodyOfDateLabel("Date of the Board of Governors Meeting") == "Board of Governors")
    }
}
