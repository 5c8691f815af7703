import EvidenceModel
import Foundation
@testable import MinutesTextImporter
import Testing

/// Board minutes whose lists and headings ran together, as held-out set 30's Northern Irish education board and Jersey
/// scrutiny panel print them. The names are invented.
@Suite struct BoardMinutesRunTogetherTests {
    /// A minister among titled members run together: he opens a person too, his church title kept as printed.
    @Test func aReverendAmongTitledMembersRunTogether() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        KIRKTON EDUCATION BOARD

        PRESENT: Mr P Duf (Chairman) Rev R Her (Vice-Chairman) Mrs F Bru Councillor A Bro

        B/09/9/2 MATTERS ARISING There were no matters arising.
        """)
        #expect(document.attendance == ["Mr P Duf (Chairman)", "Rev R Her (Vice-Chairman)", "Mrs F Bru", "A Bro"])
    }

    /// "MINUTES OF MEETING HELD ON 11 JUNE 2009 The minutes of the meeting held on …": an item about the last minutes run
    /// into its sentence names no body.
    @Test func theLastMinutesItemRunIntoItsSentenceNamesNoBody() {
        var layout = PageLayout(kind: .meeting, system: .plainCMS, bodyStart: 0)
        layout.readMinutesOfLine("MINUTES OF MEETING HELD ON 11 JUNE 2009 The minutes of the meeting held on 11 June 2009 were adopted.", previous: nil)
        #expect(layout.committee == nil)
        var cabinet = PageLayout(kind: .meeting, system: .plainCMS, bodyStart: 0)
        cabinet.readMinutesOfLine("Minutes of the Cabinet Meeting held on 4 March 2013", previous: nil)
        #expect(cabinet.committee == "Cabinet")
    }

    /// "Record of Meeting" under the body's name heads a meeting's minutes.
    @Test func aRecordOfMeetingUnderTheBody() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Education and Home Affairs Scrutiny Panel
        Record of Meeting
        Date: 6th June 2016
        Present | Deputy T. A. Val |
        """)
        #expect(document.kind == .meeting)
        #expect(document.meetingDate == CalendarDate(year: 2016, month: 6, day: 6))
    }

    /// "Date:", "Time:" and "Venue:" opening the text, a headerless list of governors, then decisions: a meeting's minutes
    /// whose heading the copy lost (set 30's school governing board), not one agenda item's page.
    @Test func headerLabelsOverDecisionsAreAMeeting() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Date: 22nd March 2016
        Time: 7.00 pm
        Venue: The School


        Cllr L Wee, Ms M Rid, Mrs E Owe, Mr R Ree (Chairperson), Mrs S Kre


        Governors considered the appointment of Mrs H Wal to the position of Co-opted governor.

        The Governing Board unanimously APPROVED the appointments.

        It was RESOLVED that the minutes of the meeting held on 17th November 2015 be approved.
        """)
        #expect(document.kind == .meeting)
        #expect(document.meetingDate == CalendarDate(year: 2016, month: 3, day: 22))
        #expect(document.venue == "The School")
        #expect(document.attendance.count == 5)
    }

    /// One label alone, or labels that are no meeting's header, leave the page as it was read before.
    @Test func onlyTheDayAndAPlaceOrTimeMakeTheHeader() {
        func lines(_ text: String) -> [SourceLine] { text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { SourceLine(number: $0.offset + 1, text: String($0.element), isBold: false) } }
        #expect(PageLayout.meetingHeaderLabelsEnd(lines("Date: 22nd March 2016\nTime: 7.00 pm\nVenue: The School\n\nText")) == 3)
        #expect(PageLayout.meetingHeaderLabelsEnd(lines("Date: 22nd March 2016\n\nText")) == nil)
        #expect(PageLayout.meetingHeaderLabelsEnd(lines("Minutes: The report was noted.\nVenue: The School")) == nil)
    }

    /// A parent council's minutes run onto one line: the list of those present runs into the apologies item, whose sentence
    /// names who sent apologies "on behalf of" (set 30's Scottish parent council).
    @Test func aListRunIntoTheApologiesItem() async throws {
        let line = "KIRKTON HIGH SCHOOL MINUTES OF PARENT COUNCIL MEETING HELD ON THURSDAY, 26 NOVEMBER 2009 AT KIRKTON HIGH SCHOOL "
            + "Present: Mr D Mun, Parent Representative and Chair Mrs L Mor, Parent Representative and Treasurer Mrs M Stu, "
            + "Parent Representative Mr G Cla, Head Mrs Fio Tor, Parent 1, APOLOGIES AND WELCOME Apologies were intimated on "
            + "behalf of Ms Ang and Mrs Tur. Mr Mun welcomed everyone to the meeting. 2, MINUTES The minutes were agreed."
        let (document, _) = try await ImportHelpers.importText(line + "\n")
        #expect(document.attendance.prefix(3) == ["Mr D Mun", "Mrs L Mor", "Mrs M Stu"])
        #expect(!document.attendance.contains { $0.contains("Parent") || $0.contains("Ang") })
        #expect(document.apologies == ["Ms Ang", "Mrs Tur"])
    }

    @Test func aNameFromItsTitleOn() {
        #expect(NameList.fromTitleOn("Chair Mrs L Mor") == "Mrs L Mor")
        #expect(NameList.fromTitleOn("Vice Chair Mr J Ber") == "Mr J Ber")
        #expect(NameList.fromTitleOn("Mr D Mun") == "Mr D Mun")
        #expect(NameList.fromTitleOn("Parent 1") == nil)
        #expect(NameList.fromTitleOn("Ann Bel") == "Ann Bel")
    }
}
