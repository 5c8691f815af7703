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

    /// A name that ends a sentence the copy cut may be cut itself ("Mr S Ham" of "Mr S Hampton"): it is left out, as
    /// set 41's "Mrs F Rob" showed; a name whose sentence closes is kept.
    @Test func aNameWhereTheCopyStopsIsLeftOutUnlessTheSentenceCloses() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Minutes of a meeting of the Kirkton Children’s Trust Board held on 4 March 2010 at 1.00 pm at The Courts, Kirkton.

        1. Apologies for absence

        Apologies for absence were received from Dr M Bew (NHS Kirkton), Ms E Clar (LSC), Mr S Ham
        """)
        #expect(document.apologies == ["Dr M Bew (NHS Kirkton)", "Ms E Clar (LSC)"])
        let (closed, _) = try await ImportHelpers.importText("""
        Minutes of a meeting of the Kirkton Children’s Trust Board held on 4 March 2010 at 1.00 pm at The Courts, Kirkton.

        1. Apologies for absence

        Apologies for absence were received from Dr M Bew (NHS Kirkton), Ms E Clar (LSC), Mr S Ham.
        """)
        #expect(closed.apologies.last == "Mr S Ham")
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

    /// A copy that lost its line breaks runs the last person of a list into the minutes after it: the person is kept, the
    /// text is not part of their name.
    @Test func aPersonRunIntoTheTextAfterTheList() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Kirkton Academies Trust Minutes of the Directors' Meeting held on Wednesday, 28th September 2016 at 6.30 pm at Kirkton \
        School Present: Mrs A Flet Mrs M Hay Mr R Hil In attendance: Mrs L Doh (Clerk) Action Required Person Responsible 64/16 \
        Opening Prayer 1. The Opening Prayer was led by the Clerk. 65/16 Apologies 2. Apologies had been received from Mr E McA.
        """)
        #expect(document.attendance.contains("Mrs L Doh (Clerk)"))
        #expect(!document.attendance.contains { $0.contains("Prayer") })
    }

    @Test func runOnTextIsCutFromAPersonOnlyWhenItIsLong() {
        #expect(NameList.personBeforeRunOnText("Mrs N Vau (School Improvement Director) (SID)") == "Mrs N Vau (School Improvement Director) (SID)")
        #expect(NameList.personBeforeRunOnText("Mrs L Doh (Clerk) Action Required Person Responsible 64/16 Opening Prayer 1. The") == "Mrs L Doh (Clerk)")
        #expect(NameList.personBeforeRunOnText("Councillor Ann Kerr spoke to the report and the committee agreed to note it") == "Councillor Ann Kerr")
        #expect(NameList.personBeforeRunOnText("The Opening Prayer was led by the Clerk and then the meeting began") == nil)
    }

    /// A representative's notes of one meeting: the post's date, the meeting's heading, its "Date of Meeting:" and the
    /// next meeting's day are four dated lines, and list no meetings.
    @Test func oneMeetingsNotesWithTheirDatesAreNoListOfMeetings() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Friday, July 18th, 2014

        Kirkton Safeguarding Children Board meeting – 15th July 2014

        Date of Meeting:

        15th July 2014

        Key Points of Wider Interest Discussed:

          • The Board’s budget remains a concern.

        Date of Next Meeting: September 16th 2014
        """)
        #expect(document.kind == .meeting)
        #expect(document.committee == "Kirkton Safeguarding Children Board")
        #expect(document.meetingDate == CalendarDate(year: 2014, month: 7, day: 15))
    }

    /// "Meetings by committee" over the committee's name, and "Information about X" over its remit (set 30's London
    /// committee page): a committee's page, with no meeting of its own.
    @Test func meetingsByCommitteeAndInformationAboutIt() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Council meetings

        Meetings by committee

        Kirkton Young People Select Committee


        Information about Kirkton Young People Select Committee

        The Kirkton Young People Select Committee looks at issues relating to children and young people.
        """)
        #expect(document.kind == .committee)
        #expect(document.committee == "Kirkton Young People Select Committee")
        #expect(document.meetingDate == nil)
    }
}

/// A copy that stops inside a word on a short closing line ("Scrutiny for Policies, Childre", "Reason for Decis", "(i"):
/// the word is known cut when the text prints it only as the start of a longer word. Modelled on held-out set 45.
@Suite struct StoppedInsideAWordTests {
    static func lines(_ text: String) -> [SourceLine] { SourceLine.split(text) }

    @Test func aLastWordTheTextPrintsOnlyLongerIsCut() async throws {
        let (_, diagnostics) = try await ImportHelpers.importText("""
        Scrutiny for Policies, Children and Families Committee - Wednesday, 2nd December, 2020 10.00 am

        Minutes:

        There were no questions submitted by members of the public.

        4.

        Scrutiny for Policies, Childre
        """)
        #expect(diagnostics.contains { $0.code == "minutes.truncated" })
    }

    @Test func aWholeWordAClosingWordOrAnUnfinishedBracket() {
        let text = "Decision of the Chairman\nThe Chairman agreed the report.\nSigned\nChair"
        #expect(!ReadingIssues.stopsMidWord("Chair", in: Self.lines(text)))
        #expect(!ReadingIssues.stopsMidWord("Reason for Decision", in: Self.lines("Decision\nReason for Decision")))
        #expect(ReadingIssues.stopsMidWord("Reason for Decis", in: Self.lines("Decision made\nReason for Decis")))
        #expect(ReadingIssues.stopsMidWord("(i", in: Self.lines("(i) that the report be noted;\n(i")))
        #expect(!ReadingIssues.stopsMidWord("Any Other Business", in: Self.lines("Business plan\nAny Other Business")))
    }
}
