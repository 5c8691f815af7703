import EvidenceModel
import Foundation
@testable import MinutesTextImporter
import Testing

/// What fuzzing found in the reader (7 December): a page that held it on one line for good, where the list of titled
/// people under a "held in" heading opened on a line that also ended the list, and a line of four names ending on a role
/// word that read past the end of its words. Modelled on those inputs; names invented.
@Suite struct ReaderMovesOnTests {
    /// "Annabel Hendry Bobby Clerk": four words, the last a role word with nothing after it (it indexed past the end).
    @Test func fourNamesEndingOnARoleWord() async throws {
        #expect(NameList.nameBeforeRunOnPost("Annabel Hendry Bobby Clerk") == nil)
        #expect(NameList.nameBeforeRunOnPost("Lisa Hendry Clerk to the Governors") == "Lisa Hendry")
        let (document, _) = try await ImportHelpers.importText("""
        Minutes of the Governors meeting held on 3 March 2020

        Also in attendance: Annabel Hendry Bobby Clerk

        1. Welcome

        The chair welcomed everyone.
        """)
        #expect(document.kind == .meeting)
    }

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
