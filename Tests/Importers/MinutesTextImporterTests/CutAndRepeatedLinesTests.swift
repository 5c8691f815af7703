import EvidenceModel
import Foundation
@testable import MinutesTextImporter
import Testing

/// What a copy's cut or a site's repeated heading leaves behind, as held-out set 29's pages show it: a person's title
/// with no name after it where the text stops, and "Browse meetings" printed twice over a committee's page. The names
/// are invented.
@Suite struct CutAndRepeatedLinesTests {
    @Test func aTitleTheCutLeftWithoutItsNameIsNoOne() async throws {
        let (document, issues) = try await ImportHelpers.importText("""
        Minutes of a meeting of the Kirkton Children’s Trust Board held on 4 March 2010 at 1.00 pm at The Courts, Kirkton.

        1. Apologies for absence

        Apologies for absence were received from Dr M Bew (NHS Kirkton), Ms E Clar (LSC), Mr S
        """)
        #expect(document.apologies == ["Dr M Bew (NHS Kirkton)", "Ms E Clar (LSC)"])
        #expect(issues.contains { $0.code == "minutes.truncated" })
    }

    @Test func aWholeNameAtTheEndOfACutTextIsKept() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Minutes of a meeting of the Kirkton Children’s Trust Board held on 4 March 2010 at 1.00 pm at The Courts, Kirkton.

        1. Apologies for absence

        Apologies for absence were received from Dr M Bew (NHS Kirkton), Ms E Clar (LSC), Mr S Ham
        """)
        #expect(document.apologies.last == "Mr S Ham")
    }

    @Test func theHeadingPrintedTwiceIsNoCommittee() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Browse meetings

        Browse meetings

        Kirkton Children and Young People Scrutiny Committee

        This page lists the meetings for Kirkton Children and Young People Scrutiny Committee.

        Meetings
        """)
        #expect(document.kind == .committee)
        #expect(document.committee == "Kirkton Children and Young People Scrutiny Committee")
    }
}
