import EvidenceModel
import Foundation
@testable import MinutesTextImporter
import Testing

/// The reader always moves on: a fuzzed page (set 34's session) held it on one line for good, where the list of titled
/// people under a "held in" heading opened on a line that also ended the list. Modelled on that input; names invented.
@Suite struct ReaderMovesOnTests {
    @Test(.timeLimit(.minutes(1))) func aListThatEndsOnTheLineThatOpensItIsReadAndLeft() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        A Meeting of the Kirkton Grammar School Full Governing Board

        was held in the boardroom at the School on Thursday 5th December 2019 at 4.30pm.


        Mr CAuthority Governor; (PG) d work, and (b) that the area of particular interest.

        Resolved – That the document be noted.

        Mr S Flan [SF] (FTG); Mrs D Swiff (FTG); Mr A Jack [AJ] (SG)

        Ms V Ander [VA] (PG); Mr A Har [AH] (PG); Mrs R Naz [RN] (CG)
        """)
        #expect(document.kind == .meeting)
        #expect(document.meetingDate == CalendarDate(year: 2019, month: 12, day: 5))
    }
}
