import EvidenceModel
import Foundation
@testable import MinutesTextImporter
import Testing

/// A PDF agenda whose front page and items ran into one line on a document host, as held-out set 29's Scottish committee
/// agenda is: the body, the room, the day, a rule, "AGENDA", then the numbered items. The places are invented.
@Suite struct AgendaFrontPagesRunTogetherTests {
    static let agenda = "Education & Children’s Services Committee Conference Room 2, Ground Floor, Kirkton House, Kirkton Tuesday, 28th "
        + "August, 2018 – 10.00 a.m. ________________________________________ AGENDA Page Nos. 1. APOLOGIES FOR ABSENCE. "
        + "2. DECLARATIONS OF INTEREST - In terms of Section 5 of the Code of Conduct, members of the Committee are asked to "
        + "declare any interest in particular items on the agenda and the nature of the interest(s) at this stage. 3. MINUTES - "
        + "(a) Minute of meeting of 22nd May, 2018. 4. EARLY LEARNING & CHILDCARE - Report by Executive Director 28 - 46 "
        + "(Education & Children’s Services). 5. A BETTER CONNECTED DIRECTORATE FOR 2020 - Report by 47 - 92 Executive Director."

    @Test func theBodyThePlaceAndTheDayBeforeTheWordAgenda() async throws {
        let (document, _) = try await ImportHelpers.importText(Self.agenda + "\n")
        #expect(document.kind == .meeting)
        #expect(document.committee == "Education & Children’s Services Committee")
        #expect(document.venue == "Conference Room 2, Ground Floor, Kirkton House, Kirkton")
        #expect(document.meetingDate == CalendarDate(year: 2018, month: 8, day: 28))
    }

    @Test func itsNumberedItemsWithoutTheDashBeforeTheirNotes() async throws {
        let (document, _) = try await ImportHelpers.importText(Self.agenda + "\n")
        #expect(document.items.map(\.number) == ["1", "2", "3", "4", "5"])
        #expect(document.items[1].title == "DECLARATIONS OF INTEREST")
        #expect(document.items[3].title == "EARLY LEARNING & CHILDCARE")
    }

    /// A sentence with a day and the word later on is no front page.
    @Test func aSentenceIsNoFrontPage() {
        #expect(PageLayout.agendaFrontPageRunTogether("The Committee met on Tuesday, 28th August, 2018 and the AGENDA was agreed") == nil)
        #expect(PageLayout.agendaFrontPageRunTogether("Kirkton Schools Forum Tuesday, 28th August, 2018 AGENDA")?.venue == nil)
    }

    /// A council's notice run together with its agenda on a document site (set 30's Scottish education executive): "A
    /// meeting of the X will be held within PLACE on DATE at TIME" gives the day and the place, and the items are read.
    @Test func aNoticesSentenceInsideTheRunTogetherFrontPage() async throws {
        let line = "DATA LABEL: Public Kirkton Education Executive Kirkton Civic Centre Howden Road KIRKTON KT1 6FF 6 November 2014 "
            + "A meeting of the Kirkton Education Executive will be held within Council Chambers, Kirkton Civic Centre on Tuesday "
            + "11 November 2014 at 10:00 a.m. For Chief Executive BUSINESS Public Session 1. Apologies for Absence 2. Order of "
            + "Business, including notice of urgent business 3. Declarations of Interest - Members should declare any interests. "
            + "4. Minutes (a) Confirm Draft Minute of the Meeting held on Tuesday 30 September 2014 (herewith)."
        let (document, _) = try await ImportHelpers.importText(line + "\n")
        #expect(document.kind == .meeting)
        #expect(document.committee == "Kirkton Education Executive")
        #expect(document.meetingDate == CalendarDate(year: 2014, month: 11, day: 11))
        #expect(document.venue == "Council Chambers, Kirkton Civic Centre")
        #expect(document.items.first?.title == "Apologies for Absence")
    }
}
