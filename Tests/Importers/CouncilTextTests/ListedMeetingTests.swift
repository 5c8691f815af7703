import CouncilText
import EvidenceModel
import Testing

@Suite struct ListedMeetingTests {
    @Test(arguments: [
        ("Tue 12 Mar 2024 6.00 pm", nil, "2024-03-12", nil),
        ("9 Jul 2026 11:00 - Planning Committee", "Planning Committee", "2026-07-09", nil),
        ("23 Jul 2026 14:00 – Standards Committee", "Standards Committee", "2026-07-23", nil),
        ("Cabinet - 15 Mar 2026 6.30 pm", "Cabinet", "2026-03-15", nil),
        // A site's words for a meeting's documents before its day.
        ("Papers from 3 February 2022", nil, "2022-02-03", nil),
        ("Minutes 12 March 2024", nil, "2024-03-12", nil),
        ("FULL GOVERNING BODY: 9th September 2025", "FULL GOVERNING BODY", "2025-09-09", nil),
        ("Mon 15 Jan 2024 6.00 pm CANCELLED", nil, "2024-01-15", "cancelled"),
        ("Wednesday, 8th November, 2023 10.00 am (Postponed)", nil, "2023-11-08", "postponed"),
        ("  15/03/2026  ", nil, "2026-03-15", nil),
    ] as [(String, String?, String, String?)])
    func readsTheRowsListsPrint(text: String, committee: String?, date: String, status: String?) throws {
        let row = try #require(ListedMeeting.parse(text))
        #expect(row.date.iso8601 == date)
        #expect(row.committee == committee)
        #expect(row.status == status)
    }

    /// Prose that mentions a date, a day without its year, two dates or a time alone is no row.
    @Test(arguments: [
        "The panel first met on 12 May 2010",
        "12 May 2010 the panel first met",
        "Minutes of the meeting held on 12 May 2010 were agreed.",
        "Monday, 8 June",
        "10:00 Licensing Sub-Committee A",
        "9 Jul 2026 - 23 Jul 2026",
        "Earlier meetings.",
        "9 Jul 2026 11:00 - the committee agreed the report.",
        "Papers from 3 February 2022 were circulated",
        "Minutes of the meeting held on 12 May 2010 were agreed",
    ])
    func refusesWhatIsNotARow(text: String) {
        #expect(ListedMeeting.parse(text) == nil)
    }
}
