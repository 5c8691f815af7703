import EvidenceModel
import Foundation
@testable import MinutesTextImporter
import Testing

/// A governing body's minutes copied from a Word file, each item's heading in capitals run into its minute's first
/// sentence, under "Minutes of proceedings at a meeting of …", as held-out set 29's school minutes print them. The
/// names are invented.
@Suite struct RunInCapitalsHeadingsTests {
    static let minutes = """
    KGS/12/AB 22 May, 2012

    Minutes of proceedings at a meeting of the Governing Body held at Kirkton School on Tuesday, 22 May, 2012 at 7.00pm.

    PRESENT Mrs S Earn (Chair), Mrs B Arch, Mr R J Ott and Mrs J Wom.

    IN ATTENDANCE Mr A M Brad (Clerk to the Meeting)

    DECLARATIONS OF INTEREST There were no declarations of interest.

    APOLOGIES FOR ABSENCE Apologies for absence were received from Mr S Car and Miss A Lock.

    MINUTES Resolved 53 That the minutes of the meeting held on 13 March, 2012, being correct, be signed.

    CORRESPONDENCE The Chair reported on items of correspondence received since the last meeting.

    HEADTEACHER’S REPORT The Headteacher presented her written report on matters of interest.
    """

    @Test func theBodyAfterTheProceedingsOfAMeeting() async throws {
        let (document, _) = try await ImportHelpers.importText(Self.minutes)
        #expect(document.committee == "Governing Body")
        #expect(document.meetingDate == CalendarDate(year: 2012, month: 5, day: 22))
    }

    @Test func eachHeadingInCapitalsOpensAnItemAndTheSentenceIsItsMinute() async throws {
        let (document, _) = try await ImportHelpers.importText(Self.minutes)
        #expect(document.items.map(\.title) == ["DECLARATIONS OF INTEREST", "APOLOGIES FOR ABSENCE", "MINUTES", "CORRESPONDENCE",
                                                "HEADTEACHER’S REPORT"])
        #expect(document.items[3].minutes.first?.text?.hasPrefix("The Chair reported") == true)
        #expect(document.attendance.count == 5)  // the four present and the clerk in attendance
        #expect(document.apologies == ["Mr S Car", "Miss A Lock"])
    }

    @Test func whatIsNoRunInHeading() {
        #expect(MinutesReader.runInCapitalsHeading("CORRESPONDENCE The Chair reported on items")?.title == "CORRESPONDENCE")
        #expect(MinutesReader.runInCapitalsHeading("MATTERS ARISING FROM THE MINUTES Finance Referring to it")?.title == "MATTERS ARISING FROM THE MINUTES")
        // A label's word, an acronym opening a sentence, a reference with digits, too short a sentence.
        #expect(MinutesReader.runInCapitalsHeading("PRESENT Mrs S Earn (Chair), Mrs B Arch") == nil)
        #expect(MinutesReader.runInCapitalsHeading("IN ATTENDANCE Mr A M Brad (Clerk)") == nil)
        #expect(MinutesReader.runInCapitalsHeading("NHS England said the plan was late") == nil)
        #expect(MinutesReader.runInCapitalsHeading("KGS/12/AB 22 May, 2012") == nil)
        #expect(MinutesReader.runInCapitalsHeading("CORRESPONDENCE The Chair") == nil)
        #expect(MinutesReader.runInCapitalsHeading("SEND The report was noted by all") == nil)
    }
}
