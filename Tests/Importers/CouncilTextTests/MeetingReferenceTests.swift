import CouncilText
import EvidenceModel
import Testing

@Suite struct MeetingReferenceTests {
    @Test(arguments: [
        ("Meeting of Children, Young People & Skills Committee, Monday, 13th November, 2017 4.00pm (Item 38.)",
         "Children, Young People & Skills Committee", "2017-11-13", "38"),
        ("Meeting: 23/01/2020 - Children and Families Scrutiny Panel (Item 25)", "Children and Families Scrutiny Panel", "2020-01-23", "25"),
        ("19/10/2015 - Policy Committee", "Policy Committee", "2015-10-19", nil),
        ("Policy Committee - Monday, 7th May, 2013 2.00 pm", "Policy Committee", "2013-05-07", nil),
        ("Agenda for Policy Committee on Monday, 7th May, 2013, 2.00 pm", "Policy Committee", "2013-05-07", nil),
        ("Decided at meeting: 24/09/2021 - Governance Committee", "Governance Committee", "2021-09-24", nil),
        ("- Meeting of Cabinet, Wednesday 26th and 27th February 2019 (Item 4.1)", "Cabinet", "2019-02-26", "4.1"),
        // A meeting that changed day names the day it left first: that is not its date.
        ("Moved from 9th October 2018, Cabinet - Tuesday, 2nd October, 2018 2.00 pm", "Cabinet", "2018-10-02", nil),
        ("Rescheduled from 3 March 2025, Corporate Parenting Panel - 10 March 2025", "Corporate Parenting Panel", "2025-03-10", nil),
        // A former committee's days in a bracket after its name (held-out set 42's ModernGov page): its name, not the meeting's day.
        ("Corporate Parenting Panel (12/11/2013- 30/04/2024) - Tuesday 3 November 2020 3.30 p.m.", "Corporate Parenting Panel (12/11/2013- 30/04/2024)",
         "2020-11-03", nil),
    ] as [(String, String, String, String?)])
    func readsTheFormsCouncilsPrint(text: String, committee: String, date: String, item: String?) throws {
        let reference = try #require(MeetingReference.parse(text))
        #expect(reference.committee == committee)
        #expect(reference.date?.iso8601 == date)
        #expect(reference.itemNumber == item)
    }

    @Test func textWithoutDateOrItemIsNoReference() {
        #expect(MeetingReference.parse("Children and Families Scrutiny Panel") == nil)
        #expect(MeetingReference.meetingOfLine("Meeting of the panel to be arranged") == nil)
    }
}

/// The kind of a meeting before its body ("Extraordinary Meeting, Schools' Forum"), held-out set 47.
@Suite struct MeetingKindBeforeTheBodyTests {
    @Test func theBodyIsNamedWithoutTheKindOfItsMeeting() {
        #expect(MeetingReference.parse("Extraordinary Meeting, Schools' Forum - Thursday, 30th November, 2023 4.00 pm")?.committee == "Schools' Forum")
        #expect(MeetingReference.droppingMeetingKind("Special meeting of the Cabinet") == "Cabinet")
        #expect(MeetingReference.droppingMeetingKind("Special Educational Needs Panel") == "Special Educational Needs Panel")
        #expect(MeetingReference.droppingMeetingKind("Extraordinary Council") == "Extraordinary Council")
    }
}
