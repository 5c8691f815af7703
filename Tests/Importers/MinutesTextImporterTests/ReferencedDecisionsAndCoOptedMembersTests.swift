import EvidenceModel
import Foundation
@testable import MinutesTextImporter
import Testing

/// Welsh and Scottish councils' own minutes: co-opted members listed on their label's line, an apology "received from"
/// under its item, and a decision after what it refers to. Modelled on held-out set 22's shapes; the names are invented.
@Suite struct ReferencedDecisionsAndCoOptedMembersTests {
    /// "Co-opted Members: Dr. C. Brow (…), Mr. P. Burk (…) and Mrs. J. Lynch-Wils (…)." one long line after "Present:";
    /// "64 APOLOGY FOR ABSENCE –" / "This was received from Mr. N. Wan (Vale Youth Forum).".
    @Test func coOptedMembersAndAnApologyReceived() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        LEARNING SCRUTINY COMMITTEE
        Minutes of a meeting held on 19th June, 2017.
        Present: Councillor L. Burn (Chairman); Councillors Ms. R.M. Bir and B.T. Gra.
        Co-opted Members: Dr. C. Brow (Parent Governor – Secondary Sector), Mr. P. Burk (Roman Catholic Church) and Mrs. J. Lynch-Wils (Parent Governor – Primary Sector).
        64 APOLOGY FOR ABSENCE –
        This was received from Mr. N. Wan (Vale Youth Forum).
        65 MINUTES –
        RESOLVED – T H A T the minutes be approved.
        """)
        #expect(document.attendance.contains { $0.hasPrefix("Mrs. J. Lynch-Wils") })
        #expect(document.attendance.count == 6)
        #expect(document.apologies.map { $0.prefix { $0 != "(" }.trimmingCharacters(in: .whitespaces) } == ["Mr. N. Wan"])
    }

    /// "With reference to Article 5 (c) of the minute …, the Committee agreed to note …": the decision after its reference.
    @Test func aDecisionAfterItsReference() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        MINUTE of MEETING of the EDUCATION COMMITTEE held in the Town Hall, Kirkton on Tuesday 8 June 1999 at 4.00 pm.

        Present: Councillors BRIAN MIL, SHEENA WEL and SANDY WES.

        1. APPOINTMENTS

        With reference to Article 5 (c) of the minute of meeting of the Council held on 13 May 1999, the Committee agreed to note the members appointed to this Committee.

        The Convener welcomed the members.
        """)
        #expect(document.items.first?.decisions.compactMap(\.text).first?.contains("the Committee agreed to note the members appointed") == true)
    }
}
