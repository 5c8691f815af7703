import EvidenceModel
@testable import MinutesTextImporter
import Testing

/// Printed minutes whose roll call has no "Present" heading, the chair and vice-chair each on a line above it and the
/// absent starred; an alternate member attending for one who sent apologies; two titled people whose comma a copy lost.
/// Modelled on held-out set 53 (the names are invented).
@Suite struct RollCallWithoutHeadingTests {
    static let minutes = """
    Children's Care and Education Committee


    21 March 2019


    7:30 pm 9:35 pm


    Councillor Margaret Thom (Chair)

    Councillor Diane Whit (Vice Chair)

    Councillor Stephanie Arch, * Councillor Mark Dunn, Councillor Sam Fould,

    Councillor Ed Frame, Councillor Maria Nett, Councillor Munir Rav,

    Councillor Anita Schap, *Councillor Chris Stew, and Councillor Annette Wook

    Advisory members: * Dr Naz Jiv and Jane Marr


    * Absent



    54.         Apologies for Absence and Attendance of Substitute Members



    Apologies for absence were received from Councillor Mark Dunn for whom Councillor Liz Gree attended as alternate Member and from Councillor Christine Stew.




    55.         Declarations of interest



    There were no declarations of interest.
    """

    @Test func theChairsLinesOverAnUnheadedRollCallAndTheStarredAbsent() async throws {
        let (document, _) = try await ImportHelpers.importText(Self.minutes)
        let present = document.attendance.map(NameList.personKey)
        #expect(Array(present.prefix(2)) == ["margaret thom", "diane whit"])
        #expect(present.contains("anita schap") && present.contains("annette wook") && present.contains("jane marr"))
        #expect(!present.contains("mark dunn") && !present.contains("chris stew") && !present.contains("naz jiv"))
        // The alternate member attended in the place of the one who sent apologies.
        #expect(present.contains("liz gree"))
        #expect(document.apologies.map(NameList.personKey).prefix(2) == ["mark dunn", "christine stew"])
    }

    @Test func aChairsLineWithNoRollCallUnderItOpensNoList() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Children's Care and Education Committee

        21 March 2019

        Councillor Margaret Thom (Chair)

        1. Welcome

        The Chair welcomed everyone.
        """)
        #expect(document.attendance.isEmpty)
    }

    @Test func twoTitledPeopleWhoseCommaWasLost() {
        #expect(NameList.splittingAtInnerTitle("Reverend CARLEEN ROBB Reverend KENNETH GIBB") == ["Reverend CARLEEN ROBB", "Reverend KENNETH GIBB"])
        #expect(NameList.splittingAtInnerTitle("Mr and Mrs John Smith") == ["Mr and Mrs John Smith"])
        #expect(NameList.splittingAtInnerTitle("Councillor Dr Ann Lee") == ["Councillor Dr Ann Lee"])
    }

    @Test func aSederuntsCountUnderItsDecisionLabelIsNoDecision() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Education Committee Minutes

        Date:
        Thursday 17 March 2016
        Time:
        10:30am
        Place:
        Council Offices, English Street, Kirkton

        Attendance Details

        Members:
        Ann Bell - Kirkton North
        Colin Wype - Kirkton South
        Apologies:
        Karen Carr - Annandale East
        Item Number Item/Description
        PUBLIC
        1 SEDERUNT AND APOLOGIES

        Decision

         

        19 Members present, 6 apologies and 2 Members not present at the start of the meeting

        2 DECLARATIONS OF INTEREST

        NONE declared

        3 MINUTE OF MEETING OF 21 JANUARY 2016

        Decision

         

        AGREED
        """)
        let sederunt = try #require(document.items.first)
        #expect(sederunt.decisions.isEmpty)
        #expect(sederunt.minutes.first?.text?.hasPrefix("19 Members present") == true)
        #expect(BlockBuilder.countsThoseAttending("21 Councillors were present") && !BlockBuilder.countsThoseAttending("2 That the report be noted"))
    }
}
