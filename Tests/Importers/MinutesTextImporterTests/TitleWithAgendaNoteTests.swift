import EvidenceModel
@testable import MinutesTextImporter
import Testing

/// A Welsh council's ModernGov page: an item's title with the agenda's note run on after it on the same line ("Disclosures
/// of personal interest (including whipping declarations) Members are reminded …"), and apologies given by saying they
/// were unable to attend. Modelled on held-out set 58 (the names are invented).
@Suite struct TitleWithAgendaNoteTests {
    @Test func theTitleStopsWhereTheNoteBegins() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Agenda and minutes

        Overview and Scrutiny Co-ordinating Committee - Monday, 6th November, 2023 10.00 am

        Items
        No. Item

        23.

        Welcome and Apologies

        Minutes:

        Councillor Ceri Jonas and Elain Evan apologised for being unable to attend the meeting.

        24.

        Disclosures of personal interest (including whipping declarations) Members are reminded of their personal responsibility to declare any personal and prejudicial interest in respect of matters contained in this agenda in accordance with the provisions of the Local Government Act 2000

        Minutes:

        There were none.

        25.

        Public Services Board

        Minutes:

        The Committee noted the report.
        """)
        #expect(document.items.map(\.title) == ["Welcome and Apologies", "Disclosures of personal interest (including whipping declarations)", "Public Services Board"])
        #expect(document.apologies.map(NameList.personKey) == ["ceri jonas", "elain evan"])
        #expect(document.items[1].minutes.first?.text?.hasPrefix("Members are reminded") == true)
    }

    @Test func aShortTitleIsNotParted() {
        #expect(ItemHeader.titleBeforeNote("Schools Forum membership and terms of office for the coming year") == nil)
    }
}
